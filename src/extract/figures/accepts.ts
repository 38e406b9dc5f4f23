/** Whether a trigger may count what a noun phrase names ("took 20 hostages", not "took 20 towns"). */
import type { Measure, Subject } from "../../types.js";
import { MEASURE_DEFAULTS, type Trigger } from "./lexicon.js";
import type { NounPhrase } from "./noun-phrase.js";

/** The subject a trigger sees: the counted noun, or the measure's default for a bare count. */
export function countedSubject(np: NounPhrase, measure: Measure): Subject {
  if (np.compound || np.bodies || !np.subject) return MEASURE_DEFAULTS[measure];
  return np.subject;
}

/**
 * True when the trigger's `requires` list admits the phrase.
 *
 * @example
 * accepts({ measure: "taken_captive", requires: new Set(["hostages"]) }, np) // np = "20 hostages" → true
 */
export function accepts(trigger: Trigger, np: NounPhrase): boolean {
  if (np.kind === "other" || (trigger.bodiesOnly && !np.bodies)) return false;
  if (!trigger.requires) return true;
  if (np.bodies) return true;
  return trigger.requires.has(countedSubject(np, trigger.measure));
}

/**
 * The first of a phrase's triggers that admits the phrase.
 *
 * @example
 * firstAccepted(POST_TRIGGERS.get("rescued")!, np) // "four hostages" → released; "50 residents" → evacuated
 */
export function firstAccepted(triggers: Trigger[], np: NounPhrase): Trigger | null {
  return triggers.find((t) => accepts(t, np)) ?? null;
}
