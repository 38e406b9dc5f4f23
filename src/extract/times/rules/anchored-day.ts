/**
 * "the next day", "the following day", "the previous day": counted from the
 * last day the text stated before them, not from the DCT; "the following
 * year", "that year" likewise from the last year.
 */
import type { TimeRule } from "../mention.js";

export const anchoredDayRule: TimeRule = {
  name: "times/anchored-day",
  pattern: /\b[Tt]he\s+(next|following|previous|preceding)\s+day\b/g,
  parse: (m) => ({ value: { type: "anchored", days: m[1] === "next" || m[1] === "following" ? 1 : -1 } }),
};

export const anchoredYearRule: TimeRule = {
  name: "times/anchored-year",
  pattern: /\b(?:[Tt]he\s+(next|following|previous|preceding|same)|([Tt]hat))\s+year\b/g,
  parse: (m) => ({
    value: { type: "anchored-year", years: m[2] || m[1] === "same" ? 0 : m[1] === "next" || m[1] === "following" ? 1 : -1 },
  }),
};
