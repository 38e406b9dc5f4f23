/**
 * Weeks, months and years named relative to the DCT: "last week", "this
 * weekend", "earlier this month", "next month", "last year", "by year-end".
 */
import type { TimeRule } from "../mention.js";

const OFFSET: Record<string, number> = { last: -1, past: -1, previous: -1, this: 0, next: 1, coming: 1 };

// "the last year" / "the past week" are durations (the year up to now), handled by the duration rule.
export const relativeWeekRule: TimeRule = {
  name: "times/relative-week",
  pattern: /(?<!\bthe\s)\b([Ll]ast|[Tt]his|[Nn]ext|[Cc]oming)\s+(week(?:end)?)\b/g,
  parse: (m) => ({
    value: { type: "week", offset: OFFSET[m[1].toLowerCase()], weekend: m[2] === "weekend" },
  }),
};

export const relativeMonthRule: TimeRule = {
  name: "times/relative-month",
  pattern: /(?<!\bthe\s)\b(?:([Ee]arlier|[Ll]ater)\s+)?([Ll]ast|[Tt]his|[Nn]ext)\s+month\b/g,
  parse: (m) => ({
    value: { type: "rel-month", offset: OFFSET[m[2].toLowerCase()], earlier: m[1]?.toLowerCase() === "earlier" },
    tense: m[1]?.toLowerCase() === "later" ? "future" : m[1] ? "past" : undefined,
  }),
};

/** "the year", "the current year", "the full year": the DCT's year, as business news reports it. */
export const theYearRule: TimeRule = {
  name: "times/the-year",
  pattern: /\b[Tt]he\s+(?:(?:current|full|calendar)\s+)?year\b(?![-'’]|\s+(?:of|before|after|earlier|later|ago|since|that|when|in\s+which)\b)/g,
  parse: () => ({ value: { type: "rel-year", offset: 0 } }),
};

export const relativeYearRule: TimeRule = {
  name: "times/relative-year",
  pattern: /(?<!\bthe\s)\b(?:[Ee]arlier\s+|[Ll]ater\s+)?([Ll]ast|[Tt]his|[Nn]ext)\s+year\b/g,
  parse: (m) => ({ value: { type: "rel-year", offset: OFFSET[m[1].toLowerCase()] } }),
};

/** "by year-end", "the end of the month": the close of the current month or year, or of the last one in a past clause. */
export const periodEndRule: TimeRule = {
  name: "times/period-end",
  pattern: /\b(?:[Tt]he\s+end\s+of\s+(?:the|this)\s+(month|year)|(year|month)[- ]end|(year)['’]s\s+end)\b/g,
  parse: (m) => ({ value: { type: "period-end", unit: (m[1] ?? m[2] ?? m[3]) === "month" ? "M" : "Y" } }),
};
