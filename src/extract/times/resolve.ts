/**
 * Turns a recognized mention into a TIMEX3 value against the DCT and the
 * clause tense. Returns null when the value cannot be fixed (a relative
 * expression with no DCT, "the next day" with no day stated before it).
 */
import {
  addMonths, fromDay, isoMonth, isoWeek, toDay, weekday, weekdayOnOrAfter, weekdayOnOrBefore,
} from "../../dates/calendar.js";
import type { TimeMention } from "./mention.js";
import { day, label, namedDayValue, quarterValue, seasonYear, shiftQuarter, type Resolved } from "./resolve-periods.js";
import type { Tense } from "./tense.js";

export type { Resolved } from "./resolve-periods.js";

// Without a tense, news mostly looks back: a day up to ~5 months ahead stays in the DCT's year,
// farther ahead is last year's; one more than ~7 months back is next year's.
const NEUTRAL_AHEAD_DAYS = 150;
const NEUTRAL_BACK_DAYS = 210;
const NEUTRAL_AHEAD_MONTHS = 5;
const NEUTRAL_BACK_MONTHS = 7;

/**
 * The year of a month-day given without one: the DCT's year, the year before
 * when a past event would otherwise fall after the DCT, the year after when a
 * planned one would fall before it; without a tense, leaning to the past.
 *
 * @example
 * yearForMonthDay(toDay(2025, 3, 1), 12, 30, "past") // → 2024
 */
export function yearForMonthDay(dct: number, month: number, day: number, tense: Tense, dctYear?: number): number {
  // The DCT solver passes the year it already knows: this runs for every clue and candidate day.
  const y = dctYear ?? fromDay(dct).y;
  const diff = toDay(y, month, day) - dct;
  if (tense === "past") return diff > 0 ? y - 1 : y;
  if (tense === "future") return diff < 0 ? y + 1 : y;
  return diff > NEUTRAL_AHEAD_DAYS ? y - 1 : diff < -NEUTRAL_BACK_DAYS ? y + 1 : y;
}

/**
 * Year of a month named without one, by the same reasoning at month granularity.
 *
 * @example
 * yearForMonth(toDay(2025, 3, 21), 5, "past") // → 2024
 */
export function yearForMonth(dct: number, month: number, tense: Tense, known?: { year: number; month: number }): number {
  const { y, m } = known ? { y: known.year, m: known.month } : fromDay(dct);
  const diff = month - m;
  if (tense === "past") return diff > 0 ? y - 1 : y;
  if (tense === "future") return diff < 0 ? y + 1 : y;
  return diff > NEUTRAL_AHEAD_MONTHS ? y - 1 : diff < -NEUTRAL_BACK_MONTHS ? y + 1 : y;
}

// A past clause about a day just ahead of the DCT tells of a plan ("had been set to expire Nov. 6", "said it
// plans to finish around Nov. 1"), not of the same day a year earlier.
const PAST_PLAN_AHEAD_DAYS = 31;

function pastTenseSoon(daysAhead: number, tense: Tense): boolean {
  return tense === "past" && daysAhead > 0 && daysAhead <= PAST_PLAN_AHEAD_DAYS;
}

/** A month written without its year; a past clause about the month just ahead tells of a plan ("orders for November"). */
function yearOfYearless(dct: number, month: number, tense: Tense): number {
  const { y, m } = fromDay(dct);
  if (tense === "past" && (month - m + 12) % 12 === 1) return month === 1 ? y + 1 : y;
  return yearForMonth(dct, month, tense);
}

/**
 * A day written without its year: the year the tense points to, unless a weekday is written with it
 * ("Saturday, April 25") and holds only in the year after or before.
 */
function dayOfYearless(month: number, dom: number, wd: number | null, tense: Tense, dct: number): number {
  const y = pastTenseSoon(toDay(fromDay(dct).y, month, dom) - dct, tense) ? fromDay(dct).y : yearForMonthDay(dct, month, dom, tense);
  if (wd === null) return toDay(y, month, dom);
  for (const year of [y, y + 1, y - 1]) if (weekday(toDay(year, month, dom)) === wd) return toDay(year, month, dom);
  return toDay(y, month, dom);
}

// News names a weekday for the days just past and just ahead; five or six days back it writes "last
// Friday" or the date (in TimeBank bare weekdays that far back are 2 of some 150).
const BARE_WEEKDAY_BACK_DAYS = 4;

/**
 * The day of a weekday name: before the DCT in a past clause, after it in a future one; with no tense,
 * the one just past unless that is five or six days back and the coming one is a day or two ahead.
 *
 * @example
 * weekdayDay(5, false, "neutral", toDay(2025, 4, 16)) // "lifts on Friday", said on a Wednesday → 2025-04-18
 */
function weekdayDay(wd: number, strict: boolean, tense: Tense, dct: number): number {
  // "last Tuesday" said on a Tuesday is a week ago, "next Sunday" on a Sunday a week ahead.
  const shift = strict ? 1 : 0;
  if (tense === "future") return weekdayOnOrAfter(dct + shift, wd);
  const past = weekdayOnOrBefore(dct - shift, wd);
  return tense === "neutral" && !strict && dct - past > BARE_WEEKDAY_BACK_DAYS ? weekdayOnOrAfter(dct, wd) : past;
}

// A half unit is written in the next smaller one, as TIMEX3 gold does ("2 1/2 years" → P2Y6M).
const HALF: Record<string, [string, number]> = { Y: ["M", 6], D: ["H", 12], H: ["MIN", 30], MIN: ["SEC", 30] };
// Units of the clock, written after TIMEX3's "T" and by their own letter.
const CLOCK_LETTER: Record<string, string> = { H: "H", MIN: "M", SEC: "S" };

