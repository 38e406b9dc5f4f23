import { addDays, isoOf, utcDay } from "./day-math.js";

// Umm al-Qura, the calendar Saudi Arabia publishes and most news follows,
// from the ICU data Node ships: no year tables of our own.
const HIJRI = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura", { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" });

function hijriOf(iso: string): { year: number; month: number; day: number } {
  const parts = HIJRI.formatToParts(new Date(`${iso}T12:00:00Z`));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return { year: get("year"), month: get("month"), day: get("day") };
}

/**
 * The Gregorian days of an Islamic month that begins in Gregorian `year`
 * (a month that starts in December and ends in January counts for the
 * December year), as [first, last].
 *
 * @example
 * islamicMonth(2025, 9) // → ["2025-03-01", "2025-03-29"] (Ramadan 1446)
 */
export function islamicMonth(year: number, month: number): [string, string] | null {
  let day = isoOf(utcDay(year, 1, 1));
  const stop = isoOf(utcDay(year + 1, 1, 1));
  for (; day < stop; day = addDays(day, 1)) {
    const h = hijriOf(day);
    if (h.month === month && h.day === 1) {
      let last = day;
      while (hijriOf(addDays(last, 1)).month === month) last = addDays(last, 1);
      return [day, last];
    }
  }
  return null;
}
