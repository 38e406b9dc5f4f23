/**
 * Doers named inside the noun phrase of a trigger: a modifier ("Israeli
 * airstrikes", "UN-sponsored talks"), both sides after "between", the owner
 * of "its", or the name after a preposition ("the proposal from Witkoff").
 */
import { isPrepositional, namesOf, withPartner, type ActorQuery } from "./actor-query.js";

/** "UN-sponsored negotiations", "US-brokered truce": the compound names the mediator. */
const HYPHEN_AGENT = /^-(?:sponsored|brokered|mediated|led|backed|hosted)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
const BETWEEN = /^\s+between\s/;

/**
 * The actor that modifies a noun trigger: "Israeli airstrikes", "Israel's proposal", "the latest US ceasefire plan".
 *
 * @example
 * modifier({ sentence: "Russian drone strikes hit Odesa.", trigger, mentions: findActors("Russian drone strikes hit Odesa."), previousSubject: [] }) // → ["Russia"]
 */
export function modifier(q: ActorQuery): string[] {
  const m = q.mentions.filter((x) => x.end <= q.trigger.start && x.end >= q.trigger.start - 24).pop();
  if (!m) return [];
  const gap = q.sentence.slice(m.end, q.trigger.start);
  if (HYPHEN_AGENT.test(gap)) return namesOf(m);
  // "began with Hamas’ surprise attack": a possessor after a preposition still owns the act.
  // "agreed to a US proposal": the name in an answered proposal is its maker, not a target.
  const answered = q.trigger.type === "proposal" && /\bto\s+(?:a|an|the)\s+$/i.test(q.sentence.slice(Math.max(0, m.start - 8), m.start));
  if (isPrepositional(q.sentence, m) && !/^['’]/.test(gap) && !answered) return [];
  // "Khartoum reported army air strikes": without a possessive, a verb may stand between name and noun.
  if (!/^['’]/.test(gap) && /\p{Ll}ed\s/u.test(gap)) return [];
  // Adjectives may stand between ("Israel's new proposal"), an article or preposition may not ("Hamas rejected the proposal").
  if (/\b(?:the|a|an|this|that|its|their|in|on|at|of|for|with|from|to|by|and|or)\b/i.test(gap)) return [];
  return /^(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(gap) || /^(?:['’]s?)?\s*$/.test(gap) ? namesOf(m) : [];
}

/**
 * Both sides named after the noun: "talks between Kinshasa and the M23".
 *
 * @example
 * between({ sentence: "Talks between Kinshasa and the M23 resumed.", trigger, mentions: findActors("Talks between Kinshasa and the M23 resumed."), previousSubject: [] }) // → ["DR Congo", "M23"]
 */
export function between(q: ActorQuery): string[] {
  if (!BETWEEN.test(q.sentence.slice(q.trigger.end, q.trigger.end + 12))) return [];
  const near = q.mentions.filter((m) => m.start >= q.trigger.end && m.start - q.trigger.end < 60);
  const first = near[0];
  if (!first || !/^\s+between\s+(?:the\s+)?$/.test(q.sentence.slice(q.trigger.end, first.start))) return [];
  const second = near.find((m) => m.start >= first.end && /^\s+and\s+(?:the\s+)?$/.test(q.sentence.slice(first.end, m.start)));
  return second ? [...namesOf(first), ...namesOf(second)] : [];
}

/**
 * The owner of "its" before a noun trigger: the last actor named before it.
 *
 * @example
 * possessivePronounOwner({ sentence: "The RSF said its offensive had begun.", trigger, mentions: findActors("The RSF said its offensive had begun."), previousSubject: [] }) // → ["Rapid Support Forces"]
 */
export function possessivePronounOwner(q: ActorQuery): string[] {
  const before = q.sentence.slice(Math.max(0, q.trigger.start - 40), q.trigger.start);
  if (!/\b(?:its|their)\s+(?:[\p{L}\d-]+\s+){0,3}$/u.test(before)) return [];
  const m = q.mentions.filter((x) => x.end <= q.trigger.start && !x.demonym).pop();
  // "Russia and Ukraine held their first talks": "their" is the whole coordinated subject.
  return m ? withPartner(q, m) : [];
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
 *
 * @example
 * after({ sentence: "The proposal from Qatar was rejected.", trigger, mentions: findActors("The proposal from Qatar was rejected."), previousSubject: [] }, "from|of") // → ["Qatar"]
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
