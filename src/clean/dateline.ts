import { DATELINE } from "./boilerplate-patterns.js";

/** A paragraph with its dateline outlet taken off. */
export interface DatelineSplit {
  /** The paragraph; a place and date before the outlet stay as "PLACE, March 3 — …". */
  text: string;
  outlet: string;
  removed: string;
}

/**
 * Strips "(CNN) —" from the start of a paragraph and reports the outlet.
 * A place or date before the parentheses is kept: it tells where and when.
 *
 * @example
 * stripDateline("(CNN) — Talks resumed in Cairo.")
 * // → { text: "Talks resumed in Cairo.", outlet: "CNN", removed: "(CNN) —" }
 * stripDateline("KYIV, March 3 (Reuters) - Drones hit a depot.").text
 * // → "KYIV, March 3 — Drones hit a depot."
 */
export function stripDateline(line: string): DatelineSplit | null {
  if (line.length === 0) return null;
  const first = line.charCodeAt(0);
  // Only "(" or an upper-case letter can open a dateline; skip the regex otherwise.
  if (first !== 40 && !(first >= 65 && first <= 90) && first < 128) return null;
  const m = DATELINE.exec(line);
  if (!m) return null;
  const place = m[1]?.trim();
  const rest = line.slice(m[0].length);
  const removed = m[0].slice(m[1]?.length ?? 0).trim();
  return { text: place ? `${place} — ${rest}` : rest, outlet: m[2].trim(), removed };
}
