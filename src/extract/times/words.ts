/**
 * The time vocabulary from lexicon/time-words.json, turned into lookups and
 * regex alternations once at module load so rules stay declarative.
 */
import lexicon from "../../lexicon/time-words.json" with { type: "json" };

const MONTHS = new Map(Object.entries(lexicon.months).map(([k, v]) => [k.toLowerCase(), v]));
const WEEKDAYS = new Map(Object.entries(lexicon.weekdays).map(([k, v]) => [k.toLowerCase(), v]));
const NUMBERS = new Map(Object.entries(lexicon.numbers));
const UNITS = new Map(Object.entries(lexicon.units));
const SETS = new Map(Object.entries(lexicon.sets));
const PERIOD_NOUNS = new Map(Object.entries(lexicon.periodNouns));
const HOLIDAYS = new Map(Object.entries(lexicon.holidays).map(([k, v]) => [k.toLowerCase(), v]));

/** Longest first, so "September" is tried before "Sep". */
const alternation = (words: Iterable<string>): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&")).join("|");

/** Capitalized month names and abbreviations (case matters: "may" is a verb). */
export const MONTH_ALT = alternation(Object.keys(lexicon.months));
export const WEEKDAY_ALT = alternation(Object.keys(lexicon.weekdays));
/** "Mon", "Tue": the three-letter forms that page stamps use ("Mon 15 Apr 2024"). */
export const WEEKDAY_SHORT_ALT = alternation(new Set(Object.keys(lexicon.weekdays).map((w) => w.slice(0, 3))));
const COUNT_WORDS = [...NUMBERS.keys()].filter((w) => NUMBERS.get(w)! > 0 && w.length > 2);
/** Number words that can count units ("two", "forty"), lower case. */
export const NUMBER_ALT = alternation(COUNT_WORDS);
/** The same, also capitalized as they open a sentence ("Three days later"), for rules that must keep case. */
export const NUMBER_ANY_CASE_ALT = alternation([...COUNT_WORDS, ...COUNT_WORDS.map((w) => w[0].toUpperCase() + w.slice(1))]);
export const UNIT_ALT = alternation(UNITS.keys());
export const SET_ALT = alternation(SETS.keys());
export const PERIOD_NOUN_ALT = alternation(PERIOD_NOUNS.keys());
/** Holidays on a fixed calendar day ("New Year's Eve"); movable feasts need a calendar and are left out. */
export const HOLIDAY_ALT = alternation(Object.keys(lexicon.holidays));
export const START_PHRASE_ALT = alternation([...lexicon.startPhrases, ...Object.keys(lexicon.startVerbs)]);
/** "now", "recently", "the future": TIMEX3 reference values. */
export const REFERENCE_ALT = alternation(Object.keys(lexicon.referenceWords));
export const VAGUE_COUNT_ALT = alternation(lexicon.vagueCounts);
export const SEASON_ALT = alternation(Object.keys(lexicon.seasons));
export const DAY_PART_ALT = alternation(Object.keys(lexicon.dayParts));
export const QUARTER_ORDINAL_ALT = alternation(Object.keys(lexicon.quarterOrdinals));
/** Words before a number that make it a name ("Resolution 2048", "Flight 1907"), not a year. */
export const YEAR_BLOCKER_ALT = alternation(lexicon.yearBlockers);
/** Plural nouns a year may qualify ("1988 earnings"); before other plurals a number counts things. */
export const YEAR_NOUN_ALT = alternation(lexicon.yearNouns);
/** Days of rest named for their weekday ("the Sabbath" is a Saturday). */
export const WEEKLY_DAY_ALT = alternation(Object.keys(lexicon.weeklyDays));
const WEEKLY_DAYS = new Map(Object.entries(lexicon.weeklyDays).map(([k, v]) => [k.toLowerCase(), v]));

/**
 * Weekday of a weekly day of rest, or null.
 *
 * @example
 * weeklyDayNumber("Sabbath") // → 6
 */
export function weeklyDayNumber(name: string): number | null {
  return WEEKLY_DAYS.get(name.toLowerCase()) ?? null;
}

const REFERENCES = new Map(Object.entries(lexicon.referenceWords));
const SEASONS = new Map(Object.entries(lexicon.seasons));
const DAY_PARTS = new Map(Object.entries(lexicon.dayParts));
const QUARTERS = new Map(Object.entries(lexicon.quarterOrdinals));

