/**
 * Rule "figures/toll-passed": a toll noun, then a verb of reaching, then the
 * number ("the Palestinian death toll from the war has passed 53,000",
 * "the number of wounded rose to 1,500").
 */
import type { Qualifier, Subject } from "../../types.js";
import type { MeasureHit } from "./candidate.js";
import { DEMONYMS, SUBJECTS, TOLL_VERBS, TOLLS } from "./lexicon.js";
import { phraseAt, phraseEndingAt, wordsBefore } from "./words.js";

export interface TollHit extends MeasureHit {
  /** The hedge the verb implies ("passed" → more_than). */
  verbQualifier: Qualifier;
  group: string | null;
  subject: Subject | null;
}

/**
 * Finds a toll phrase ending just before `numberStart` (hedges already stripped).
 *
 * @example
 * tollBefore("The death toll in Gaza has passed 500", 34)
 * // → { measure: "killed", verbQualifier: "more_than", … }
 */
export function tollBefore(text: string, numberStart: number): TollHit | null {
  const words = wordsBefore(text, numberStart, 16);
  const verb = phraseEndingAt(words, words.length, TOLL_VERBS, 3);
  if (!verb) return null;
  const verbStart = words.length - verb.length;
  for (let j = verbStart; j >= 1 && j >= verbStart - 10; j--) {
    const toll = phraseEndingAt(words, j, TOLLS, 4);
    if (!toll) continue;
    let group: string | null = null;
    let subject: Subject | null = null;
    for (let k = Math.max(0, j - toll.length - 2); k < verbStart; k++) {
      const d = DEMONYMS.get(words[k].lower);
      if (d && /[A-Z]/.test(text[words[k].start])) group = d.group;
      if (k >= j) subject = phraseAt(words, k, SUBJECTS)?.value ?? subject;
    }
    return {
      measure: toll.value, rule: "figures/toll-passed", trigger: [words[j - toll.length].start, words[words.length - 1].end],
      verbQualifier: verb.value, group, subject,
    };
  }
  return null;
}
