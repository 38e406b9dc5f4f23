const MONTHS = new Map<string, number>([
  ["jan", 1], ["feb", 2], ["mar", 3], ["apr", 4], ["may", 5], ["jun", 6],
  ["jul", 7], ["aug", 8], ["sep", 9], ["oct", 10], ["nov", 11], ["dec", 12],
]);
/** "2025-03-21", "2025-03-21T09:00:00+02:00", "2025/3/21", "20250321". */
const NUMERIC = /^\s*(\d{4})[-/.]?(\d{1,2})[-/.]?(\d{1,2})(?:$|[T\s_])/;
/** "Fri, 21 Mar 2025 10:00:00 GMT", "21 March 2025". */
const DAY_MONTH_YEAR = /^\s*(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;
/** "March 21, 2025", "Mar. 21 2025", "Friday, March 21, 2025". */
const MONTH_DAY_YEAR = /^\s*(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;

function day(year: number, month: number | undefined, date: number): string | null {
  if (month === undefined || month < 1 || month > 12 || date < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (date > last || year < 1900 || year > 2200) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`;
}

function monthNumber(name: string): number | undefined {
  return MONTHS.get(name.slice(0, 3).toLowerCase());
}

/**
 * Normalizes a metadata date to the ISO day it states, "YYYY-MM-DD". The day
 * is taken as written, without converting time zones: "2025-03-21T23:30-05:00"
 * was published on the 21st where it was written. Anything else → null.
 *
 * @example
 * isoDay("Fri, 21 Mar 2025 10:00:00 GMT") // → "2025-03-21"
 * isoDay("2025-03-21T23:30:00-05:00")     // → "2025-03-21"
 * isoDay("last Tuesday")                  // → null
 */
export function isoDay(value: unknown): string | null {
  if (typeof value !== "string") return null;
  let m = NUMERIC.exec(value);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_MONTH_YEAR.exec(value);
  if (m) return day(Number(m[3]), monthNumber(m[2]), Number(m[1]));
  m = MONTH_DAY_YEAR.exec(value);
  if (m) return day(Number(m[3]), monthNumber(m[1]), Number(m[2]));
  return null;
}
