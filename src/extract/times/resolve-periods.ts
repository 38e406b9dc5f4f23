/**
 * Resolution of periods that have their own calendar logic: quarters,
 * seasons and feasts computed from calendar rules (src/calendars).
 */
import { fromDay, isoDay, parseIsoDay } from "../../dates/calendar.js";
import { namedDay } from "../../calendars/named-days.js";
import type { TimeKind } from "../../types.js";
import type { TimeMention } from "./mention.js";
import type { Tense } from "./tense.js";

export interface Resolved {
  value: string;
  kind: TimeKind;
  /** Epoch day when the value is one day (anchors "the next day"). */
  day: number | null;
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
// A feast more than ~5 months ahead, in a clause without tense, is last year's.
const FEAST_AHEAD_DAYS = 150;

/** Shifts a "1989-Q3" value by whole years. */
export const shiftQuarter = (quarter: string, years: number) => `${Number(quarter.slice(0, 4)) - years}${quarter.slice(4)}`;

export const day = (d: number): Resolved => ({ value: isoDay(d), kind: "date", day: d });
export const label = (value: string, kind: TimeKind = "date"): Resolved => ({ value, kind, day: null });

export type QuarterValue = Extract<TimeMention["value"], { type: "quarter" }>;

/**
 * A named quarter is the DCT's year's, or last year's when it has not begun and the clause does not look ahead.
 *
 * @example
 * quarterValue({ type: "quarter", quarter: 4, year: null, yearOffset: 0, current: false, latest: false }, "past", toDay(1990, 1, 20), null)
 * // → { value: "1989-Q4", kind: "date", day: null }
 */
export function quarterValue(v: QuarterValue, tense: Tense, dct: number | null, lastQuarter: string | null): Resolved | null {
  if (v.quarter !== null && v.year !== null) return label(`${v.year}-Q${v.quarter}`);
  // "the quarter", "the year-ago period": the quarter the text is already about.
  if (v.quarter === null && !v.current && !v.latest && lastQuarter !== null) {
    return label(v.year !== null ? `${v.year}${lastQuarter.slice(4)}` : shiftQuarter(lastQuarter, -v.yearOffset));
  }
  if (v.quarter === null && v.year !== null) return label(String(v.year));
  if (dct === null) return null;
  const { y, m } = fromDay(dct);
  if (v.quarter !== null) {
    const notBegun = v.yearOffset === 0 && (v.quarter - 1) * 3 + 1 > m && tense !== "future";
    return label(`${y + v.yearOffset - (notBegun ? 1 : 0)}-Q${v.quarter}`);
  }
  const current = Math.floor((m - 1) / 3) + 1;
  if (v.current) return label(`${y + v.yearOffset}-Q${current}`);
  // Otherwise the last quarter completed before the DCT: the one whose figures are being reported.
  return label(current === 1 ? `${y - 1 + v.yearOffset}-Q4` : `${y + v.yearOffset}-Q${current - 1}`);
}

/**
 * Year of a season: "last summer" is the latest one over, "next spring" the first not yet begun.
 *
 * @example
 * seasonYear("SU", -1, "past", toDay(2025, 4, 16)) // → 2024
 */
export function seasonYear(season: string, offset: number | null, tense: Tense, dct: number): number {
  const { y, m } = fromDay(dct);
  const start = SEASON_START[season];
  // January and February belong to the winter that began the December before.
  if (season === "WI" && m < 3) return offset === 1 ? y : y - 1 + (offset === -1 ? -1 : 0);
  const begun = m >= start;
  const over = m >= start + 3;
  if (offset === 0) return y;
  if (offset === -1) return over ? y : y - 1;
  if (offset === 1) return begun ? y + 1 : y;
  if (tense === "future") return over ? y + 1 : y;
  if (tense === "past") return begun ? y : y - 1;
  return y;
}

/**
 * A feast's days in the year the clause points to: the last one begun for a past clause, the next
 * one not over for a future clause, else the nearer of this year's and last year's.
 *
 * @example
 * namedDayValue("passover", "end", "future", toDay(2025, 4, 16)) // → { value: "2025-04-20", kind: "date", … }
 */
export function namedDayValue(name: string, edge: "start" | "end" | null, tense: Tense, dct: number): Resolved | null {
  const y = fromDay(dct).y;
  const span = (year: number) => {
    const s = namedDay(name, year);
    return s && { start: parseIsoDay(s.start)!, end: parseIsoDay(s.end)! };
  };
  let s = span(y);
  if (!s) return null;
  if (tense === "past" && s.start > dct) s = span(y - 1);
  else if (tense === "future" && s.end < dct) s = span(y + 1);
  else if (tense === "neutral" && s.start - dct > FEAST_AHEAD_DAYS) s = span(y - 1);
  if (!s) return null;
  if (edge === "end") return day(s.end);
  if (edge === "start" || s.start === s.end) return day(s.start);
  return { value: `${isoDay(s.start)}/${isoDay(s.end)}`, kind: "interval", day: null };
}
