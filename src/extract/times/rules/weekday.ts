/**
 * Weekday names ("on Tuesday", "Friday", "last Monday"). Resolution needs the
 * clause tense: the Tuesday before the DCT, or the Sunday after it.
 */
import type { TimeRule } from "../mention.js";
import { WEEKDAY_ALT, weekdayNumber } from "../words.js";

export const weekdayRule: TimeRule = {
  name: "times/weekday",
  pattern: new RegExp(String.raw`\b(?:([Oo]n|[Ll]ast|[Nn]ext|(?:[Tt]his\s+)?[Cc]oming)\s+)?(${WEEKDAY_ALT})\b`, "g"),
  parse: (m) => {
    const wd = weekdayNumber(m[2]);
    if (wd === null) return null;
    const lead = m[1]?.toLowerCase();
    const tense = lead === "last" ? "past" : lead === "next" || lead?.endsWith("coming") ? "future" : undefined;
    return { value: { type: "weekday", weekday: wd, strict: tense !== undefined }, tense };
  },
};
