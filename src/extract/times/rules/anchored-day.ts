/**
 * "the next day", "the following day", "the previous day", "that day":
 * counted from the last day the text stated before them, not from the DCT;
 * "the following week" from that day's week, "the following month" and
 * "that month" from the last month, "the following year" and "that year"
 * from the last year.
 */
import type { TimeRule } from "../mention.js";

const STEP: Record<string, number> = { next: 1, following: 1, previous: -1, preceding: -1, same: 0, that: 0 };

export const anchoredDayRule: TimeRule = {
  name: "times/anchored-day",
  pattern: /\b(?:[Tt]he\s+(next|following|previous|preceding|same)|([Tt]hat))\s+day\b(?!\s+(?:of|when|that|in\s+which)\b)/g,
  parse: (m) => ({ value: { type: "anchored", days: STEP[m[1] ?? "that"] } }),
};

// "the next week" and "the next month" are as often the coming ones ("over the next month"): left out.
export const anchoredWeekRule: TimeRule = {
  name: "times/anchored-week",
  pattern: /\b(?:[Tt]he\s+(following|previous|preceding|same)|([Tt]hat))\s+week\b(?!\s+(?:of|when|that|in\s+which)\b)/g,
  parse: (m) => ({ value: { type: "anchored-week", weeks: STEP[m[1] ?? "that"] } }),
};

export const anchoredMonthRule: TimeRule = {
  name: "times/anchored-month",
  pattern: /\b(?:[Tt]he\s+(following|previous|preceding|same)|([Tt]hat))\s+month\b(?!\s+(?:of|when|that|in\s+which)\b)/g,
  parse: (m) => ({ value: { type: "anchored-month", months: STEP[m[1] ?? "that"] } }),
};

export const anchoredYearRule: TimeRule = {
  name: "times/anchored-year",
  pattern: /\b(?:[Tt]he\s+(next|following|previous|preceding|same)|([Tt]hat))\s+year\b/g,
  parse: (m) => ({
    value: { type: "anchored-year", years: m[2] || m[1] === "same" ? 0 : m[1] === "next" || m[1] === "following" ? 1 : -1 },
  }),
};
