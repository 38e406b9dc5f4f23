/** "the bodies of four hostages": a count after a remains noun counts the dead. */
import { BODY_NOUNS } from "./lexicon.js";
import type { NounPhrase } from "./noun-phrase.js";
import { wordsBefore } from "./words.js";

/**
 * Marks the phrase as remains when the number follows "the bodies of" / "remains of".
 *
 * @example
 * // "the bodies of four hostages": markBodiesBefore(text, <offset of "four">, np) sets np.bodies
 */
export function markBodiesBefore(text: string, start: number, np: NounPhrase): void {
  const before = wordsBefore(text, start, 3);
  const n = before.length - (before[before.length - 1]?.lower === "the" ? 1 : 0);
  if (before[n - 1]?.lower === "of" && BODY_NOUNS.has(before[n - 2]?.lower ?? "")) {
    np.bodies = true;
    np.condition = "dead";
  }
}
