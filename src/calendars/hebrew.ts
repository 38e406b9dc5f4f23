import { HDate, months } from "@hebcal/core";
import { isoOf } from "./day-math.js";

const MONTHS: Record<string, number> = {
  nisan: months.NISAN, iyyar: months.IYYAR, sivan: months.SIVAN, tamuz: months.TAMUZ, av: months.AV,
  elul: months.ELUL, tishrei: months.TISHREI, cheshvan: months.CHESHVAN, kislev: months.KISLEV,
  tevet: months.TEVET, shvat: months.SHVAT, adar: months.ADAR_I, adar2: months.ADAR_II,
};

/**
 * The Gregorian day of a Hebrew date that falls in Gregorian `year`. Adar
 * feasts (Purim) move to Adar II in leap years, as they are kept.
 *
 * @example
 * hebrewDay(2025, "nisan", 15) // → "2025-04-13" (first day of Passover 5785)
 */
export function hebrewDay(year: number, month: string, day: number): string | null {
  const m = MONTHS[month];
  if (m === undefined) return null;
  // A Gregorian year overlaps two Hebrew years; try both and keep the one that lands in it.
  const first = new HDate(new Date(Date.UTC(year, 0, 1, 12))).getFullYear();
  for (const hy of [first, first + 1]) {
    const mm = m === months.ADAR_I && HDate.isLeapYear(hy) ? months.ADAR_II : m;
    const g = new HDate(day, mm, hy).greg();
    const iso = isoOf(new Date(Date.UTC(g.getFullYear(), g.getMonth(), g.getDate())));
    if (iso.startsWith(String(year))) return iso;
  }
  return null;
}
