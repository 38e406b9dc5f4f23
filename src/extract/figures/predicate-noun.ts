/**
 * "seven of the dead were Syrian nationals", "71 of those killed … were civilians": a part of a
 * count named by its predicate, which says what the counted are.
 */
import { readNounPhrase, type NounPhrase } from "./noun-phrase.js";

// The copula of the count's own clause; another count, a clause break or a full stop ends the search.
const COPULA = /^[^,;.:\d]{0,70}?\b(?:were|was|are|is)\s+(?:all\s+|mostly\s+|also\s+)?/i;

/**
 * The noun phrase after the copula of a partitive count, or null when it names no counted noun.
 *
 * @example
 * // "seven of the dead were Syrian nationals" (np after "seven of the dead") → { subject: "foreign_nationals", group: "syrian", … }
 */
export function predicateNoun(text: string, np: NounPhrase): NounPhrase | null {
  if (!np.partitive) return null;
  const m = COPULA.exec(text.slice(np.end, np.end + 90));
  if (!m) return null;
  const predicate = readNounPhrase(text, np.end + m[0].length);
  return predicate.kind === "noun" && predicate.subject ? predicate : null;
}
