/** Recurrences: "weekly", "every day", "each month" (TIMEX3 type SET). */
import type { TimeRule } from "../mention.js";
import { SET_ALT, setValue } from "../words.js";

export const setRule: TimeRule = {
  name: "times/set",
  pattern: new RegExp(String.raw`\b(?:${SET_ALT})\b`, "gi"),
  parse: (m) => {
    const value = setValue(m[0]);
    return value ? { value: { type: "set", value } } : null;
  },
};
