/**
 * Plain chrono-node as a baseline tagger, so `sitrep eval timeml --baseline
 * chrono` shows what sitrep's own time layer adds over the library.
 */
import * as chrono from "chrono-node";
import type { SpanValue } from "./score-timeml.js";

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Chrono's results as TIMEX3-like values: a day when chrono is certain of
 * the day, else a month when certain of the month, else a year.
 *
 * @example
 * chronoTimes("It rained on Tuesday.", "1998-01-08")[0].value // → "1998-01-06"
 */
export function chronoTimes(text: string, dct: string | null): SpanValue[] {
  const ref = dct ? new Date(`${dct}T12:00:00Z`) : new Date();
  return chrono.parse(text, ref).map((r) => {
    const c = r.start;
    const y = c.get("year") ?? ref.getUTCFullYear();
    const m = c.get("month") ?? 1;
    const d = c.get("day") ?? 1;
    const value = c.isCertain("day") || c.isCertain("weekday") ? `${y}-${pad(m)}-${pad(d)}`
      : c.isCertain("month") ? `${y}-${pad(m)}` : `${y}`;
    return { start: r.index, end: r.index + r.text.length, value };
  });
}
