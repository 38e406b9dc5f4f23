/**
 * Day arithmetic on the ISO dates of events: a day ("2025-01-19") or a month
 * ("2025-04", which counts as its first day when compared).
 */

/**
 * Days since 1970-01-01 of a day or month, or null for anything else.
 *
 * @example
 * dayNumber("1970-01-02") // → 1
 * dayNumber("1970-02")    // → 31
 */
export function dayNumber(date: string | null): number | null {
  const m = date ? /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date) : null;
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1)) / 86_400_000;
}

/** A single day ("2025-01-19"), not a month. */
export function isDay(date: string | null): date is string {
  return date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date);
}

/**
 * Days from `a` to `b` (negative when b is earlier), or null when either is undated.
 *
 * @example
 * daysBetween("2025-01-19", "2025-03-18") // → 58
 */
export function daysBetween(a: string | null, b: string | null): number | null {
  const x = dayNumber(a);
  const y = dayNumber(b);
  return x === null || y === null ? null : y - x;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December"];

/**
 * "November 2023" for a day or month in November 2023, or null.
 *
 * @example
 * monthName("2023-11-24") // → "November 2023"
 */
export function monthName(date: string | null): string | null {
  const m = date ? /^(\d{4})-(\d{2})/.exec(date) : null;
  return m ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : null;
}

/**
 * Orders dates with undated last; a month sorts before the days of it.
 *
 * @example
 * ["2025-03-18", null, "2025-03"].sort(compareDates) // → ["2025-03", "2025-03-18", null]
 */
export function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
