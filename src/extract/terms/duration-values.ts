/**
 * A length as term values: days for days and weeks (a week is exactly seven
 * days), months, hours and years as they are, since they have no fixed length in days.
 *
 * @example
 * durationValues(6, "week")  // → { days: 42 }
 * durationValues(2, "months") // → { months: 2 }
 */
export function durationValues(n: number, unit: string): Record<string, number> {
  const u = unit.toLowerCase().replace(/s$/, "");
  if (u === "week") return { days: n * 7 };
  return { [`${u}s`]: n };
}
