/**
 * Holidays on a fixed calendar day: "New Year's Eve" is December 31 of the
 * year the clause points to, resolved like a day written without its year.
 */
import type { TimeRule } from "../mention.js";
import { HOLIDAY_ALT, holidayDay } from "../words.js";

export const holidayRule: TimeRule = {
  name: "times/holiday",
  pattern: new RegExp(String.raw`\b(?:${HOLIDAY_ALT})\b`, "g"),
  parse: (m) => {
    const md = holidayDay(m[0]);
    return md ? { value: { type: "day", year: null, month: md.month, day: md.day, weekday: null } } : null;
  },
};
