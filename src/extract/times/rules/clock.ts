/**
 * Clock times: "10 p.m.", "7:15 a.m. local time", "noon", "midnight",
 * "0600 GMT". Alone in a sentence a clock time belongs to the day the text
 * last stated (else the DCT), alone on its line to the DCT; next to a day
 * ("10 p.m. Wednesday", "Friday at noon") time-of-day.ts merges it into that
 * day's mention.
 */
import type { TimeRule } from "../mention.js";

// A 24-hour reading ("0600", "14:30") is only a time with a zone after it: alone it is a score or a count.
const ZONE = String.raw`(?:\s+(?:local\s+time|[ECMP][SD]T|GMT|UTC))`;
const CLOCK_SOURCE = String.raw`(?:\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?${ZONE}?|\b([Nn]oon|[Mm]idnight)\b${ZONE}?|\b([01]\d|2[0-3]):?([0-5]\d)${ZONE})`;

/**
 * The TIMEX3 time of a clock match, or null when the numbers are no time of day.
 *
 * @example
 * clockTime(new RegExp(CLOCK_SOURCE).exec("10 p.m.")!, 1) // → "T22:00"
 */
function clockTime(m: RegExpExecArray, at: number): string | null {
  const [h12, min12, ap, word, h24, min24] = m.slice(at, at + 6);
  if (word) return word.toLowerCase() === "noon" ? "T12:00" : "T24:00";
  const hour = h12 !== undefined ? Number(h12) : Number(h24);
  const minute = (h12 !== undefined ? min12 : min24) ?? "00";
  if (h12 !== undefined && (hour < 1 || hour > 12)) return null;
  const h = h12 === undefined ? hour : (hour % 12) + (ap.toLowerCase() === "p" ? 12 : 0);
  return `T${String(h).padStart(2, "0")}:${minute}`;
}

// A clock time alone on its line is a live blog's time stamp: the hour of the day of writing.
const LINE_BEFORE = /(?:^|\n)[ \t]*$/;
const LINE_AFTER = /^[ \t]*(?:\n|$)/;

export const clockRule: TimeRule = {
  name: "times/clock",
  pattern: new RegExp(CLOCK_SOURCE, "g"),
  parse: (m, text) => {
    const time = clockTime(m, 1);
    if (time === null) return null;
    const end = m.index + m[0].length;
    const stamp = LINE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) && LINE_AFTER.test(text.slice(end, end + 40));
    return { value: { type: "clock", stamp }, timeOfDay: time };
  },
};
