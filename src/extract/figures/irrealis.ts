/**
 * Counts under a modal, a plan or a demand ("will release 33", "discussed
 * releasing 40", "agreed to free 300") state terms or hopes, not figures.
 */
import { IRREALIS } from "./lexicon.js";
import { phraseAt, type Word } from "./words.js";

/**
 * True when the words (those just before a trigger) hold a modal or plan phrase.
 *
 * @example
 * isIrrealis(wordsBefore("Hamas will", 10, 4)) // → true
 */
export function isIrrealis(words: Word[]): boolean {
  for (let i = 0; i < words.length; i++) if (phraseAt(words, i, IRREALIS, 2)) return true;
  return false;
}
