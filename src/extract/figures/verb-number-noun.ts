/**
 * Rule "figures/verb-number-noun": a trigger right before the number
 * ("killed at least 32 Palestinians", "the release of 110 hostages",
 * "the remaining 48 hostages", "Israel has lost more than 400 troops").
 */
import type { Candidate, MeasureHit } from "./candidate.js";
import { firstAccepted } from "./accepts.js";
import { isIrrealis } from "./irrealis.js";
import { FILLERS, LOSS_VERBS, PRE_TRIGGERS } from "./lexicon.js";
import { ownerGroup } from "./owner-group.js";
import { phraseEndingAt, wordsBefore } from "./words.js";

export interface PreTriggerHit extends MeasureHit {
  /** A side named as the loser ("Israel has lost 400 troops" → israeli). */
  group: string | null;
  /** "the release of N": a noun, not a verb. */
  nominal: boolean;
}

/**
 * Finds a measure trigger before the candidate's number, over hedges and determiners.
 *
 * @example
 * // sentence "Shelling killed at least 12 civilians", candidate at "12"
 * preTrigger(sentence, candidate)?.measure // → "killed"
 */
export function preTrigger(text: string, c: Candidate): PreTriggerHit | null {
  const words = wordsBefore(text, c.qualifierStart, 9);
  let end = words.length;
  for (let k = 0; k < 3; k++) {
    const filler = phraseEndingAt(words, end, FILLERS, 3);
    if (!filler) break;
    end -= filler.length;
  }
  const hit = phraseEndingAt(words, end, PRE_TRIGGERS, 3);
  const trigger = hit ? firstAccepted(hit.value, c.np) : null;
  if (!hit || !trigger) return null;
  const first = end - hit.length;
  if (isIrrealis(words.slice(Math.max(0, first - 4), first))) return null;
  const phrase = words.slice(first, end).map((w) => w.lower).join(" ");
  const group = LOSS_VERBS.has(phrase) ? ownerGroup(words.slice(Math.max(0, first - 5), first)) : null;
  return {
    measure: trigger.measure, rule: "figures/verb-number-noun",
    trigger: [words[first].start, words[end - 1].end], group, nominal: words[end]?.lower === "of" || / of$/.test(phrase),
  };
}
