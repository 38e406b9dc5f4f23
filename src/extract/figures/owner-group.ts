/** The side a count belongs to when an owner, not an adjective, names it. */
import { COUNTRIES, DEMONYMS } from "./lexicon.js";
import type { Word } from "./words.js";

/**
 * The side named in the words before a loss or a possessive count
 * ("Israel has lost …", "Ukraine's army says 300 of its soldiers …"); the last one wins.
 *
 * @example
 * ownerGroup(wordsBefore("Ukraine says it has", 19, 5)) // → "ukrainian"
 */
export function ownerGroup(words: Word[]): string | null {
  let group: string | null = null;
  for (const w of words) {
    if (!w.upper) continue;
    const name = w.lower.replace(/['’]s$/, "");
    group = COUNTRIES.get(name) ?? DEMONYMS.get(name)?.group ?? group;
  }
  return group;
}
