/**
 * Rule "figures/context-carry": a count with no trigger in its clause that
 * picks out part of a group just counted ("Two of the abductees are …",
 * "… and 10 are aged 75 and over") takes the measure of the last figure of
 * the same or the previous sentence.
 */
import type { Candidate } from "./candidate.js";
import { AUXILIARIES } from "./lexicon.js";

const COPULA = /^\s*(?:are|were|is|was|remain|remained)\b/i;
// Irregular participles count too: "14 were taken to hospitals" says where they went, not what befell them.
const OTHER_PASSIVE = /^\s*(?:are|were|is|was|have been|has been|had been)\s+(?:\w+ly\s+)?([a-z]+ed|taken|sent|brought|given|seen|shown|kept)\b/i;

/**
 * True when the candidate reads as a part of an earlier count.
 *
 * @example
 * // "Two of the abductees are minors" → true; "Two rockets fell" → false; "two of them were charged" → false
 */
export function isPartOfEarlierCount(text: string, c: Candidate): boolean {
  // "two of them were charged": a verb no measure knows says something else about them.
  const verb = OTHER_PASSIVE.exec(text.slice(c.np.end, c.np.end + 40))?.[1].toLowerCase();
  const describes = verb === undefined || verb === "aged" || AUXILIARIES.has(verb);
  if (c.np.partitive) return describes;
  return c.np.kind === "bare" && describes && COPULA.test(text.slice(c.np.end, c.np.end + 12));
}
