/**
 * Lengths of time: "42 days", "six-week", "two months of calm", "the
 * 19-month-old war", "more than 50-day", "week-long", "the last year".
 * The period noun that follows ("war", "truce") is kept: the DCT solver
 * counts such durations from the day the war or truce began, and so too
 * "two months after a peace deal".
 */
import type { RuleHit, TimeRule } from "../mention.js";
import { NUMBER_ALT, NUMBER_ANY_CASE_ALT, PERIOD_NOUN_ALT, parseCount, periodFamily, unitLetter } from "../words.js";

// "twenty four hours" is spoken without the hyphen; "a couple of" is two.
// A count opening a sentence is capitalized ("Three days later", "A day earlier").
const COUNT = String.raw`\d{1,3}(?:\.5|\s*½|\s+1/2|\s+and\s+a\s+half)?|(?:${NUMBER_ANY_CASE_ALT})(?:[-\s](?:${NUMBER_ALT}))?(?:\s+and\s+a\s+half)?|(?:[Aa]\s+)?couple\s+of|[Hh]alf\s+an?|[Aa]n?`;
const MORE = String.raw`(?:([Mm]ore than|[Oo]ver|[Nn]early|[Aa]lmost|[Aa]bout|[Aa]round|[Aa]t least)\s+)?`;
// "the last year", "the past two weeks": the period up to now.
const PAST_SPAN = String.raw`\bthe\s+(?:last|past)\s+(?:(${COUNT})\s+)?`;
const UNIT = String.raw`(days?|weeks?|months?|years?|decades?|hours?|minutes?)`;
// "20 more years", "an additional year": a length added to one already running is still a length.
const ADDED = String.raw`(?:(?:more|additional|extra|further)\s+)?`;
// "a year and a half": the half comes after the unit.
const HALF_AFTER = String.raw`(\s+and\s+a\s+half)?`;
// "three days ago" is a date (the ago rule's); "52 years old" is a person's age. A length anchored on an
// event ("two days before Israel renewed attacks", "three days later") stays a length, as TIMEX3 writes it.
const NOT_A_LENGTH_AFTER = /^\s+(?:ago|old)\b/;
// "two months of calm", "three years since Russia's full-scale invasion".
const NOUN_AFTER = new RegExp(
  String.raw`^(?:\s+(?:of|in|since)\s+(?:the\s+|[A-Z][A-Za-z-]*['’]s\s+)?|\s+)(?:[a-z-]+\s+)?(${PERIOD_NOUN_ALT})\b`,
);

// "two months after a peace deal", "a year after Russia's invasion": counted from the period's start,
// unless from its end ("after the war ended", but not "after a deal ended the war").
const AFTER_START = new RegExp(
  String.raw`^\s+after\s+(?:an?|the|[A-Z][A-Za-z-]*['’]s)\s+(?:[a-z-]+\s+)?(${PERIOD_NOUN_ALT})\b(?!\s+(?:had\s+)?(?:ended|collapsed|expired|was over)\b(?!\s+(?:the|an?|its)\b))`,
);

function durationHit(
  text: string, start: number, end: number, amount: number | null, unitWord: string, bound: string, old: boolean,
): RuleHit | null {
  const unit = unitLetter(unitWord);
  const tail = text.slice(end, end + 60);
  const after = AFTER_START.exec(tail);
  if (amount === null || amount <= 0 || unit === null || (!after && NOT_A_LENGTH_AFTER.test(tail.slice(0, 12)))) return null;
  const nounMatch = after ?? NOUN_AFTER.exec(tail.slice(0, 40));
  const noun = nounMatch ? periodFamily(nounMatch[1]) : null;
  // "a 21-year-old" is a person's age; only a war or truce can be N months old here.
  if (old && noun === null) return null;
  const more = /more|over|least/i.test(bound);
  const less = /nearly|almost/i.test(bound);
  return { value: { type: "duration", amount, unit, more, less, noun, old, after: after !== null }, start, end };
}

// "four flights a week", "358,000 a month": a rate, not a length of time.
const RATE_BEFORE = /(?:\d|\b[a-z]+[^s\W]s|\b[a-z]{2,}ies)\s+$/;

export const durationRule: TimeRule = {
  name: "times/duration",
  pattern: new RegExp(String.raw`\b${MORE}(${COUNT})[-\s]${ADDED}${UNIT}(-old|-long)?\b${HALF_AFTER}`, "g"),
  parse: (m, text) => {
    const count = /couple/i.test(m[2]) ? 2 : parseCount(m[2]);
    const amount = count !== null && m[5] && Number.isInteger(count) ? count + 0.5 : count;
    // "a day of strikes" is a duration, but "a day" alone with "-old" or plural units is not English, and in
    // "a week-long truce" the article is the truce's.
    if (/^an?$/i.test(m[2]) && (m[4] !== undefined || /s$/.test(m[3]))) return null;
    if (/^an?$/i.test(m[2]) && !m[1] && RATE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) return null;
    // "more than", "over", "at least" bound the length from below, "nearly" from above; "about" stays approximate.
    return durationHit(text, m.index, m.index + m[0].length, amount, m[3].replace(/s$/, ""), m[1] ?? "", m[4] === "-old");
  },
};

/** "week-long truce", "month-long siege". */
export const unitLongRule: TimeRule = {
  name: "times/duration-long",
  pattern: /\b(day|week|month|year)-long\b/g,
  parse: (m, text) => durationHit(text, m.index, m.index + m[0].length, 1, m[1], "", false),
};

export const pastSpanRule: TimeRule = {
  name: "times/duration-past-span",
  pattern: new RegExp(PAST_SPAN + UNIT + String.raw`\b`, "g"),
  parse: (m, text) => {
    const amount = m[1] ? parseCount(m[1]) : 1;
    return durationHit(text, m.index, m.index + m[0].length, amount, m[2].replace(/s$/, ""), "", false);
  },
};
