import { addDays, isoOf, utcDay } from "./day-math.js";

/**
 * Western Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher).
 *
 * @example
 * westernEaster(2025) // → "2025-04-20"
 */
export function westernEaster(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoOf(utcDay(year, month, day));
}

/**
 * Orthodox Easter Sunday: the Julian computus (Meeus), moved to the Gregorian
 * calendar by the century's Julian–Gregorian difference.
 *
 * @example
 * orthodoxEaster(2024) // → "2024-05-05"
 */
export function orthodoxEaster(year: number): string {
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  const century = Math.floor(year / 100);
  const julianLag = century - Math.floor(century / 4) - 2;
  return addDays(isoOf(utcDay(year, month, day)), julianLag);
}
