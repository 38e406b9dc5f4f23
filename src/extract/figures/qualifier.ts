/** How exactly a figure is stated: the hedge words just before its number. */
import type { Qualifier } from "../../types.js";
import { PRE_TRIGGERS, QUALIFIERS } from "./lexicon.js";
import { phraseEndingAt, wordsBefore } from "./words.js";

export interface QualifierHit {
  qualifier: Qualifier;
  /** Offset where the hedge starts, or the number's start when there is none. */
  start: number;
}

/**
 * The qualifier written right before a number (`text[numberStart]` is the number).
 * A hedge word that completes a trigger verb is that verb's particle ("handed over 300").
 *
 * @example
 * readQualifier("killed more than 400 troops", 17) // → { qualifier: "more_than", start: 7 }
 * readQualifier("killed 400 troops", 7)            // → { qualifier: "exact", start: 7 }
 * readQualifier("handed over 40 captives", 12)     // → { qualifier: "exact", start: 12 }
 */
export function readQualifier(text: string, numberStart: number): QualifierHit {
  const words = wordsBefore(text, numberStart, 4);
  const hit = phraseEndingAt(words, words.length, QUALIFIERS, 3);
  if (!hit) return { qualifier: "exact", start: numberStart };
  const first = words.length - hit.length;
  if (hit.length === 1 && first > 0 && PRE_TRIGGERS.has(`${words[first - 1].lower} ${words[first].lower}`)) {
    return { qualifier: "exact", start: numberStart };
  }
  return { qualifier: hit.value, start: words[first].start };
}
