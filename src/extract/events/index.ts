/**
 * Event extraction (SPEC §1 Event): trigger words from the lexicon, then for
 * each trigger its modality, date, doers and place, then one event per
 * real-world event of the document.
 */
import lexicon from "../../lexicon/event-triggers.json" with { type: "json" };
import { findActors, type ActorMention } from "../../lexicon/actors.js";
import type { PlaceMention } from "../../lexicon/places.js";
import { endsWithStop, type Sentence } from "../../text/sentences.js";
import type { Event, EventType } from "../../types.js";
import type { ExtractContext } from "../context.js";
import { dateSegments } from "./clauses.js";
import { CAPTIVES, assumedDoers, rememberDoers } from "./assumed-doers.js";
import { relative, sentenceDoer, sentenceSubject, sentenceTimes, subjectMention, timeCarriedOn, type DocState } from "./doc-state.js";
import { doersOf } from "./event-actors.js";
import { eventDate, eventDateOf } from "./event-date.js";
import { eraOf, isMultiDay, isSpellBefore, stateVerbStart } from "./event-scope.js";
import { withGenericForces } from "./generic-forces.js";
import { mergeRestatements, type Candidate } from "./merge.js";
import { isDenied, isHabitual, isPresentState, modalityOf } from "./modality.js";
import { mainParties } from "./parties.js";
import { after } from "./phrase-actors.js";
import { documentPlaces, placeOf } from "./place.js";
import { findTriggers, type Trigger } from "./triggers.js";

