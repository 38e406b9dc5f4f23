/**
 * Who did it: the doer of an event from the actor mentions around its
 * trigger. Which mention counts depends on the trigger's family (a verb's
 * subject, a noun's modifier, a passive's by-agent).
 */
import type { ActorMention } from "../../lexicon/actors.js";
import { strongStart } from "./clauses.js";
import type { Trigger } from "./triggers.js";

/** A mention governed by a preposition is a place, a target or a counterpart, not a subject. */
const PREPOSITION_BEFORE = /\b(?:in|into|to|from|at|on|against|with|of|for|toward|towards|near|across|over|between|by|under|inside|within|about|behind|than)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+)?$/iu;
const PREPOSITION_RIGHT_BEFORE = /\b(?:in|into|to|from|at|on|against|with|of|for|toward|towards|near|across|over|between|by|under|inside|within|about|behind|than)\s+(?:the\s+)?$/iu;
/** A demonym names a doer only in front of a group or force noun ("Israeli and Hamas groups", "Ukrainian drones"). */
const GROUP_AFTER = /^(?:\s+and\s+|\s+(?:groups?|delegations?|teams?|side|leaders?|negotiators?|mediators?|spokes(?:man|woman|person)|commanders?|envoys?|officials?|authorities|officials|government|forces|troops|soldiers|army|military|navy|units?|drones?|jets|warplanes|aircraft|missiles?|artillery|tanks|police|fighters|militias?|ministry|president|minister)\b)/i;
/** "Sudan's army and the paramilitary RSF": the words between two coordinated subjects. */
const COORDINATED = /^\s+and\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;
/** "Israel's security cabinet approved": a possessor whose noun phrase runs into the verb is its subject. */
const POSSESSOR_OF_SUBJECT = /^['’]s?\s+(?:(?!(?:as|that|which|who|when|and|but|has|have|had|was|were|is|are|said|says|would|will)\b)[\p{Ll}-]+\s+){0,3}$/u;
/** "UN-sponsored negotiations", "US-brokered truce": the compound names the mediator. */
const HYPHEN_AGENT = /^-(?:sponsored|brokered|mediated|led|backed|hosted)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
const SPEECH = /\b(?:said|says|told|reported|announced|claimed|according to|stated)\b/i;
const PRONOUN = /\b(?:it|they|he|she|we|its|their|his|her|the group|the militant group|the movement|the militants)\b/i;

export interface ActorQuery {
  sentence: string;
  trigger: Trigger;
  /** Actor mentions of the sentence, offsets inside the sentence. */
  mentions: ActorMention[];
  /** Subject of the previous sentences, for "it" and "they". */
  previousSubject: string[];
}

/** A person or unit acts for its party: the party is the doer ("Zelensky said" → Ukraine). */
export function namesOf(m: ActorMention): string[] {
  return [m.affiliation ?? m.canonical];
}

function isPrepositional(sentence: string, m: ActorMention): boolean {
  const before = sentence.slice(Math.max(0, m.start - 30), m.start);
  return m.demonym || m.kind === "person" ? PREPOSITION_RIGHT_BEFORE.test(before) : PREPOSITION_BEFORE.test(before);
}

function canBeSubject(sentence: string, m: ActorMention): boolean {
  // "Katz’ comments came as …": a possessive modifies a noun, it is not the subject.
  if (isPrepositional(sentence, m) || /^['’]/.test(sentence.slice(m.end, m.end + 1))) return false;
  return !m.demonym || GROUP_AFTER.test(sentence.slice(m.end, m.end + 20));
}

/** The subject left of `pos`: the nearest candidate, or for "it"/"they" the sentence's first. */
export function subjectBefore(q: ActorQuery, pos: number): string[] {
  const from = strongStart(q.sentence, pos);
  // A name may run into the trigger: "the Israeli negotiation team returned".
  const candidates = q.mentions.filter((m) => m.start < pos && canBeSubject(q.sentence, m));
  const inClause = candidates.filter((m) => m.start >= from);
  const nearest = inClause[inClause.length - 1] ?? candidates[candidates.length - 1];
  if (!nearest) return PRONOUN.test(q.sentence.slice(from, pos)) ? speakerAfterQuote(q) ?? q.previousSubject : [];
  const gap = q.sentence.slice(nearest.end, pos);
  if (PRONOUN.test(gap)) return namesOf(candidates[0]);
  // "The UN said aid trucks entered": the speaker is a source, not the doer.
  if (SPEECH.test(gap)) return [];
  const out = namesOf(nearest);
  // "Israel and Hamas resumed …": a coordinated subject.
  const partner = q.mentions.find((m) => m.end <= nearest.start && COORDINATED.test(q.sentence.slice(m.end, nearest.start)));
  return partner ? [...namesOf(partner), ...out] : out;
}

/** “We will not withdraw,” Zelensky said: the speaker named after a quote is its "we". */
function speakerAfterQuote(q: ActorQuery): string[] | null {
  const quote = /^[^"”]*["”]/.exec(q.sentence.slice(q.trigger.end));
  if (!quote) return null;
  const close = q.trigger.end + quote[0].length;
  const m = q.mentions.find((x) => x.start >= close && x.start - close < 6);
  return m && SPEECH.test(q.sentence.slice(m.end, m.end + 12)) ? namesOf(m) : null;
}

/** "Israeli airstrikes", "Israel's proposal", "the latest US ceasefire plan". */
function modifier(q: ActorQuery): string[] {
  const m = q.mentions.filter((x) => x.end <= q.trigger.start && x.end >= q.trigger.start - 24).pop();
  if (!m) return [];
  const gap = q.sentence.slice(m.end, q.trigger.start);
  // "began with Hamas’ surprise attack": a possessor after a preposition still owns the act.
  if (isPrepositional(q.sentence, m) && !/^['’]/.test(gap)) return [];
  if (HYPHEN_AGENT.test(gap)) return namesOf(m);
  // "Khartoum reported army air strikes": without a possessive, a verb may stand between name and noun.
  if (!/^['’]/.test(gap) && /\p{Ll}ed\s/u.test(gap)) return [];
  // Adjectives may stand between ("Israel's new proposal"), an article or preposition may not ("Hamas rejected the proposal").
  if (/\b(?:the|a|an|this|that|its|their|in|on|at|of|for|with|from|to|by|and|or)\b/i.test(gap)) return [];
  return /^(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(gap) || /^(?:['’]s?)?\s*$/.test(gap) ? namesOf(m) : [];
}

/** "taken hostage by Hamas during its October 7 attack": "its" is the last actor named before it. */
function possessivePronounOwner(q: ActorQuery): string[] {
  const before = q.sentence.slice(Math.max(0, q.trigger.start - 40), q.trigger.start);
  if (!/\b(?:its|their)\s+(?:[\p{L}\d-]+\s+){0,3}$/u.test(before)) return [];
  const m = q.mentions.filter((x) => x.end <= q.trigger.start && !x.demonym).pop();
  return m ? namesOf(m) : [];
}

const GAPS = new Map<string, RegExp>();

/** "… from the ", "… by ": the words between a trigger and its agent, compiled once per preposition list. */
function gapBefore(preps: string): RegExp {
  let re = GAPS.get(preps);
  // "strikes of the war on Beirut": past a second preposition the name belongs to it.
  if (!re) GAPS.set(preps, (re = new RegExp(`^\\s*(?:[\\p{L}-]+\\s+){0,3}?(?:${preps})\\s+(?:the\\s+)?(?:(?!(?:on|in|at|into|against|to|near|over)\\s)[\\p{L}-]+\\s+){0,3}?$`, "iu")));
  return re;
}

/**
 * The mention right after one of `preps` following the trigger ("the proposal
 * from Witkoff"); past a possessive to its head ("of Trump’s envoy Witkoff").
 */
export function after(q: ActorQuery, preps: string): string[] {
  const re = gapBefore(preps);
  const i = q.mentions.findIndex((x) => x.start >= q.trigger.end && x.start - q.trigger.end < 50 && re.test(q.sentence.slice(q.trigger.end, x.start)));
  if (i < 0) return [];
  let m = q.mentions[i];
  const head = q.mentions[i + 1];
  if (head && /^['’]s?\s/.test(q.sentence.slice(m.end, m.end + 3)) && head.start - m.end < 40) m = head;
  return namesOf(m);
}

/**
 * The doers named near a trigger, canonical names, possibly empty.
 *
 * @example
 * const sentence = "Israeli airstrikes hit Rafah.";
 * const [trigger] = findTriggers(sentence);
 * doersOf({ sentence, trigger, mentions: findActors(sentence), previousSubject: [] }) // → ["Israel"]
 */
export function doersOf(q: ActorQuery): string[] {
  const t = q.trigger;
  // "The freeing by Hamas", "aid trucks crossed from Egypt": an agent right after the trigger wins.
  const agent = after(q, t.type === "aid_entry" ? "by|from" : "by");
  if (agent.length > 0 && t.family !== "state") return agent;
  switch (t.family) {
    case "verb": {
      // "Israel’s return to war": a possessive right before a verbal noun is its doer.
      const owner = q.mentions.find((m) => m.end <= t.start && POSSESSOR_OF_SUBJECT.test(q.sentence.slice(m.end, t.start)));
      if (owner) return namesOf(owner);
      // "no UN convoy has reached": the subject is inside the trigger's words.
      const inside = q.mentions.find((m) => m.start >= t.start && m.end <= t.end && !m.demonym && !isPrepositional(q.sentence, m));
      return inside ? namesOf(inside) : subjectBefore(q, t.start);
    }
    case "passive":
      return [];
    case "noun": {
      const own = modifier(q);
      if (own.length > 0) return own;
      const owner = possessivePronounOwner(q);
      if (owner.length > 0) return owner;
      const source = after(q, "from|of");
      if (source.length > 0 || t.needsActor) return source;
      return subjectBefore(q, t.start);
    }
    case "state":
      // "the ceasefire between Israel and Hezbollah took effect": the parties named inside.
      return q.mentions.filter((m) => m.start >= t.start && m.end <= t.end && !m.demonym).flatMap(namesOf);
  }
}
