/**
 * Calendar days written out: "Oct. 7, 2023", "February 28th", "7 October 2023",
 * "2025-03-18". A day without a year keeps year null; resolution picks it.
 */
import type { RuleHit, TimeRule } from "../mention.js";
import { MONTH_ALT, WEEKDAY_ALT, monthNumber, weekdayNumber } from "../words.js";

// A trailing digit, decimal or time ("12.53%", "7:30") means the number was not a day.
const NOT_A_DAY_AFTER = String.raw`(?![.,:]?\d|%)`;

// "Saturday, April 15": the weekday belongs to the date and tells its year.
const WEEKDAY_LEAD = String.raw`(?:\b(${WEEKDAY_ALT}),?\s+)?`;

function dayHit(year: string | undefined, month: string, day: string, weekday: string | undefined): RuleHit | null {
  const m = monthNumber(month);
  const d = Number(day);
  if (m === null || d < 1 || d > 31) return null;
  const wd = weekday ? weekdayNumber(weekday) : null;
  return { value: { type: "day", year: year ? Number(year) : null, month: m, day: d, weekday: wd } };
}

/** "October 7", "Oct. 7, 2023", "February 28th". */
export const monthDayRule: TimeRule = {
  name: "times/month-day",
  pattern: new RegExp(
    String.raw`${WEEKDAY_LEAD}\b(${MONTH_ALT})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b${NOT_A_DAY_AFTER}(?:,?\s+(\d{4})\b${NOT_A_DAY_AFTER})?`,
    "g",
  ),
  parse: (m) => dayHit(m[4], m[2], m[3], m[1]),
};

/** "7 October 2023", "20th of May". */
export const dayMonthRule: TimeRule = {
  name: "times/day-month",
  pattern: new RegExp(
    String.raw`${WEEKDAY_LEAD}(?<![\d.,])\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_ALT})\b\.?(?:,?\s+(\d{4})\b${NOT_A_DAY_AFTER})?`,
    "g",
  ),
  parse: (m) => dayHit(m[4], m[3], m[2], m[1]),
};

/** "2025-03-18". */
export const isoDateRule: TimeRule = {
  name: "times/iso-date",
  pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
  parse: (m) => {
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return { value: { type: "day", year: Number(m[1]), month, day, weekday: null } };
  },
};
