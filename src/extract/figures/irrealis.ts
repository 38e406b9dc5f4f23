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
  for (let i = 0; i < words.length; i++) if (!isMonthMay(words[i]) && phraseAt(words, i, IRREALIS, 2)) return true;
  return false;
}

/** "said in May that 150 …": a capital "May" inside a sentence is the month, not the modal. */
function isMonthMay(w: Word): boolean {
  return w.upper && w.start > 0 && w.lower === "may";
}
