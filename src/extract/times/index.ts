/**
 * Time expressions of a document, resolved to TIMEX3 values against the DCT
 * (SPEC §1 "Time"). Relative expressions are left out when the DCT is unknown.
 */
import { parseIsoDay } from "../../dates/calendar.js";
import type { AnalyzedText } from "../../text/analyzed-text.js";
import type { Time } from "../../types.js";
import { withPointedDays } from "./anchored-lengths.js";
import type { TimeMention } from "./mention.js";
import { recognizeTimes } from "./recognize.js";
import { resolveMention, type Anchors } from "./resolve.js";

/**
 * @example
 * extractTimes(new AnalyzedText("The truce collapsed on Tuesday."), "2025-03-21")
 * // → [{ text: "on Tuesday", value: "2025-03-18", kind: "date", rule: "times/weekday", … }]
 */
export function extractTimes(doc: AnalyzedText, dct: string | null): Time[] {
  try {
    return withPointedDays(doc.text, resolveAll(doc, parseIsoDay(dct)));
  } catch {
    // Extractors never throw: a fault in one rule must not stop the document's other stages.
    return [];
  }
}

const QUARTER_REACH = 400;
// "in 2011, when AU troops drove the group out in August": the clause after a year tells of that year.
const WHEN_CLAUSE = /^,?\s+when\b[^.;:!?]*$/;

/** The mention with the year of a "YEAR, when …" clause it sits in, when it names no year of its own. */
function inYearOf(text: string, t: TimeMention, bareYear: { year: number; end: number } | null): TimeMention {
  const v = t.value;
  if (bareYear === null || !WHEN_CLAUSE.test(text.slice(bareYear.end, t.start))) return t;
  if (v.type === "month" && v.year === null && v.yearOffset === null) return { ...t, value: { ...v, year: bareYear.year } };
  if (v.type === "day" && v.year === null) return { ...t, value: { ...v, year: bareYear.year } };
  return t;
}
const YEAR_VALUE = /^\d{4}(?:$|-)/;
const MONTH_VALUE = /^\d{4}-\d{2}(?:$|-\d{2}$)/;

function resolveAll(doc: AnalyzedText, dctDay: number | null): Time[] {
  const out: Time[] = [];
  let lastDay: number | null = null;
  let lastYear: number | null = null;
  let lastMonth: string | null = null;
  let lastQuarter: string | null = null;
  let lastQuarterAt = -Infinity;
  let bareYear: { year: number; end: number } | null = null;
  for (const recognized of recognizeTimes(doc)) {
    const t = inYearOf(doc.text, recognized, bareYear);
    // A quarter named a paragraph or more back is no longer what "a year earlier" counts from.
    const anchors: Anchors = {
      day: lastDay, year: lastYear, month: lastMonth, quarter: t.start - lastQuarterAt <= QUARTER_REACH ? lastQuarter : null,
    };
    const r = resolveMention(t, dctDay, anchors);
    if (!r) continue;
    if (YEAR_VALUE.test(r.value)) lastYear = Number(r.value.slice(0, 4));
    if (MONTH_VALUE.test(r.value)) lastMonth = r.value.slice(0, 7);
    if (/^\d{4}$/.test(r.value)) bareYear = { year: Number(r.value), end: t.end };
    // Only a quarter named for itself anchors "a year earlier", not one counted back or borrowed ("the 1988 period").
    const v = t.value;
    if (v.type === "quarter" && v.yearOffset === 0 && (v.quarter !== null || v.year === null) && /Q\d$/.test(r.value)) {
      lastQuarter = r.value;
      lastQuarterAt = t.end;
    }
    // Only days the text states outright anchor "the next day"; the DCT itself does not, nor a bare clock time.
    if (r.day !== null && t.value.type !== "anchored" && t.value.type !== "clock") lastDay = r.day;
    const time: Time = {
      text: doc.text.slice(t.start, t.end), value: r.value, kind: r.kind,
      span: [t.start, t.end], sentence: doc.sentences[t.sentence]?.text ?? "", rule: t.rule,
    };
    if (t.timeOfDay !== null && r.day !== null) time.time_of_day = t.timeOfDay;
    out.push(time);
  }
  return out;
}
