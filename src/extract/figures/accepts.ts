/** Whether a trigger may count what a noun phrase names ("took 20 hostages", not "took 20 towns"). */
import type { Measure, Subject } from "../../types.js";
import { MEASURE_DEFAULTS, type Trigger } from "./lexicon.js";
import type { NounPhrase } from "./noun-phrase.js";

/** The subject a trigger sees: the counted noun, or the measure's default for a bare count. */
export function countedSubject(np: NounPhrase, measure: Measure): Subject {
  if (np.compound || np.bodies || !np.subject) return MEASURE_DEFAULTS[measure];
  return np.subject;
}

/** Asked only when a trigger needs it: does the sentence or the one before talk of captives? */
export type CaptiveTalk = () => boolean;
export const NO_CAPTIVES: CaptiveTalk = () => false;

/**
 * True when the trigger's `requires` list admits the phrase. `captive` says the
 * sentence or the one before talks of captives, which `captiveOnly` triggers need
 * ("1,000 soldiers came home" after a swap). A bare count never names trucks.
 *
 * @example
 * accepts({ measure: "taken_captive", requires: new Set(["hostages"]) }, np) // np = "20 hostages" → true
 */
export function accepts(trigger: Trigger, np: NounPhrase, captive: CaptiveTalk = NO_CAPTIVES): boolean {
  if (np.kind === "other" || (trigger.bodiesOnly && !np.bodies) || (trigger.captiveOnly && !captive())) return false;
  if (!trigger.requires) return true;
  if (np.bodies) return true;
  const subject = countedSubject(np, trigger.measure);
  // "250,000 who crossed into …": people, unless trucks are named.
  if (subject === "trucks" && np.subject !== "trucks") return false;
  return trigger.requires.has(subject);
}

/**
 * The first of a phrase's triggers that admits the phrase.
 *
 * @example
 * firstAccepted(POST_TRIGGERS.get("rescued")!, np) // "four hostages" → released; "50 residents" → evacuated
 */
export function firstAccepted(triggers: Trigger[], np: NounPhrase, captive: CaptiveTalk = NO_CAPTIVES): Trigger | null {
  return triggers.find((t) => accepts(t, np, captive)) ?? null;
}
