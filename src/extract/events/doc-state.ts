/**
 * What event extraction carries from one sentence to the next: the
 * document's parties, the last subject (for "it"), the last time (for an
 * undated act that continues the previous sentence), and cursors that walk
 * the document's mentions and times in step with its sentences.
 */
import { actorInfo, type ActorMention } from "../../lexicon/actors.js";
import type { Sentence } from "../../text/sentences.js";
import type { EventType, Time } from "../../types.js";
import type { ExtractContext } from "../context.js";
import { namesOf } from "./actor-query.js";
import { eventDateOf } from "./event-date.js";

export interface DocState {
  ctx: ExtractContext;
  parties: string[];
  previousSubject: string[];
  /** The previous subject unless it only reported ("The ICRC said 887 detainees had been freed"): the doer an undone passive inherits. */
  previousDoer: string[];
  /** The last named doers of attacks and of releases: "more strikes hit Kharkiv", "another 357 were freed" continue them. */
  lastDoers: Map<EventType, string[]>;
  /** Time expressions of the current sentence. */
  times: Time[];
  /** The last dated time of the previous sentence of the paragraph: undated past events there continue it. */
  previousTime: Time | null;
}

/** Times of one sentence (ctx.times is in text order); `from` walks forward. */
export function sentenceTimes(all: Time[], from: { i: number }, s: Sentence): Time[] {
  while (from.i < all.length && all[from.i].span[0] < s.start) from.i++;
  const out: Time[] = [];
  for (let i = from.i; i < all.length && all[i].span[0] < s.end; i++) if (all[i].span[1] <= s.end) out.push(all[i]);
  return out;
}

/** Mentions of one sentence with sentence offsets; `from` walks forward through the document's mentions. */
export function relative<M extends { start: number; end: number }>(all: M[], from: { i: number }, s: Sentence): M[] {
  while (from.i < all.length && all[from.i].start < s.start) from.i++;
  const out: M[] = [];
  for (let i = from.i; i < all.length && all[i].start < s.end; i++) {
    const m = all[i];
    if (m.end <= s.end) out.push({ ...m, start: m.start - s.start, end: m.end - s.start });
  }
  return out;
}

/**
 * The subject of a sentence for "it" in the next one: an actor among its first
 * words, not governed by a preposition.
 *
 * @example
 * const doc = new AnalyzedText("Hamas denied the claim.");
 * sentenceSubject(doc.sentences[0], findActors(doc.text)) // → ["Hamas"]
 */
export function sentenceSubject(s: Sentence, mentions: ActorMention[], m = subjectMention(s, mentions)): string[] | null {
  return m ? namesOf(m) : null;
}

const BELLIGERENT = new Set(["state", "armed_group"]);
const BOUND = /\b(?:since|until|till|from)\s*$/i;

/** A subject followed by its speech verb: "The ICRC said", "Kyiv's officials told reporters". */
const REPORTS = /^(?:['’]s?)?(?:\s+[\p{L}-]+){0,3}?\s+(?:said|says|told|reported|announced|stated|added|confirmed)\b/u;

/**
 * The subject of a sentence as the doer of its undone events, or [] when the
 * subject is an outside body (agency, charity, UN) that only reports them.
 *
 * @example
 * const doc = new AnalyzedText("The ICRC said 887 detainees had been freed.");
 * sentenceDoer(doc.sentences[0], findActors(doc.text)) // → []
 */
export function sentenceDoer(s: Sentence, mentions: ActorMention[], m = subjectMention(s, mentions)): string[] | null {
  if (!m) return null;
  const party = m.affiliation ?? m.canonical;
  return REPORTS.test(s.text.slice(m.end, m.end + 50)) && !BELLIGERENT.has(actorInfo(party)?.kind ?? "") ? [] : namesOf(m);
}

/**
 * The actor mention that opens a sentence as its subject, if any; not one inside a relative clause ("The truce that Oman brokered")
 * nor the first half of a compound ("The Britain-based monitor" is no British act).
 */
export function subjectMention(s: Sentence, mentions: ActorMention[]): ActorMention | undefined {
  return mentions.find(
    // An all-capitals name opens a dateline ("KHARTOUM, May 21 —"), not a clause.
    (x) => x.start < 80 && !x.demonym && s.text.charAt(x.end) !== "-" && !(x.text.length > 4 && x.text === x.text.toUpperCase()) && s.text.slice(0, x.start).split(/\s+/).length <= 5 && !/\b(?:in|into|to|from|at|on|of|with|by|for|that|which|whom)\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, x.start - 12), x.start)),
  );
}

/**
 * The last dated time of `s`, if the next sentence is in the same paragraph.
 *
 * @example
 * // doc: "The war began on 7 October 2023. Gunmen took 250 hostages."
 * timeCarriedOn(ctx, doc.sentences[0], [octoberSeventh]) // → octoberSeventh
 */
export function timeCarriedOn(ctx: ExtractContext, s: Sentence, times: Time[]): Time | null {
  // "until February 18" bounds a period; it is not when the next sentence's act happened.
  const dated = times.filter((t) => t.kind === "date" && eventDateOf(t.value, ctx.dct) && !BOUND.test(ctx.doc.text.slice(Math.max(0, t.span[0] - 8), t.span[0])) && !/^(?:since|until|from)\b/i.test(t.text));
  const next = ctx.doc.sentences[s.index + 1];
  const sameParagraph = next !== undefined && !/\n\s*\n/.test(ctx.doc.text.slice(s.end, next.start));
  return sameParagraph && dated.length > 0 ? dated[dated.length - 1] : null;
}
