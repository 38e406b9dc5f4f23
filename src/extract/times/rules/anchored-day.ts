/**
 * "the next day", "the following day", "the previous day", "that day":
 * counted from the last day the text stated before them, not from the DCT;
 * "the following week" from that day's week, "the following month" and
 * "that month" from the last month, "the following year" and "that year"
 * from the last year.
 */
import type { TimeRule } from "../mention.js";

const STEP: Record<string, number> = { next: 1, following: 1, previous: -1, preceding: -1, same: 0, that: 0 };

// "the day of the vote", "that day when …": the noun is defined by what follows, not counted from before.
const DEFINED_AFTER = String.raw`(?!\s+(?:of|when|that|in\s+which)\b)`;

/** "the following <unit>" or "that <unit>"; `leads` are the words "the" may take before it. */
function anchoredPattern(leads: string, unit: string, definedAfter = DEFINED_AFTER): RegExp {
  return new RegExp(String.raw`\b(?:[Tt]he\s+(${leads})|[Tt]hat)\s+${unit}\b${definedAfter}`, "g");
}

const step = (m: RegExpExecArray) => STEP[m[1] ?? "that"];

export const anchoredDayRule: TimeRule = {
  name: "times/anchored-day",
  pattern: anchoredPattern("next|following|previous|preceding|same", "day"),
  parse: (m) => ({ value: { type: "anchored", days: step(m) } }),
};

// "the next week" and "the next month" are as often the coming ones ("over the next month"): left out.
export const anchoredWeekRule: TimeRule = {
  name: "times/anchored-week",
  pattern: anchoredPattern("following|previous|preceding|same", "week"),
  parse: (m) => ({ value: { type: "anchored-week", weeks: step(m) } }),
};

export const anchoredMonthRule: TimeRule = {
  name: "times/anchored-month",
  pattern: anchoredPattern("following|previous|preceding|same", "month"),
  parse: (m) => ({ value: { type: "anchored-month", months: step(m) } }),
};

export const anchoredYearRule: TimeRule = {
  name: "times/anchored-year",
  pattern: anchoredPattern("next|following|previous|preceding|same", "year", ""),
  parse: (m) => ({ value: { type: "anchored-year", years: step(m) } }),
};
