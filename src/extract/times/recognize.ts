/**
 * Finds every time expression of a document without resolving it: runs the
 * rules in order over the whole text, keeps the longest of overlapping
 * hits, and tags each with its sentence and clause tense.
 *
 * Own rules rather than chrono-node: chrono resolves weekdays without the
 * clause tense ("collapsed on Tuesday" must be the Tuesday before the DCT),
 * reports times of day and bare years that TIMEX3 gold leaves out, and alone
 * ran at about 2.4 MB/s on the seeds, the whole budget of the time layer.
 */
import type { AnalyzedText } from "../../text/analyzed-text.js";
import type { TimeMention, TimeRule } from "./mention.js";
import { anchoredDayRule, anchoredMonthRule, anchoredWeekRule, anchoredYearRule } from "./rules/anchored-day.js";
import { agoRule, casualDayRule } from "./rules/casual-day.js";
import { durationRule, pastSpanRule, unitLongRule } from "./rules/duration.js";
import { dayMonthRule, isoDateRule, monthDayRule } from "./rules/explicit-date.js";
import { holidayRule } from "./rules/holiday.js";
import { monthNameRule } from "./rules/month-name.js";
import { periodEndRule, relativeMonthRule, relativeWeekRule, relativeYearRule, theYearRule } from "./rules/relative-period.js";
import { namedSetRule, setRule } from "./rules/set.js";
import { weekdayRule } from "./rules/weekday.js";
import { dayPartRule, weekendRule } from "./rules/day-part.js";
import { namedDayRule, weeklyDayRule } from "./rules/named-day.js";
import { quarterRule } from "./rules/quarter.js";
import { referenceWordRule } from "./rules/reference-word.js";
import { seasonRule } from "./rules/season.js";
import { barePluralRule, vagueAgoRule, vagueDurationRule } from "./rules/vague-duration.js";
import { yearBackRule } from "./rules/year-back.js";
import { clockRule } from "./rules/clock.js";
import { attachTimesOfDay } from "./time-of-day.js";
import { centuryRule, decadeRule, decadeWordRule, spokenYearRule, yearRule } from "./rules/year.js";
import { clauseTense, type Tense } from "./tense.js";

// Order breaks ties between hits of equal span: full dates before the month-only reading of the same words.
const RULES: TimeRule[] = [
  isoDateRule, monthDayRule, dayMonthRule, holidayRule, namedDayRule, weeklyDayRule, monthNameRule, weekdayRule, casualDayRule, agoRule,
  relativeWeekRule, relativeMonthRule, relativeYearRule, theYearRule, periodEndRule, anchoredDayRule, anchoredWeekRule, anchoredMonthRule, anchoredYearRule,
  pastSpanRule, durationRule, unitLongRule, setRule, namedSetRule,
  quarterRule, seasonRule, dayPartRule, weekendRule, yearBackRule, vagueDurationRule, vagueAgoRule, barePluralRule,
  yearRule, decadeRule, decadeWordRule, centuryRule, spokenYearRule, referenceWordRule, clockRule,
];

const SINCE_BEFORE = /\b[Ss]ince\s+$/;

type Hit = Omit<TimeMention, "sentence" | "tense" | "since" | "timeOfDay"> & { forced?: Tense; timeOfDay?: string };

const cache = new WeakMap<AnalyzedText, TimeMention[]>();

function collectHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const hit = rule.parse(m, text);
      if (!hit) continue;
      hits.push({
        start: hit.start ?? m.index, end: hit.end ?? m.index + m[0].length,
        rule: rule.name, value: hit.value, forced: hit.tense, timeOfDay: hit.timeOfDay,
      });
    }
  }
  return hits;
}

/** Of overlapping hits keeps the longest; on equal length the earlier rule (hits arrive in rule order). */
function dropOverlaps(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const kept: Hit[] = [];
  for (const h of hits) {
    const last = kept[kept.length - 1];
    if (!last || h.start >= last.end) kept.push(h);
    else if (h.end - h.start > last.end - last.start) kept[kept.length - 1] = h;
  }
  return kept;
}

/**
 * All time expressions of a document in text order, memoized per document
 * (the DCT solver and extractTimes both read them).
 *
 * @example
 * recognizeTimes(new AnalyzedText("Talks collapsed on Tuesday.")).map(t => t.value.type) // → ["weekday"]
 */
export function recognizeTimes(doc: AnalyzedText): TimeMention[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const out = attachTimesOfDay(doc.text, dropOverlaps(collectHits(doc.text))).map((h): TimeMention => {
    const s = doc.sentenceAt(h.start);
    const since = SINCE_BEFORE.test(doc.text.slice(Math.max(0, h.start - 7), h.start));
    return {
      start: h.start, end: h.end, sentence: s.index, rule: h.rule, value: h.value,
      // Only a weekday ending a span may look ahead there ("would remain in force until February 18" may be a
      // future in the past, and a wrong direction costs a date a whole year, a weekday only a week), and only
      // a weekday takes its tense from a verb far back in the clause.
      // "since March" began before the DCT, whatever the clause's verb plans.
      tense: h.forced ?? (since ? "past" : clauseTense(s.text, h.start - s.start, h.end - s.start, h.value.type === "weekday")),
      since,
      timeOfDay: h.timeOfDay ?? null,
    };
  });
  cache.set(doc, out);
  return out;
}
