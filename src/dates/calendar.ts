/**
 * Calendar arithmetic on "epoch days" (whole days since 1970-01-01, UTC).
 * Plain integers keep the DCT solver cheap: it scores thousands of candidate
 * days per document, and Date objects would allocate on every step.
 */

const MS_PER_DAY = 86_400_000;

// Integer civil-calendar conversions (H. Hinnant's days_from_civil / civil_from_days): the solver
// converts thousands of candidate days per document, and a Date per call dominated its profile.

/**
 * Epoch day of a calendar date; month is 1-based. Out-of-range months and days roll over like Date.UTC.
 *
 * @example
 * toDay(1970, 1, 2) // → 1
 */
export function toDay(year: number, month: number, day: number): number {
  const months = year * 12 + (month - 1);
  let y = Math.floor(months / 12);
  const m = months - y * 12 + 1;
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Year, month (1-based) and day of an epoch day.
 *
 * @example
 * fromDay(20168) // → { y: 2025, m: 3, d: 21 }
 */
export function fromDay(day: number): { y: number; m: number; d: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/**
 * ISO "YYYY-MM-DD" of an epoch day.
 *
 * @example
 * isoDay(toDay(2025, 3, 18)) // → "2025-03-18"
 */
export function isoDay(day: number): string {
  // Arithmetic rather than a Date: extractTimes formats every resolved day.
  const { y, m, d } = fromDay(day);
  if (y < 0 || y > 9999) return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/**
 * Epoch day of an ISO "YYYY-MM-DD" string (a longer timestamp is cut to its day), or null.
 *
 * @example
 * parseIsoDay("2025-03-21") // → 20168
 */
export function parseIsoDay(iso: string | null | undefined): number | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? toDay(+m[1], +m[2], +m[3]) : null;
}

/**
 * Day of the week, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday).
 *
 * @example
 * weekday(toDay(2025, 3, 21)) // → 5 (Friday)
 */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * The most recent day with weekday `wd` on or before `day`.
 *
 * @example
 * isoDay(weekdayOnOrBefore(toDay(2025, 3, 21), 2)) // → "2025-03-18"
 */
export function weekdayOnOrBefore(day: number, wd: number): number {
  return day - ((weekday(day) - wd + 7) % 7);
}

/**
 * The first day with weekday `wd` on or after `day`.
 *
 * @example
 * isoDay(weekdayOnOrAfter(toDay(2025, 3, 21), 0)) // → "2025-03-23"
 */
export function weekdayOnOrAfter(day: number, wd: number): number {
  return day + ((wd - weekday(day) + 7) % 7);
}

/**
 * ISO-8601 week label of an epoch day, as TIMEX3 writes it.
 *
 * @example
 * isoWeek(toDay(2025, 3, 21)) // → "2025-W12"
 */
export function isoWeek(day: number): string {
  const thursday = day - ((weekday(day) + 6) % 7) + 3;
  const { y } = fromDay(thursday);
  const week = Math.floor((thursday - toDay(y, 1, 1)) / 7) + 1;
  return `${y}-W${String(week).padStart(2, "0")}`;
}

/**
 * "YYYY-MM" label of a year and 1-based month, normalizing month overflow.
 *
 * @example
 * isoMonth(2025, 0) // → "2024-12"
 */
export function isoMonth(year: number, month: number): string {
  const idx = year * 12 + (month - 1);
  const y = Math.floor(idx / 12);
  return `${String(y).padStart(4, "0")}-${String(idx - y * 12 + 1).padStart(2, "0")}`;
}

/**
 * Adds calendar months, clamping the day to the target month's length.
 *
 * @example
 * isoDay(addMonths(toDay(2025, 1, 31), 1)) // → "2025-02-28"
 */
export function addMonths(day: number, months: number): number {
  const { y, m, d } = fromDay(day);
  const lastDay = fromDay(toDay(y, m + months + 1, 0)).d;
  return toDay(y, m + months, Math.min(d, lastDay));
}
