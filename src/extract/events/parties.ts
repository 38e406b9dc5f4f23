/**
 * The document's main parties, and the doers assumed when a sentence names
 * none: a ceasefire is between the main parties; released hostages were held
 * by the armed group, released prisoners by the state.
 */
import type { ActorMention } from "../../lexicon/actors.js";
import { actorInfo } from "../../lexicon/actors.js";

const BELLIGERENT = new Set(["state", "armed_group"]);
const PLACE_BEFORE = /\b(?:in|at|near|into|to)\s+$/i;

/**
 * The two belligerents mentioned most often (a person counts for the party
 * they act for; a name used as a place does not count); never a fixed pair.
 *
 * @example
 * const text = "Talks in Jeddah. The RSF and Sudan's army fought. Saudi Arabia and the RSF met.";
 * mainParties(findActors(text), text) // → ["Rapid Support Forces", "Sudanese Armed Forces"]
 */
export function mainParties(mentions: ActorMention[], text: string): string[] {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    // "KHARTOUM/JEDDAH —" datelines, "in Jeddah" and "the Saudi city" name places or people, not parties.
    if (m.text.length > 4 && m.text === m.text.toUpperCase()) continue;
    if (m.demonym || PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))) continue;
    const name = m.affiliation ?? m.canonical;
    const kind = m.affiliation ? actorInfo(m.affiliation)?.kind : m.kind;
    if (kind && BELLIGERENT.has(kind)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([name]) => name);
}

const EXCHANGE = /\b(?:exchang\w*|swap\w*|in return for|in exchange for)\b/i;
const HELD_BY_GROUP = /\b(?:hostages?|captives?|abductees?|kidnapped|bod(?:y|ies)|remains)\b/i;
const HELD_BY_STATE = /\b(?:prisoners?|detainees?|inmates?|jails?|prisons?|POWs?)\b/i;

function ofKind(parties: string[], kind: string): string[] {
  const hit = parties.find((p) => actorInfo(p)?.kind === kind);
  return hit ? [hit] : [];
}

/**
 * Who released the captives named in `phrase` (the trigger and the words after it)
 * when the sentence names no doer.
 *
 * @example
 * captorOf("release of 40 prisoners", [], ["Israel", "Hamas"]) // → ["Israel"]
 */
export function captorOf(phrase: string, mentions: ActorMention[], parties: string[]): string[] {
  if (parties.length < 2) return [];
  if (EXCHANGE.test(phrase)) return [...parties];
  if (HELD_BY_STATE.test(phrase)) return ofKind(parties, "state");
  // "the release of 110 Israeli women": the captives' side is not the captor.
  const side = mentions.find((m) => m.demonym && parties.includes(m.canonical));
  if (side) return parties.filter((p) => p !== side.canonical);
  if (HELD_BY_GROUP.test(phrase)) return ofKind(parties, "armed_group");
  return [];
}
