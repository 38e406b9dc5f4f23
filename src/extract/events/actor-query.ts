/**
 * What every doer rule asks about a trigger: its sentence, its actor
 * mentions, and whether a mention is governed by a preposition.
 */
import type { ActorMention } from "../../lexicon/actors.js";
import type { Trigger } from "./triggers.js";

/** A mention governed by a preposition is a place, a target or a counterpart, not a subject. */
const PREPOSITION_BEFORE = /\b(?:in|into|to|from|at|on|against|with|of|for|toward|towards|near|across|over|between|by|under|inside|within|about|behind|than)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+)?$/iu;
const PREPOSITION_RIGHT_BEFORE = /\b(?:in|into|to|from|at|on|against|with|of|for|toward|towards|near|across|over|between|by|under|inside|within|about|behind|than)\s+(?:the\s+)?$/iu;

/** "Gunmen from the Viv Ansanm coalition", "Insurgents led by HTS": a force noun whose party the phrase names. */
const FORCE_OF = /\b(?:gunmen|fighters|militants|militiamen|mediators|troops|forces|soldiers|insurgents|rebels|units|envoys|negotiators)\s+(?:from|of|led by)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/iu;

export interface ActorQuery {
  sentence: string;
  trigger: Trigger;
  /** Actor mentions of the sentence, offsets inside the sentence. */
  mentions: ActorMention[];
  /** Subject of the previous sentences, for "it" and "they". */
  previousSubject: string[];
}

/**
 * A person or unit acts for its party: the party is the doer.
 *
 * @example
 * namesOf(findActors("Zelensky said")[0]) // → ["Ukraine"]
 */
export function namesOf(m: ActorMention): string[] {
  return [m.affiliation ?? m.canonical];
}

/** "Sudan's army and the paramilitary RSF": the words between two coordinated subjects. */
const COORDINATED = /^\s+and\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/**
 * The names of a subject mention with the one coordinated before it ("Israel and Hamas resumed …").
 *
 * @example
 * const sentence = "Russia and Ukraine met.";
 * const mentions = findActors(sentence);
 * withPartner({ sentence, trigger, mentions, previousSubject: [] }, mentions[1]) // → ["Russia", "Ukraine"]
 */
export function withPartner(q: ActorQuery, m: ActorMention): string[] {
  const partner = q.mentions.find((x) => x.end <= m.start && COORDINATED.test(q.sentence.slice(x.end, m.start)));
  return partner ? [...namesOf(partner), ...namesOf(m)] : namesOf(m);
}

/**
 * True when a preposition governs the mention: it is then a place, a target or a counterpart.
 *
 * @example
 * isPrepositional("Drones hit Kyiv.", findActors("Drones hit Kyiv.")[0]) // → false
 * isPrepositional("Drones flew to Kyiv.", findActors("Drones flew to Kyiv.")[0]) // → true
 */
export function isPrepositional(sentence: string, m: ActorMention): boolean {
  const before = sentence.slice(Math.max(0, m.start - 30), m.start);
  if (FORCE_OF.test(before)) return false;
  return m.demonym || m.kind === "person" ? PREPOSITION_RIGHT_BEFORE.test(before) : PREPOSITION_BEFORE.test(before);
}