/**
 * TIMEX3 reference value of a word, or null.
 *
 * @example
 * referenceValue("Currently") // → "PRESENT_REF"
 */
export function referenceValue(word: string): string | null {
  return REFERENCES.get(word.toLowerCase().replace(/\s+/g, " ")) ?? null;
}

/**
 * Two-letter TIMEX3 code of a season ("SU") or part of day ("MO"), or null.
 *
 * @example
 * seasonCode("Autumn") // → "FA"
 * dayPartCode("evening") // → "EV"
 */
export function seasonCode(word: string): string | null {
  return SEASONS.get(word.toLowerCase()) ?? null;
}

/** @example dayPartCode("night") // → "NI" */
export function dayPartCode(word: string): string | null {
  return DAY_PARTS.get(word.toLowerCase()) ?? null;
}

/**
 * 1–4 for a quarter ordinal, or null.
 *
 * @example
 * quarterNumber("third") // → 3
 */
export function quarterNumber(word: string): number | null {
  return QUARTERS.get(word.toLowerCase()) ?? null;
}

const START_VERBS = new Map(Object.entries(lexicon.startVerbs));
const START_PHRASE_FAMILIES = new Map(Object.entries(lexicon.startPhraseFamilies));

/**
 * 1-based month of a name or abbreviation, or null.
 *
 * @example
 * monthNumber("Oct.") // → 10
 */
export function monthNumber(word: string): number | null {
  return MONTHS.get(word.replace(/\.$/, "").toLowerCase()) ?? null;
}

/**
 * 0 = Sunday … 6 = Saturday, or null.
 *
 * @example
 * weekdayNumber("Tuesday") // → 2
 */
export function weekdayNumber(word: string): number | null {
  return WEEKDAYS.get(word.toLowerCase()) ?? null;
}

/**
 * Value of a count written in digits or words ("42", "six", "forty-two", "a"), or null.
 *
 * @example
 * parseCount("forty-two") // → 42
 */
export function parseCount(word: string): number | null {
  const w = word.toLowerCase().replace(/,/g, "");
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  if (/^half\s+an?$/.test(w)) return 0.5;
  // "2 1/2", "2½", "two and a half"
  const half = /^(.+?)(?:\s*½|\s+1\/2|\s+and\s+a\s+half)$/.exec(w);
  if (half) {
    const whole = parseCount(half[1]);
    return whole === null ? null : whole + 0.5;
  }
  const parts = w.split(/[-\s]+/);
  let total = 0;
  for (const p of parts) {
    const n = NUMBERS.get(p);
    if (n === undefined || n < 0) return null;
    total += n;
  }
  return parts.length ? total : null;
}

/**
 * Month and day of a fixed-day holiday, or null.
 *
 * @example
 * holidayDay("New Year's Eve") // → { month: 12, day: 31 }
 */
export function holidayDay(name: string): { month: number; day: number } | null {
  const md = HOLIDAYS.get(name.toLowerCase());
  return md ? { month: Number(md.slice(0, 2)), day: Number(md.slice(3)) } : null;
}

/**
 * TIMEX3 unit letter of a unit word, or null.
 *
 * @example
 * unitLetter("weeks") // → "W"
 */
export function unitLetter(word: string): string | null {
  return UNITS.get(word.toLowerCase()) ?? null;
}

/**
 * TIMEX3 set value of a frequency word, or null.
 *
 * @example
 * setValue("every day") // → "P1D"
 */
export function setValue(phrase: string): string | null {
  return SETS.get(phrase.toLowerCase().replace(/\s+/g, " ")) ?? null;
}

/**
 * The family of a verb that starts a period by itself ("invaded": a war), or null.
 *
 * @example
 * startVerbFamily("invaded") // → "war"
 */
export function startVerbFamily(verb: string): string | null {
  return START_VERBS.get(verb.toLowerCase()) ?? null;
}

/**
 * The only family a start phrase can start, or null when it starts any ("signed": a truce, not a war).
 *
 * @example
 * startPhraseFamily("signed") // → "truce"
 */
export function startPhraseFamily(phrase: string): string | null {
  return START_PHRASE_FAMILIES.get(phrase.toLowerCase()) ?? null;
}

/**
 * The family ("war" | "truce") of a period noun, or null.
 *
 * @example
 * periodFamily("ceasefire") // → "truce"
 */
export function periodFamily(noun: string): string | null {
  return PERIOD_NOUNS.get(noun.toLowerCase()) ?? null;
}
