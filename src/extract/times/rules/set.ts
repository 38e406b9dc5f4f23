/** Recurrences: "weekly", "every day", "each month" (TIMEX3 type SET). */
import type { TimeRule } from "../mention.js";
import { MONTH_ALT, SET_ALT, WEEKDAY_ALT, monthNumber, setValue, weekdayNumber } from "../words.js";

export const setRule: TimeRule = {
  name: "times/set",
  pattern: new RegExp(String.raw`\b(?:${SET_ALT})\b`, "gi"),
  parse: (m) => {
    const value = setValue(m[0]);
    return value ? { value: { type: "set", value } } : null;
  },
};

/** "every Friday" (XXXX-WXX-5), "each July" (XXXX-07): a named day or month that recurs. */
export const namedSetRule: TimeRule = {
  name: "times/set",
  pattern: new RegExp(String.raw`\b(?:[Ee]very|[Ee]ach)\s+(?:(${WEEKDAY_ALT})|(${MONTH_ALT}))\b`, "g"),
  parse: (m) => {
    if (m[1]) {
      const wd = weekdayNumber(m[1]);
      // TIMEX3 numbers weekdays from Monday (1) to Sunday (7).
      return wd === null ? null : { value: { type: "set", value: `XXXX-WXX-${wd === 0 ? 7 : wd}` } };
    }
    const month = monthNumber(m[2]);
    return month === null ? null : { value: { type: "set", value: `XXXX-${String(month).padStart(2, "0")}` } };
  },
};
