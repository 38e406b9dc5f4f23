/**
 * Years, decades and centuries: "in 1988", "fiscal 1989", "the end of 1990",
 * "the mid-1990s" ("199"), "the 20th century" ("19"), "nineteen ninety-six".
 */
import type { TimeRule } from "../mention.js";
import { YEAR_BLOCKER_ALT, YEAR_NOUN_ALT, parseCount } from "../words.js";

const PART = String.raw`(?:(?:the\s+)?(?:end|beginning|start|middle|spring|summer|fall|autumn|winter)\s+of\s+|(?:early|late|mid)[-\s]|fiscal\s+|calendar\s+)?`;
// "2,000", "$1990", "12.1990", "No. 1988" and "Resolution 2048" are numbers or names.
const NOT_AFTER = String.raw`(?<![\d$€£.,/#-]|\b(?:${YEAR_BLOCKER_ALT})\.?\s)`;
// A plural after the number counts things ("1948 rockets"), unless it is one a year qualifies.
const COUNTED = new RegExp(String.raw`^\s+(?!(?:${YEAR_NOUN_ALT}|its|this|his|has|was|is|as|plus|thus|does|goes)\b)[a-z]+s\b(?<!ss|us)`);
const THE_BEFORE = /\b(?:the|[Tt]heir|its|['’]s)\s+$/;

export const yearRule: TimeRule = {
  name: "times/year",
  pattern: new RegExp(String.raw`${NOT_AFTER}\b${PART}((?:19|20)\d\d)\b(?![.,]?\d|%|[-–]\d|\s*(?:p\.m|a\.m|GMT|hours|hrs)\b)`, "gi"),
  parse: (m, text) => {
    if (COUNTED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))
      && !THE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
    return { value: { type: "fixed", value: m[1], kind: "date" } };
  },
};

export const decadeRule: TimeRule = {
  name: "times/decade",
  pattern: /\b(?:the\s+)?(?:(?:early|mid|late)[-\s]?)?(?:(1[89]|20)(\d)0|['’](\d)0)['’]?s\b/gi,
  parse: (m) => ({ value: { type: "fixed", value: m[1] ? m[1] + m[2] : `19${m[3]}`, kind: "date" } }),
};

const DECADE_WORDS: Record<string, string> = { twenties: "2", thirties: "3", forties: "4", fifties: "5", sixties: "6", seventies: "7", eighties: "8", nineties: "9" };

/** "the nineties", "the early eighties": decades of the last century in words. */
export const decadeWordRule: TimeRule = {
  name: "times/decade",
  pattern: /\b[Tt]he\s+(?:(?:early|mid|late)[-\s]?)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/g,
  parse: (m) => ({ value: { type: "fixed", value: `19${DECADE_WORDS[m[1]]}`, kind: "date" } }),
};

export const centuryRule: TimeRule = {
  name: "times/century",
  pattern: /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[-\s]century\b/gi,
  parse: (m) => ({ value: { type: "fixed", value: String(Number(m[1]) - 1).padStart(2, "0"), kind: "date" } }),
};

/** Years spoken out in transcripts: "nineteen ninety-six", "the year two thousand". */
export const spokenYearRule: TimeRule = {
  name: "times/spoken-year",
  pattern: /\b(?:the\s+year\s+)?(?:nineteen\s+(ninety|eighty|seventy|sixty|fifty|forty)(?:[-\s](one|two|three|four|five|six|seven|eight|nine))?|two\s+thousand)\b/gi,
  parse: (m) => {
    if (!m[1]) return /^the/i.test(m[0]) ? { value: { type: "fixed", value: "2000", kind: "date" } } : null;
    const n = parseCount(m[2] ? `${m[1]}-${m[2]}` : m[1]);
    return n === null ? null : { value: { type: "fixed", value: String(1900 + n), kind: "date" } };
  },
};