const part = (n: number, unit: string) => `${n}${CLOCK_LETTER[unit] ?? unit}`;

/**
 * @example
 * durationValue(2.5, "Y") // → "P2Y6M"
 * durationValue(5.5, "H") // → "PT5H30M"
 * durationValue(1.5, "MIN") // → "PT1M30S"
 */
export function durationValue(amount: number, unit: string): string {
  const whole = Math.floor(amount);
  const half = amount - whole === 0.5 ? HALF[unit] : undefined;
  const clock = unit in CLOCK_LETTER;
  if (!half) return `P${clock ? "T" : ""}${part(amount, unit)}`;
  const [small, count] = half;
  const head = whole > 0 ? part(whole, unit) : "";
  if (clock) return `PT${head}${part(count, small)}`;
  return `P${head}${small in CLOCK_LETTER ? "T" : ""}${part(count, small)}`;
}

/** What the text stated before a mention, for expressions counted from it. */
export interface Anchors {
  /** The most recent single day ("the next day"). */
  day: number | null;
  /** The most recent quarter nearby ("1989-Q3"), which "a year earlier" counts back from. */
  quarter: string | null;
  /** The year of the most recent dated expression ("the following year"). */
  year: number | null;
  /** The month ("2025-03") of the most recent expression dated to a month or a day ("the following month"). */
  month: string | null;
}

export const NO_ANCHORS: Anchors = { day: null, quarter: null, year: null, month: null };

/**
 * Resolves one mention against the DCT and what the text stated before it.
 *
 * @example
 * resolveMention(mention, toDay(2025, 3, 21), NO_ANCHORS) // "collapsed on Tuesday" → { value: "2025-03-18", … }
 */
export function resolveMention(t: TimeMention, dct: number | null, anchors: Anchors = NO_ANCHORS): Resolved | null {
  const { day: lastDay, quarter: lastQuarter } = anchors;
  const v = t.value;
  switch (v.type) {
    case "day":
      if (v.year !== null) return day(toDay(v.year, v.month, v.day));
      return dct === null ? null : day(dayOfYearless(v.month, v.day, v.weekday, t.tense, dct));
    case "month":
      if (v.year !== null) return label(isoMonth(v.year, v.month));
      if (dct === null) return null;
      if (v.yearOffset !== null) return label(isoMonth(fromDay(dct).y + v.yearOffset, v.month));
      return label(isoMonth(v.directed ? yearForMonth(dct, v.month, t.tense) : yearOfYearless(dct, v.month, t.tense), v.month));
    case "weekday":
      return dct === null ? null : day(weekdayDay(v.weekday, v.strict, t.tense, dct));
    case "dct-offset":
      return dct === null ? null : day(dct + v.days);
    case "dct-shift": {
      if (dct === null) return null;
      const { y, m } = fromDay(dct);
      if (v.unit === "Y" && lastQuarter !== null) return label(shiftQuarter(lastQuarter, -v.amount));
      return label(v.unit === "Y" ? String(y + v.amount) : isoMonth(y, m + v.amount));
    }
    case "week":
      return dct === null ? null : label(isoWeek(dct + 7 * v.offset) + (v.weekend ? "-WE" : ""));
    case "rel-month": {
      if (dct === null) return null;
      const { y, m } = fromDay(addMonths(dct, v.offset));
      return label(isoMonth(y, m));
    }
    case "rel-year":
      return dct === null ? null : label(String(fromDay(dct).y + v.offset));
    case "period-end": {
      if (dct === null) return null;
      const { y, m } = fromDay(dct);
      // "since year-end" in November is last December: a past clause means a close already passed.
      const back = t.tense === "past" ? 1 : 0;
      return label(v.unit === "Y" ? String(y - back) : isoMonth(y, m - back));
    }
    case "anchored":
      return lastDay === null ? null : day(lastDay + v.days);
    case "anchored-week":
      return lastDay === null ? null : label(isoWeek(lastDay + 7 * v.weeks));
    case "anchored-month": {
      if (anchors.month === null) return null;
      const [y, m] = anchors.month.split("-").map(Number);
      return label(isoMonth(y, m + v.months));
    }
    case "duration":
      // TIMEX3 gold writes decades as years ("two decades" → P20Y).
      if (v.unit === "DE") return label(`P${v.amount * 10}Y`, "duration");
      return label(durationValue(v.amount, v.unit), "duration");
    case "set":
      return label(v.value, "set");
    case "fixed":
      return label(v.value, v.kind);
    case "quarter":
      return quarterValue(v, t.tense, dct, lastQuarter);
    case "season":
      if (v.year !== null) return label(`${v.year}-${v.season}`);
      return dct === null ? null : label(`${seasonYear(v.season, v.offset, t.tense, dct)}-${v.season}`);
    case "clock":
      // "at 7:15 p.m." tells the hour of the day the story is on.
      if (lastDay !== null && !v.stamp) return day(lastDay);
      return dct === null ? null : day(dct);
    case "weekend":
      if (dct === null) return null;
      return label(`${isoWeek(t.tense === "future" ? weekdayOnOrAfter(dct, 6) : weekdayOnOrBefore(dct - 1, 6))}-WE`);
    case "anchored-year":
      return anchors.year === null ? null : label(String(anchors.year + v.years));
    case "named-day":
      return dct === null ? null : namedDayValue(v.name, v.edge, t.tense, dct);
    case "year-back":
      if (lastQuarter !== null) return label(shiftQuarter(lastQuarter, v.years));
      return dct === null ? null : label(String(fromDay(dct).y - v.years));
  }
}
