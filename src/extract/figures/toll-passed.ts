/**
 * Rule "figures/toll-passed": a toll noun, then a verb of reaching, then the
 * number ("the Palestinian death toll from the war has passed 53,000",
 * "the number of wounded rose to 1,500").
 */
import type { Qualifier, Subject } from "../../types.js";
import type { MeasureHit } from "./candidate.js";
import type { Measure } from "../../types.js";
import { DEMONYMS, POST_TRIGGERS, SUBJECTS, TOLL_VERBS, TOLLS } from "./lexicon.js";
import type { Word } from "./words.js";
import { phraseAt, phraseEndingAt, wordsBefore } from "./words.js";

export interface TollHit extends MeasureHit {
  /** The hedge the verb implies ("passed" → more_than). */
  verbQualifier: Qualifier;
  group: string | null;
  subject: Subject | null;
}

/** "the number of troops killed": "number of", up to three words, then a measure word ending at `j`. */
function numberOf(words: Word[], j: number): { value: Measure; length: number } | null {
  const measure = POST_TRIGGERS.get(words[j - 1].lower)?.find((t) => !t.requires && !t.bodiesOnly)?.measure;
  if (!measure) return null;
  for (let k = j - 3; k >= 0 && k >= j - 6; k--) {
    if (words[k].lower === "number" && words[k + 1].lower === "of") return { value: measure, length: j - k };
  }
  return null;
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
    const toll = phraseEndingAt(words, j, TOLLS, 4) ?? numberOf(words, j);
    if (!toll) continue;
    let group: string | null = null;
    let subject: Subject | null = null;
    for (let k = Math.max(0, j - toll.length - 2); k < verbStart; k++) {
      const d = DEMONYMS.get(words[k].lower);
      if (d && /[A-Z]/.test(text[words[k].start])) group = d.group;
      if (k >= j - toll.length) subject = phraseAt(words, k, SUBJECTS)?.value ?? subject;
    }
    return {
      measure: toll.value, rule: "figures/toll-passed", trigger: [words[j - toll.length].start, words[words.length - 1].end],
      verbQualifier: verb.value, group, subject,
    };
  }
  return null;
}
