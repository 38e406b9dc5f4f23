/** Date comparisons the scorer shares: ±1 day, month containment, gold null. */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^\d{4}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

function dayNumber(iso: string): number | null {
  const m = DAY.exec(iso);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY : null;
}

/**
 * Whether two ISO days are at most `days` apart; false unless both are days.
 *
 * @example
 * withinDays("2024-03-01", "2024-02-29", 1) // → true
 */
export function withinDays(a: string | null, b: string | null, days: number): boolean {
  if (a === null || b === null) return false;
  const x = dayNumber(a);
  const y = dayNumber(b);
  return x !== null && y !== null && Math.abs(x - y) <= days;
}

/**
 * SPEC §3 date agreement: a gold day accepts a predicted day within ±1; a gold
 * month accepts the same month or a day inside it; gold null accepts anything.
 * Other gold values (weeks, weekends) must be equal.
 *
 * @example
 * datesAgree("2025-04", "2025-04-17") // → true
 * datesAgree("2025-04-17", "2025-04") // → false
 */
export function datesAgree(gold: string | null, predicted: string | null): boolean {
  if (gold === null) return true;
  if (predicted === null) return false;
  if (DAY.test(gold)) return withinDays(gold, predicted, 1);
  if (MONTH.test(gold)) return predicted === gold || (DAY.test(predicted) && predicted.startsWith(`${gold}-`));
  return predicted === gold;
}
