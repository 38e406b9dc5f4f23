/**
 * Where a figure holds: "in <Name>" after its noun phrase, in the same
 * clause, when the gazetteer (src/lexicon/places.ts) knows the name.
 */
import { resolvePlace } from "../../lexicon/places.js";

const IN_PLACE = /^[^,;.:()]{0,50}?\b(?:in|across|near|inside|around)\s+(?:the\s+)?((?:[A-Z][\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|al-[\w'’-]+)){0,2})/;

/**
 * The place named after `from` in a sentence, as the gazetteer spells it, or null.
 *
 * @example
 * placeAfter("12 people were killed in Khan Younis on Monday", 2) // → "Khan Younis"
 */
export function placeAfter(sentence: string, from: number): string | null {
  const m = IN_PLACE.exec(sentence.slice(from, from + 120));
  if (!m) return null;
  const words = m[1].split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const place = resolvePlace(words.slice(0, n).join(" "));
    if (place) return place.name;
  }
  return null;
}
