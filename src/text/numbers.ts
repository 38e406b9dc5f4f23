/**
 * Counts in running text: find → parse. Only numbers that can count people or
 * things are returned; years, days of a month, ages, percentages, clock times,
 * measurements, money and ordinals are recognised here and dropped, so that
 * extractors downstream never have to ask "is this 2023 a count?".
 */

export interface NumberToken {
  /** The parsed value ("1.2 million" → 1200000). */
  value: number;
  start: number;
  end: number;
  /** The number as written. */
  text: string;
}

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };

const UNIT_WORDS = Object.keys(UNITS).join("|");
const TENS_WORDS = Object.keys(TENS).join("|");
const SCALE = "hundred|thousand|million|billion";
// "1.5m people", "30k displaced": the short scales of British and online copy; "100m from the border" is metres.
const SCALE_SUFFIX = "(?:mn|m|bn|k)(?=\\s+(?!(?:from|away|of|wide|long|high|deep|in|into|inside|to|towards|north|south|east|west|off|along|beyond)\\b)[a-z])";
const SUFFIX_VALUES: Record<string, number> = { k: 1000, m: 1e6, mn: 1e6, bn: 1e9 };
const WORD_NUMBER = `(?:(?:${TENS_WORDS})(?:-(?:${UNIT_WORDS}))?|${UNIT_WORDS})(?:\\s+(?:${SCALE}))*|a\\s+(?:${SCALE})(?:\\s+(?:${SCALE}))*`;
const DIGIT_NUMBER = `\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?`;
// One pass over the whole text; "a" only counts when a scale word follows ("a thousand").
const NUMBER = new RegExp(
  `(?<![\\w.,$€£:/-])(?:(?:${DIGIT_NUMBER})(?:\\s+(?:${SCALE})|${SCALE_SUFFIX})?|${WORD_NUMBER})(?![\\w%])`, "gi");

const MONTH = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
// What follows a number that makes it something other than a count.
const NOT_A_COUNT_AFTER = new RegExp(
  "^(?:-[a-z]|\\.\\d|,\\d|:\\d|(?:st|nd|rd|th)\\b|\\s*(?:%|percent\\b|per\\s?cent\\b)" +
  "|\\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|nights?|miles?|kilometres?|kilometers?|km|metres?|meters?|m\\b|feet|foot|inches|acres|hectares|square|sq|kg|kilograms?|pounds|lbs?|tons?|tonnes?|litres?|liters?|gallons?" +
  "|a\\.m\\.|p\\.m\\.|am\\b|pm\\b|o'clock|gmt\\b|utc\\b|et\\b|dollars?|euros?|shekels?|pounds|rubles?|roubles?|hryvnias?|usd|times\\b|stages?|phases?|rounds?|points?|of\\s+(?:the|them|those|these)\\s+(?:years?|days?)" +
  `|(?:${MONTH})\\b\\.?)|\\s+(?:-|–|to)\\s+\\d)`, "i");
const NOT_A_COUNT_BEFORE = new RegExp(
  `(?:\\b(?:${MONTH})\\.?\\s+|\\bage(?:d|s)?\\s+(?:of\\s+)?(?:\\d+\\s*(?:to|-|–)\\s*)?|[$€£]\\s*|\\b(?:half|quarter|third|fraction)\\s+(?:of\\s+)?|\\b(?:no|number|resolution|article|route|highway|flight|room|page|section|chapter|unit|brigade|division|phase|stage|round|day|week|grade|level|zone|sector|block)\\.?\\s+)$`, "i");

/**
 * Parses a written number: digits with commas or decimals, a scale word, or words.
 *
 * @example
 * parseNumber("14,800")        // → 14800
 * parseNumber("1.2 million")   // → 1200000
 * parseNumber("1.5m")          // → 1500000
 * parseNumber("twenty-five")   // → 25
 * parseNumber("a thousand")    // → 1000
 * parseNumber("dozens")        // → null
 */
export function parseNumber(text: string): number | null {
  const words = text.toLowerCase().trim().split(/\s+/);
  let value = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    if (/^\d/.test(w)) {
      const suffix = /(?:mn|m|bn|k)$/.exec(w)?.[0];
      const n = Number(w.slice(0, w.length - (suffix?.length ?? 0)).replace(/,/g, "")) * (suffix ? SUFFIX_VALUES[suffix] : 1);
      if (!Number.isFinite(n)) return null;
      current += n;
      seen = true;
    } else if (w === "a" || w === "an") {
      current += 1;
    } else if (w in SCALES) {
      const scale = SCALES[w];
      if (scale === 100) current = (current || 1) * 100;
      else {
        value += (current || 1) * scale;
        current = 0;
      }
      seen = true;
    } else {
      const [tens, unit] = w.split("-");
      const n = (TENS[tens] ?? UNITS[tens] ?? NaN) + (unit ? UNITS[unit] ?? NaN : 0);
      if (Number.isNaN(n)) return null;
      current += n;
      seen = true;
    }
  }
  if (!seen) return null;
  return Math.round((value + current) * 1000) / 1000;
}

function isYear(text: string, value: number, after: string): boolean {
  // "2,023" is a count; a bare four-digit 1900–2099 is a year unless a lower-case noun follows.
  return /^\d{4}$/.test(text) && value >= 1900 && value <= 2099 && !/^\s+[a-z]/.test(after);
}

function isDayOfMonth(value: number, before: string, after: string): boolean {
  return value >= 1 && value <= 31 && (new RegExp(`\\b(?:${MONTH})\\.?\\s+$`, "i").test(before)
    || new RegExp(`^\\s+(?:${MONTH})\\b`, "i").test(after));
}

/**
 * Finds the counts in a text (numbers that may count people or things), with offsets.
 *
 * @example
 * findNumbers("On October 7, 2023, some 1,200 people, aged 21 to 85, were killed; 30% fled.")
 * // → [{ value: 1200, start: 25, end: 30, text: "1,200" }]
 */
export function findNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const after = text.slice(end, end + 40);
    const before = text.slice(Math.max(0, start - 30), start);
    if (NOT_A_COUNT_AFTER.test(after) || NOT_A_COUNT_BEFORE.test(before)) continue;
    if (/^one$/i.test(raw) && /^\s+(?:of|another|by)\b/i.test(after)) continue;
    const value = parseNumber(raw);
    if (value === null || value === 0) continue;
    if (isYear(raw, value, after) || isDayOfMonth(value, before, after)) continue;
    out.push({ value, start, end, text: raw });
  }
  return out;
}
