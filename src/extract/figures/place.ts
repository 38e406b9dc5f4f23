/**
 * Where a figure holds: "in <Name>" after its noun phrase, in the same clause.
 * A capitalised-name heuristic; place is not scored, so it stays simple.
 */
import { DEMONYMS } from "./lexicon.js";

const IN_PLACE = /^[^,;.:()]{0,50}?\b(?:in|across|near|inside)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|al-[\w'’-]+)){0,2})/;
const NOT_PLACES = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That)\b/;

/**
 * The place named after `from` in a sentence, or null.
 *
 * @example
 * placeAfter("12 people were killed in Khan Younis on Monday", 2) // → "Khan Younis"
 */
export function placeAfter(sentence: string, from: number): string | null {
  const m = IN_PLACE.exec(sentence.slice(from, from + 120));
  if (!m || NOT_PLACES.test(m[1]) || DEMONYMS.has(m[1].split(" ")[0].toLowerCase())) return null;
  return m[1];
}
