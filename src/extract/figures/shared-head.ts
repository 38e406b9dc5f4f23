/**
 * "15 Saudi and three Sudanese prisoners": the first count of a list names only
 * a nationality; its noun is the one the last count of the list names.
 */
import type { Subject } from "../../types.js";
import { parseNumber } from "../../text/numbers.js";
import { SUBJECTS } from "./lexicon.js";
import { phraseAt, type Word } from "./words.js";

/**
 * The subject of the noun a coordinated count names: number + up to two words +
 * noun, read from `words[from]` (the word after "and").
 *
 * @example
 * // "15 Saudi and three Sudanese prisoners": sharedHead(<words after 15>, 2) → "prisoners"
 */
export function sharedHead(words: Word[], from: number): Subject | null {
  if (!words[from] || parseNumber(words[from].lower) === null) return null;
  for (let j = from + 1; j <= from + 3 && j < words.length; j++) {
    const hit = phraseAt(words, j, SUBJECTS);
    if (hit) return hit.value;
  }
  return null;
}

