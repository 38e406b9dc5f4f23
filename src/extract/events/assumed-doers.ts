/**
 * Doers assumed when a sentence names none: released captives were held by
 * the side their kind says (hostages by the armed group, prisoners by the
 * state), an unnamed attack continues the last attacker, a truce is between
 * the sides last named as making one, else between the document's parties.
 */
import lexicon from "../../lexicon/event-triggers.json" with { type: "json" };
import { actorInfo, type ActorMention } from "../../lexicon/actors.js";
import type { Sentence } from "../../text/sentences.js";
import type { EventType } from "../../types.js";
import { namesOf } from "./actor-query.js";
import type { DocState } from "./doc-state.js";
import type { Candidate } from "./merge.js";
import { captorOf } from "./parties.js";
import type { Trigger } from "./triggers.js";

export const CAPTIVES: ReadonlySet<EventType> = new Set(["release", "remains_returned"]);
/** Acts of both sides together: with no doer named, the document's two parties did them. */
const PARTIES_ACT: ReadonlySet<EventType> = new Set(["ceasefire_start", "ceasefire_end", "ceasefire_extension", "agreement", "talks"]);
/** "…; al-Shabaab claimed the attack the same day": the claimant named later in the sentence is the doer. */
const CLAIMED = /^(?:['’]s?)?\s+(?:\w+\s+){0,2}?claimed (?:responsibility for )?(?:the|this|that|it)\b/;
const INSURGENT_METHOD = new RegExp(`\\b(?:${lexicon.insurgentMethods.join("|")})\\b`, "i");
const TRUCE: ReadonlySet<EventType> = new Set(["ceasefire_start", "ceasefire_end", "ceasefire_extension"]);

/**
 * The doers of an event whose sentence names none, possibly empty.
 *
 * @example
 * // after "Russia and Ukraine agreed a truce.": "The truce took effect on Monday."
 * assumedDoers(st, sentence, tookEffect, []) // → ["Russia", "Ukraine"]
 */
export function assumedDoers(st: DocState, s: Sentence, t: Trigger, mentions: ActorMention[]): string[] {
  if (CAPTIVES.has(t.type)) {
    // The captives may stand before a passive ("318 detainees were released") or after the verb.
    const phraseStart = Math.max(0, t.start - 60);
    const phraseEnd = Math.min(s.text.length, t.end + 60);
    const near = mentions.filter((m) => m.start >= phraseStart && m.end <= phraseEnd);
    const captor = captorOf(s.text.slice(phraseStart, phraseEnd), near, st.parties);
    return captor.length > 0 ? captor : st.lastDoers.get(t.type) ?? [];
  }
  if (t.type === "attack") {
    const claimant = mentions.find((m) => m.start >= t.end && CLAIMED.test(s.text.slice(m.end, m.end + 50)));
    if (claimant) return namesOf(claimant);
    // A roadside bomb or a suicide bomber is the insurgents' way of fighting, not the state's: the last attacker may be the state.
    const group = st.parties.filter((p) => actorInfo(p)?.kind === "armed_group");
    if (group.length > 0 && INSURGENT_METHOD.test(s.text)) return group.slice(0, 1);
    return st.lastDoers.get(t.type) ?? [];
  }
  if (t.type === "hostage_taking") return st.parties.filter((p) => actorInfo(p)?.kind === "armed_group").slice(0, 1);
  // A truce is between the sides last named as making one ("Israel and Iran agreed to a ceasefire"), else the main parties.
  if (TRUCE.has(t.type)) return st.lastDoers.get("agreement") ?? st.parties;
  if (PARTIES_ACT.has(t.type)) return st.parties;
  return [];
}

/**
 * Keeps a candidate's named doers for the undone events that follow: the
 * last attacker, the last releaser, and the sides of a truce (two or more
 * named doers, not the mediators of "brokered by"), kept under "agreement".
 *
 * @example
 * rememberDoers(st, agreedCandidate, "agreed to a truce") // st.lastDoers.get("agreement") → ["Israel", "Iran"]
 */
export function rememberDoers(st: DocState, c: Candidate, triggerWords: string): void {
  if (c.actors.length > 0 && ((c.type === "attack" && !c.actorsAssumed) || CAPTIVES.has(c.type))) st.lastDoers.set(c.type, c.actors);
  if ((c.type === "agreement" || TRUCE.has(c.type)) && !c.actorsAssumed && c.actors.length > 1 && !/brokered|mediated/i.test(triggerWords)) st.lastDoers.set("agreement", c.actors);
}
