/**
 * Who did it: the doer of an event from the actor mentions around its
 * trigger. Which mention counts depends on the trigger's family (a verb's
 * subject, a noun's modifier, a passive's by-agent).
 */
import type { ActorMention } from "../../lexicon/actors.js";
import { isPrepositional, namesOf, withPartner, type ActorQuery } from "./actor-query.js";
import { strongStart } from "./clauses.js";
import { after, between, modifier, possessivePronounOwner } from "./phrase-actors.js";

/** A demonym names a doer only in front of a group or force noun ("Israeli and Hamas groups", "Ukrainian drones"). */
const GROUP_AFTER = /^(?:\s+and\s+|\s+(?:groups?|delegations?|teams?|side|leaders?|negotiators?|mediators?|spokes(?:man|woman|person)|commanders?|envoys?|officials?|authorities|officials|government|forces|troops|soldiers|army|military|navy|units?|drones?|(?:guided |glide |cruise |ballistic )?(?:bombs?|missiles?|rockets?)|shells|jets|warplanes|aircraft|missiles?|artillery|tanks|police|fighters|militias?|ministry|president|minister)\b)/i;
/** "Israel's security cabinet approved": a possessor whose noun phrase runs into the verb is its subject. */
const POSSESSOR_OF_SUBJECT = /^['’]s?\s+(?:(?!(?:as|that|which|who|when|and|but|has|have|had|was|were|is|are|said|says|would|will)\b)[\p{Ll}-]+\s+){0,3}$/u;
const OBJECT_OF_SPEECH = /^\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** Words a trigger may open with before its own subject ("no UN convoy has reached"). */
const OPENS_TRIGGER = /^(?:(?:no|the|a|an|its|their)\s+)?$/i;
const BY_BEFORE = /\bby\s+(?:the\s+)?$/i;
const ACCORDING_TO = /\baccording to\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const SPEECH = /\b(?:said|says|told|reported|announced|claimed|according to|stated)\b/i;
/** The speech verb right after the nearest name makes it a speaker; "X did this, according to Y, and did that" does not. */
const SPOKE = /^(?:['’]s?)?\s*(?:[\p{L}-]+\s+){0,5}?(?:said|says|told|reported|announced|claimed|stated)\b/iu;
const SPEAKING_BODY = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:staff|ministry|military|army|government|command|leadership|cabinet|presidency|office|spokes(?:man|woman|person))\s+(?:[\p{Ll}]+\s+){0,3}?(?:denied|denies|acknowledged|admitted|insisted|rejected)\b/u;
/** "Hamas-led gunmen": a force led by the named side acts for it. */
const LED_FORCE = /^-led\s+(?:gunmen|fighters|militants|forces|troops|coalition|militias?|rebels|insurgents)\b/i;
const PRONOUN = /\b(?:it|they|he|she|we|its|their|his|her|the group|the militant group|the movement|the militants)\b/i;

// Every trigger of a sentence asks about the same mentions (fresh objects per sentence): answer each once.
const SUBJECT_CACHE = new WeakMap<ActorMention, boolean>();

function canBeSubject(sentence: string, m: ActorMention): boolean {
  let ok = SUBJECT_CACHE.get(m);
  if (ok === undefined) SUBJECT_CACHE.set(m, (ok = subjectLike(sentence, m)));
  return ok;
}

function subjectLike(sentence: string, m: ActorMention): boolean {
  // "a US-flagged vessel", "Iran-backed militias": the first half of a compound modifies a noun.
  if (isPrepositional(sentence, m)) return false;
  if (sentence.charAt(m.end) === "-") return LED_FORCE.test(sentence.slice(m.end, m.end + 30));
  // "Katz’ comments came as …": a possessive modifies a noun, it is not the subject, unless that noun is a body
  // that speaks for it ("Ukraine's general staff denied").
  if (/^['’]/.test(sentence.slice(m.end, m.end + 1))) return SPEAKING_BODY.test(sentence.slice(m.end, m.end + 60));
  // "according to a senior Ukrainian official": a source, whatever follows.
  if (m.start > 13 && sentence.includes("according to") && ACCORDING_TO.test(sentence.slice(Math.max(0, m.start - 40), m.start))) return false;
  return !m.demonym || GROUP_AFTER.test(sentence.slice(m.end, m.end + 20));
}

/** The subject left of `pos`: the nearest candidate, or for "it"/"they" the sentence's first. */
export function subjectBefore(q: ActorQuery, pos: number): string[] {
  const from = strongStart(q.sentence, pos);
  // A name may run into the trigger: "the Israeli negotiation team returned".
  const candidates = q.mentions.filter((m) => m.start < pos && canBeSubject(q.sentence, m) && !insideAside(q.sentence, m, pos));
  const inClause = candidates.filter((m) => m.start >= from);
  const nearest = inClause[inClause.length - 1] ?? candidates[candidates.length - 1];
  if (!nearest) return PRONOUN.test(q.sentence.slice(from, pos)) ? speakerAfterQuote(q) ?? q.previousSubject : [];
  const gap = q.sentence.slice(nearest.end, pos);
  if (PRONOUN.test(gap)) return namesOf(candidates[0]);
  // "The UN said aid trucks entered": the speaker is a source, not the doer.
  const spoke = SPOKE.exec(gap);
  // "Israel announced a major expansion": the event is the object of the announcing, and its doer is the speaker.
  if (spoke && !OBJECT_OF_SPEECH.test(gap.slice(spoke[0].length))) return [];
  return withPartner(q, nearest);
}

/** "The M23, which the UN says is backed by Rwanda, seized Goma": a name inside a closed relative clause is not the verb's subject. */
function insideAside(sentence: string, m: ActorMention, pos: number): boolean {
  const open = sentence.slice(0, m.start).search(/,\s+(?:which|who)\b[^,]*$/i);
  // The clause closes on a comma followed by the main verb, before the trigger.
  const close = sentence.indexOf(",", m.end);
  return open >= 0 && close >= 0 && close < pos && /^,\s+[a-z]+(?:ed|ook|ew|ent|ung|ame)\b/.test(sentence.slice(close, close + 20));
}

/** “We will not withdraw,” Zelensky said: the speaker named after a quote is its "we". */
function speakerAfterQuote(q: ActorQuery): string[] | null {
  const quote = /^[^"”]*["”]/.exec(q.sentence.slice(q.trigger.end));
  if (!quote) return null;
  const close = q.trigger.end + quote[0].length;
  const m = q.mentions.find((x) => x.start >= close && x.start - close < 6);
  return m && SPEECH.test(q.sentence.slice(m.end, m.end + 12)) ? namesOf(m) : null;
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
  if (t.doerInside) return q.mentions.filter((m) => m.start >= t.start && m.end <= t.end).flatMap(namesOf);
  // "The freeing by Hamas", "aid trucks crossed from Egypt": an agent right after the trigger wins.
  const agent = after(q, t.type === "aid_entry" ? "by|from" : "by|blamed on");
  if (agent.length > 0 && t.family !== "state") return agent;
  // "The accord, brokered by Qatar, was announced": the agent may stand inside a long trigger.
  const inner = q.mentions.find((m) => m.start > t.start && m.end <= t.end && BY_BEFORE.test(q.sentence.slice(Math.max(t.start, m.start - 12), m.start)));
  if (inner && t.family !== "state") return namesOf(inner);
  switch (t.family) {
    case "verb": {
      // "Israel’s return to war": a possessive right before a verbal noun is its doer.
      const owner = q.mentions.find((m) => m.end <= t.start && POSSESSOR_OF_SUBJECT.test(q.sentence.slice(m.end, t.start)));
      if (owner) return namesOf(owner);
      // "no UN convoy has reached": the subject is inside the trigger's words.
      const inside = q.mentions.find((m) => m.start >= t.start && m.end <= t.end && !m.demonym && OPENS_TRIGGER.test(q.sentence.slice(t.start, m.start)));
      return inside ? namesOf(inside) : subjectBefore(q, t.start);
    }
    case "passive":
      return [];
    case "noun": {
      const own = modifier(q);
      if (own.length > 0) return own;
      const pair = between(q);
      if (pair.length > 0) return pair;
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
