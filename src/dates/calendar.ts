/**
 * Calendar arithmetic on "epoch days" (whole days since 1970-01-01, UTC).
 * Plain integers keep the DCT solver cheap: it scores thousands of candidate
 * days per document, and Date objects would allocate on every step.
 */

const MS_PER_DAY = 86_400_000;

/**
 * Epoch day of a calendar date; month is 1-based. Out-of-range days roll over like Date.UTC.
 *
 * @example
 * toDay(1970, 1, 2) // → 1
 */
export function toDay(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Year, month (1-based) and day of an epoch day. */
export function fromDay(day: number): { y: number; m: number; d: number } {
  const date = new Date(day * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/**
 * ISO "YYYY-MM-DD" of an epoch day.
 *
 * @example
 * isoDay(toDay(2025, 3, 18)) // → "2025-03-18"
 */
export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Epoch day of an ISO "YYYY-MM-DD" string, or null when it is not one. */
export function parseIsoDay(iso: string | null | undefined): number | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? toDay(+m[1], +m[2], +m[3]) : null;
}

/** Day of the week, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The most recent day with weekday `wd` on or before `day`. */
export function weekdayOnOrBefore(day: number, wd: number): number {
  return day - ((weekday(day) - wd + 7) % 7);
}

/** The first day with weekday `wd` on or after `day`. */
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

/** "YYYY-MM" label of a year and 1-based month, normalizing month overflow. */
export function isoMonth(year: number, month: number): string {
  const idx = year * 12 + (month - 1);
  const y = Math.floor(idx / 12);
  return `${String(y).padStart(4, "0")}-${String(idx - y * 12 + 1).padStart(2, "0")}`;
}

/** Adds calendar months, clamping the day to the target month's length ("Jan 31 + 1 month" → Feb 28). */
export function addMonths(day: number, months: number): number {
  const { y, m, d } = fromDay(day);
  const lastDay = fromDay(toDay(y, m + months + 1, 0)).d;
  return toDay(y, m + months, Math.min(d, lastDay));
}
