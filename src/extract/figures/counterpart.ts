/**
 * The other side of a swap stated after its first side ("1,000 Ukrainians came
 * home … Moscow said it had received 1,000 of its own people in return"): the
 * second count covers the same exchange, so it takes the first one's period.
 */
import type { Figure } from "../../types.js";

// "in return" / "in exchange" that closes the clause; "in exchange for N" names the other side instead.
const IN_RETURN = /^[^.;]{0,60}?\bin (?:return|exchange)\b(?!\s+for\b)/i;

/**
 * Copies total and day from the earlier release of equal size when `f` is its
 * counterpart and says nothing of its own period; `text` is the document text.
 *
 * @example
 * // "… 300 soldiers came home in total. Russia said it got 300 of its own in return." → the 300 in return is a total too
 */
export function alignCounterpart(text: string, f: Figure, earlier: Figure[]): void {
  if (f.measure !== "released" || f.cumulative !== null || !IN_RETURN.test(text.slice(f.span[1], f.span[1] + 80))) return;
  const match = earlier.find((g) => g.measure === "released" && g.value === f.value && g.cumulative !== null);
  if (!match) return;
  f.cumulative = match.cumulative;
  f.date = match.date;
  f.since = match.since;
}
