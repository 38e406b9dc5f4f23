/**
 * Rule "figures/verb-number-noun": a trigger right before the number
 * ("killed at least 32 Palestinians", "the release of 110 hostages",
 * "the remaining 48 hostages", "Israel has lost more than 400 troops").
 */
import type { Candidate, MeasureHit } from "./candidate.js";
import { firstAccepted, NO_CAPTIVES, type CaptiveTalk } from "./accepts.js";
import { isIrrealis } from "./irrealis.js";
import { FILLERS, LOSS_VERBS, PRE_TRIGGERS, RECIPIENT_VERBS, RETURN_VERBS, type Trigger } from "./lexicon.js";
import { ownerGroup } from "./owner-group.js";
import { phraseEndingAt, wordsAfter, wordsBefore, type PhraseHit, type Word } from "./words.js";

// Fillers that also end a trigger phrase ("of" in "exchange of"): the only ones worth a lookup before stripping.
const ENDS_TRIGGER = new Set([...PRE_TRIGGERS.keys()].filter((k) => k.includes(" ") && FILLERS.has(k.slice(k.lastIndexOf(" ") + 1)))
  .map((k) => k.slice(k.lastIndexOf(" ") + 1)));

export interface PreTriggerHit extends MeasureHit {
  /** A side named as the loser ("Israel has lost 400 troops" → israeli). */
  group: string | null;
  /** "the release of N": a noun, not a verb. */
  nominal: boolean;
}

// The triggers a handing-over verb stands for once its recipient is stepped over.
const HANDED = PRE_TRIGGERS.get("handed over") ?? [];

/**
 * "handing Moscow the bodies of 78 troops", "gave Kyiv 90 prisoners": a hand-over verb, the side
 * that receives (one or two capitalised words), then the count; `end` is where the fillers stopped.
 */
function toRecipient(words: Word[], end: number, c: Candidate, captive: CaptiveTalk):
  { hit: PhraseHit<Trigger[]> | null; trigger: Trigger | null; end: number } {
  let j = end;
  while (j > 0 && end - j < 2 && words[j - 1].upper) j--;
  const verb = j < end ? phraseEndingAt(words, j, RECIPIENT_VERBS, 1) : null;
  const trigger = verb ? firstAccepted(HANDED, c.np, captive) : null;
  return trigger ? { hit: { value: HANDED, length: end - j + 1 }, trigger, end } : { hit: null, trigger: null, end };
}

/**
 * Finds a measure trigger before the candidate's number, over hedges and determiners;
 * `captive`: the sentence or the one before talks of captives, which some triggers need ("received 50 …").
 *
 * @example
 * // sentence "Shelling killed at least 12 civilians", candidate at "12"
 * preTrigger(sentence, candidate)?.measure // → "killed"
 */
export function preTrigger(text: string, c: Candidate, captive: CaptiveTalk = NO_CAPTIVES): PreTriggerHit | null {
  const words = wordsBefore(text, c.qualifierStart, 9);
  let end = words.length;
  let hit: PhraseHit<Trigger[]> | null = null;
  let trigger: Trigger | null = null;
  // Fillers are stepped over one at a time, since a filler may end a trigger ("an exchange of 900").
  for (let k = 0; !trigger; k++) {
    const filler = k < 3 ? phraseEndingAt(words, end, FILLERS, 3) : null;
    if (!filler || ENDS_TRIGGER.has(words[end - 1].lower)) {
      hit = phraseEndingAt(words, end, PRE_TRIGGERS, 3);
      trigger = hit ? firstAccepted(hit.value, c.np, captive) : null;
    }
    if (!filler) break;
    if (!trigger) end -= filler.length;
  }
  if (!trigger) ({ hit, trigger, end } = toRecipient(words, end, c, captive));
  if (!hit || !trigger) return null;
  const first = end - hit.length;
  // "calls for 3 phases and the release of 33": a plan's terms.
  if (isIrrealis(words.slice(Math.max(0, first - 6), first))) return null;
  const phrase = words.slice(first, end).map((w) => w.lower).join(" ");
  const nominal = words[end]?.lower === "of" || / of$/.test(phrase);
  // "a convoy of 40 trucks is expected to cross": a noun's own verb may put it in a plan.
  if (nominal && isIrrealis(wordsAfter(text, c.np.end, 4))) return null;
  // "Israel has lost 400 troops", "Kyiv received 300 soldiers": the subject's own people.
  const owned = LOSS_VERBS.has(phrase) || (trigger.measure === "released" && RETURN_VERBS.has(phrase));
  const group = owned ? ownerGroup(words.slice(Math.max(0, first - 5), first)) : null;
  return {
    measure: trigger.measure, rule: "figures/verb-number-noun", breakdown: trigger.breakdown,
    trigger: [words[first].start, words[end - 1].end], group, nominal,
  };
}