/** Opening sentences tell the news of the day: their undated events get the DCT. */
const LEAD_SENTENCES = 3;
/** Event types whose doer a ceasefire in the same clause inherits ("collapsed when Israel bombarded Gaza"). */
const LINKING: ReadonlySet<EventType> = new Set(["attack", "ground_operation", "ceasefire_end", "withdrawal"]);
const EXCHANGE = /\b(?:exchang\w*|swap\w*)\b/i;
/** Types whose negation is a state that holds at publication ("has not withdrawn"). */
const STATE_LIKE: ReadonlySet<EventType> = new Set(["withdrawal", "aid_entry"]);
const PERFECT = /\b(?:has|have|had)\b/i;
/** Orders and closures told in the present perfect ("have been told to leave", "have stopped aid trucks") still stand at publication. */
/** "No negotiations between A and B are under way": the state verb may sit past a long subject. */
const UNDER_WAY = /^[^,;.]*?\b(?:is|are)\s+(?:now\s+|currently\s+|still\s+)?(?:under\s?way|ongoing|taking place|being held)\b/i;
const STANDING: ReadonlySet<EventType> = new Set(["evacuation_order", "aid_blockade"]);
const PRESENT_PERFECT = /\b(?:has|have)\s+(?:(?:now|already|also)\s+)?(?:been\s+)?$/i;
/** "has still not accepted", "is yet to accept": an answer still awaited, not a refusal. */
const PENDING = /\b(?:(?:has|have|had)\s+(?:still\s+|yet\s+)?not|(?:has|have|had)n[’']t|(?:is|are)\s+yet\s+to|still\s+not)\s+(?:formally\s+|officially\s+)?$/i;
/** "said that the truce would be extended": the announcement of an extension is the extension. */
const ANNOUNCED = /\b(?:said|announced|declared|confirmed|stated)\b[^.;"“]{0,50}?\bthat\b[^.;"“]*$/i;
/** "was killed in a drone strike", "was hit during shelling": a victim's passive names no doer, and none carries over. */
const SUFFERED = /\b(?:was|were|been|being)\s+(?:\w+\s+)?(?:in|during|by|under)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/i;
/** Night words that the time stage leaves out: in the news of the day they mean the night before publication. */
/** "… struck Kyiv in an overnight assault that killed 12", "…, an assault that …": the noun names the sentence's own act again. */
const RESTATING = /(?:,|\bin)\s+(?:an?|the)\s+(?:[\w-]+\s+)?$/i;
/** "The attack came hours before …", "a hand in the assault": a bare definite noun points back at an act already told. */
const ANAPHOR = /\b(?:the|this|that)\s+$/i;
/** "the attack on the port", "the assault by …": a noun with its own target or doer tells which act it is. */
const DESCRIBED = /^\s+(?:on|against|in|at|near|by|of|that|which)\b/i;
const HEADING = /^[\s\-–•*]*$/;
const AFTER_THE = /(?:^|\n)[\s\-–•*]*(?:following|after|since|during|amid) the\s+$/i;
const COMBAT: ReadonlySet<EventType> = new Set(["attack", "ground_operation"]);
const LAST_NIGHT = new RegExp(`\\b(?:${lexicon.lastNight.join("|")})\\b`, "i");

function candidateOf(st: DocState, s: Sentence, t: Trigger, mentions: ActorMention[], places: PlaceMention[]): Candidate | null {
  let modality = modalityOf(s.text, t);
  if (t.negates && modality !== "hypothetical") modality = "negated";
  if (t.type === "ceasefire_extension" && modality === "planned" && ANNOUNCED.test(s.text.slice(0, t.start))) modality = "asserted";
  let stance = t.stance;
  // "will no longer accept interim deals" is a rejection, not a negated acceptance.
  if (t.type === "proposal_response" && stance === "accepted" && modality === "negated" && !PENDING.test(s.text.slice(Math.max(0, t.start - 30), t.start))) {
    stance = "rejected";
    modality = "asserted";
  }
  const q = { sentence: s.text, trigger: t, mentions, previousSubject: st.previousSubject };
  let actors = doersOf(q);
  if (t.needsActor && actors.length === 0) return null;
  if (t.type === "agreement") actors = [...new Set([...actors, ...after(q, "with")])];
  const assumed = actors.length === 0;
  const suffered = t.type === "attack" && t.family === "noun" && SUFFERED.test(s.text.slice(Math.max(0, t.start - 60), t.start));
  if (assumed && !suffered) actors = assumedDoers(st, s, t, mentions);
  // Who held released captives is a guess from the captives' kind; the last attacker continuing is told by the text.
  const guessed = assumed && actors.length > 0;
  // "Two captives were freed on Sunday": a sentence that names no one continues the last doer; one that names a speaker does not.
  if (actors.length === 0 && !suffered && t.type !== "aid_entry" && !mentions.some((m) => m.end <= t.start)) actors = st.previousDoer;
  // An exchange has two sides whoever is named as its subject.
  if (t.type === "release" && EXCHANGE.test(s.text.slice(t.start, t.end + 60))) actors = [...new Set([...actors.filter((a) => st.parties.includes(a)), ...st.parties])];
  const nominal = t.type === "proposal" && t.family === "noun";
  const habitual = isHabitual(s.text, t) || (!t.startsSince && countsSince(st, s));
  // "had not withdrawn", "no convoy has reached": a presence or passage that is still missing today.
  const missingNow = modality === "negated" && STATE_LIKE.has(t.type) && PERFECT.test(s.text.slice(Math.max(0, t.start - 40), t.end));
  // "No formal negotiations are under way": a denied present state holds today.
  const deniedNow = modality === "negated" && t.type === "talks" && t.family === "noun" && UNDER_WAY.test(s.text.slice(t.end, t.end + 80));
  const standing = modality === "asserted" && STANDING.has(t.type) && PRESENT_PERFECT.test(s.text.slice(Math.max(0, t.start - 30), t.start) + s.text.slice(t.start, t.end).replace(/\s*\b(?:told|ordered|instructed|stopped|blocked|halted|cut|closed)\b.*$/is, " "));
  const era = eraOf(s.text, s.start, t, st.times);
  // "The war began in 2014, when …": a clause about another year is not today's news.
  const past = era !== null && era !== st.ctx.dct?.slice(0, 4);
  const current = missingNow || deniedNow || standing ? "present" : modality !== "asserted" || nominal || habitual || past ? null
    : isPresentState(s.text, t) ? "present" : s.index < LEAD_SENTENCES ? "lead" : null;
  const spell = t.type === "talks" && isSpellBefore(s.text, t);
  const when = eventDate({
    sentence: s.text, sentenceStart: s.start, start: t.family === "state" ? stateVerbStart(s.text.slice(t.start, t.end), t.start) : t.start, end: t.end,
    times: st.times, dct: st.ctx.dct, useSpeechTime: (modality === "asserted" || t.negates) && !nominal, current, nominal,
    spell, startsSince: t.startsSince,
  });
  if (when.date === null && modality === "asserted" && st.ctx.dct && atLastNight(s.text, t)) {
    when.date = st.ctx.dct;
    when.stated = true;
  }
  const multiDay = CAPTIVES.has(t.type) && isMultiDay(s.text);
  if (when.date && (multiDay || spell)) when.date = when.date.slice(0, 7);
  // Only a told act continues the last sentence's time; a named state ("the truce") is more often a look back, a named year another time.
  // A denial answers the act the last sentence told: "The group denied carrying out the killings."
  const toldOrDenied = modality === "asserted" || (modality === "negated" && isDenied(s.text, t));
  if (when.date === null && !era && toldOrDenied && !habitual && (t.family === "verb" || t.family === "passive") && st.times.length === 0 && st.previousTime) {
    when.date = eventDateOf(st.previousTime.value, st.ctx.dct);
    when.dateText = st.previousTime.text;
  }
  const targets = after(q, "on|against|into|at|toward|towards|with|to").filter((x) => !actors.includes(x));
  return {
    type: t.type, date: when.date, date_text: when.dateText, actors: [...new Set(actors)], targets,
    place: placeOf(s.text, t.start, t.end, places), modality, ...(stance ? { stance } : {}),
    span: [s.start + t.start, s.start + t.end], sentence: s.text, rule: `events/${t.type}-${t.family}`,
    dateStated: when.stated, habitual, multiDay, era: era ?? when.date?.slice(0, 4) ?? null, actorsAssumed: assumed && (t.family === "state" || actors === st.parties || (guessed && CAPTIVES.has(t.type))),
  };
}

/** "Since October 7, 14,800 people have been killed after Israel launched attacks": a campaign, not one day's act. */
function countsSince(st: DocState, s: Sentence): boolean {
  return st.times.some((t) => /\bsince\s*$/i.test(s.text.slice(Math.max(0, t.span[0] - s.start - 8), t.span[0] - s.start)) || /^since\b/i.test(t.text));
}

/** "Overnight, Russia launched …", "… destroyed 29 drones during the night": the trigger's clause or the sentence's opening names the night. */
function atLastNight(sentence: string, t: Trigger): boolean {
  const segments = dateSegments(sentence);
  const own = segments.find((g) => t.start >= g.start && t.start < g.end);
  return [segments[0], own].some((g) => g !== undefined && LAST_NIGHT.test(sentence.slice(g.start, g.end)));
}

/** An attack noun that is no new event: a restatement of the sentence's own act, or an anaphor of one already told. */
function retold(sentence: string, t: Trigger, triggers: Trigger[], told: Candidate[]): boolean {
  if (!COMBAT.has(t.type) || t.family !== "noun") return false;
  // "Strikes in the heart of Beirut": a section heading names the topic of what follows.
  if (HEADING.test(sentence.slice(0, t.start)) && !endsWithStop(sentence)) return true;
  // "Following the offensive, …": an opening that points back at an operation already told.
  if (t.type === "ground_operation") return AFTER_THE.test(sentence.slice(Math.max(0, t.start - 30), t.start)) && told.some((c) => c.type === t.type);
  const before = sentence.slice(Math.max(0, t.start - 40), t.start);
  if (RESTATING.test(before) && triggers.some((o) => o.end <= t.start && o.family === "verb" && COMBAT.has(o.type))) return true;
  return ANAPHOR.test(before) && !DESCRIBED.test(sentence.slice(t.end, t.end + 12)) && told.some((c) => COMBAT.has(c.type));
}

/** A ceasefire that ended "when Israel bombarded Gaza" takes the bombardment's doer. */
function linkStates(found: Array<{ t: Trigger; c: Candidate }>, sentence: string): void {
  for (const { t, c } of found) {
    // A start is not caused by the act next to it ("has not struck Beirut since the truce took hold").
    if (t.family !== "state" || c.type === "ceasefire_start") continue;
    const link = found.find(
      (o) => o.c !== c && LINKING.has(o.c.type) && !o.c.actorsAssumed && o.c.actors.length > 0 &&
        Math.abs(o.t.start - t.end) < 60 && !/[,;.]/.test(sentence.slice(Math.min(t.end, o.t.start), Math.max(t.end, o.t.start))),
    );
    if (link) {
      c.actors = [...link.c.actors];
      c.actorsAssumed = false;
    }
  }
}

/**
 * Events of one document, one per real-world event, in order of first mention.
 * Never throws: a failure yields no events.
 *
 * @example
 * const doc = new AnalyzedText("Russian forces shelled Kharkiv on Monday.");
 * extractEvents({ doc, dct: "2024-05-08", times: [{ text: "on Monday", value: "2024-05-06", kind: "date",
 *   span: [31, 40], sentence: doc.text, rule: "times/weekday" }] })
 * // → [{ type: "attack", date: "2024-05-06", actors: ["Russia"], modality: "asserted", … }]
 */
export function extractEvents(ctx: ExtractContext): Event[] {
  try {
    const all = withGenericForces(ctx.doc.text, findActors(ctx.doc.text));
    const st: DocState = { ctx, parties: mainParties(all, ctx.doc.text), previousSubject: [], previousDoer: [], lastDoers: new Map(), times: [], previousTime: null };
    const candidates: Candidate[] = [];
    const cursor = { i: 0 };
    const timeCursor = { i: 0 };
    for (const s of ctx.doc.sentences) {
      st.times = sentenceTimes(ctx.times, timeCursor, s);
      const mentions = relative(all, cursor, s);
      const triggers = findTriggers(s.text);
      // The gazetteer is the costliest scan: run it only on sentences that tell an event.
      const places = triggers.length > 0 ? documentPlaces(s.text) : [];
      const found: Array<{ t: Trigger; c: Candidate }> = [];
      for (const t of triggers) {
        if (retold(s.text, t, triggers, candidates)) continue;
        const c = candidateOf(st, s, t, mentions, places);
        if (!c) continue;
        found.push({ t, c });
        rememberDoers(st, c, s.text.slice(t.start, t.end + 4));
      }
      linkStates(found, s.text);
      candidates.push(...found.map((f) => f.c));
      const subject = subjectMention(s, mentions);
      st.previousSubject = sentenceSubject(s, mentions, subject) ?? st.previousSubject;
      st.previousDoer = sentenceDoer(s, mentions, subject) ?? st.previousDoer;
      st.previousTime = timeCarriedOn(ctx, s, st.times);
    }
    return mergeRestatements(candidates).map(({ dateStated: _d, actorsAssumed: _a, habitual: _h, multiDay: _m, era: _e, ...e }) => e);
  } catch {
    return [];
  }
}
