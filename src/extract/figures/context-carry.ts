/**
 * Rule "figures/context-carry": a count with no trigger in its clause that
 * picks out part of a group just counted ("Two of the abductees are …",
 * "… and 10 are aged 75 and over") takes the measure of the last figure of
 * the same or the previous sentence.
 */
import type { Candidate } from "./candidate.js";

const COPULA = /^\s*(?:are|were|is|was|remain|remained)\b/i;

/**
 * True when the candidate reads as a part of an earlier count.
 *
 * @example
 * // "Two of the abductees are minors" → true; "Two rockets fell" → false
 */
export function isPartOfEarlierCount(text: string, c: Candidate): boolean {
  if (c.np.partitive) return true;
  return c.np.kind === "bare" && COPULA.test(text.slice(c.np.end, c.np.end + 12));
}
