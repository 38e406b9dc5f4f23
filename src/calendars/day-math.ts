/** Calendar days as "YYYY-MM-DD" strings, computed in UTC so time zones never shift a day. */

export function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function utcDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a whole day "YYYY-MM-DD", false for a month, week, length or reference. */
export function isIsoDay(value: string): boolean {
  return ISO_DAY.test(value);
}

/** The day `n` days after `iso` (before, when n is negative). */
export function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return isoOf(d);
}
