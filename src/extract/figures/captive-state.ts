/**
 * Rule "figures/captive-state": captives counted as dead or alive are a
 * stock of captives, not a death toll ("33 of the hostages are dead",
 * "59 hostages remain, 24 of whom are believed to be alive").
 */
import type { Measured } from "./candidate.js";
import { countedSubject } from "./accepts.js";
import { CONDITIONS } from "./lexicon.js";

const STATE_AFTER = new RegExp(`^[^,;.]{0,40}?\\b(${[...CONDITIONS.keys()].join("|")})\\b`, "i");

/**
 * Turns a count of captives stated as dead or alive into held_captive with
 * that condition; `last` is the figure before it in the same sentence.
 *
 * @example
 * // "Of the 120 hostages still held, 40 are believed dead" → the 40 becomes held_captive, dead
 */
export function asCaptiveState(text: string, m: Measured, last: Measured | null): Measured {
  const np = m.c.np;
  const captive = countedSubject(np, m.measure) === "hostages" && np.subject !== null || last?.measure === "held_captive";
  if (!captive || (np.kind !== "bare" && !np.partitive && np.subject !== "hostages")) return m;
  const state = STATE_AFTER.exec(text.slice(np.end, np.end + 60))?.[1].toLowerCase();
  if (!state) return m;
  const condition = CONDITIONS.get(state) ?? null;
  const intransitiveDeath = m.measure === "killed" && m.trigger !== null
    && CONDITIONS.get(text.slice(m.trigger[0], m.trigger[1]).toLowerCase()) === "dead";
  if (m.measure !== "held_captive" && !intransitiveDeath) return m;
  np.condition = condition;
  return { ...m, measure: "held_captive", rule: m.measure === "held_captive" ? m.rule : "figures/captive-state" };
}
