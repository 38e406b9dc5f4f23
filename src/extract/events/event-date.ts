/**
 * Dates an event from the time expression of its clause (SPEC §1 Event.date:
 * a day, a month, or null).
 */
import type { Time } from "../../types.js";
import { dateSegments, type DateSegment } from "./clauses.js";

export interface EventDate {
  date: string | null;
  dateText: string | null;
  /** False when the date is the publication day assumed for an undated present state. */
  stated: boolean;
}

/** "said Friday", "told CNN on Thursday": the time of the statement, not of what it reports. */
const SPEECH_TIME = /\b(?:said|says|told(?: [\p{L}’'.]+){0,3}|announced|stated|statement|interview|claimed|added|posted|reported|declared|warned)\s*$/u;
/** "on Thursday accused Israel of …": the time of the accusation. */
const SPEECH_NEXT = /^\s*(?:said|says|told|announced|stated|claimed|accused|warned|declared|posted|reported)\b/;
/** Clauses that tell of another time than the sentence's ("since the truce collapsed", "before Israel renewed attacks"). */
const SUBORDINATE = /^\W*(?:since|after|before|until|unless|if|because|although|though|while)\b/i;
/** "the offensive, which began on 1 October": a clause that tells when the named thing started or was made. */
const ITS_START = /^\W*(?:which|that)\s+(?:(?:was|were|had been|has been)\s+)?(?:began|begun|started|launched|erupted|opened|reached|signed|agreed|brokered|announced|took effect|came into (?:force|effect))\b/i;
const RELATIVE = /^\W*(?:that|which|who|when|after|before|until|since|because|if|unless)\b/i;
/** A non-restrictive relative clause set off by commas: its own act, its own time. */
const WHICH_CLAUSE = /^\W*(?:which|who)\b/i;
/** A clause that opens on a finite verb: the subject's own verb, back after an interruption. */
const MAIN_VERB_RESUMES = /^\W*(?:has|have|had|is|are|was|were|will|would|said|says|[a-z]+ed)\b/;
/** How far from its trigger a time elsewhere in the sentence may still date it. */
const REACH = 100;

const DAY = 86_400_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Monday of ISO week `week` of `year`, in UTC milliseconds. */
function isoWeekMonday(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - jan4Weekday * DAY + (week - 1) * 7 * DAY;
}

/**
 * The event date a TIMEX3 value stands for: days and months as they are,
 * weeks as the month of their Thursday, a weekend as its Saturday, an
 * interval as its start; years, durations and sets give null.
 *
 * @example
 * eventDateOf("2025-W09-WE", "2025-03-01") // → "2025-03-01"
 * eventDateOf("2025-W11", null)            // → "2025-03"
 */
export function eventDateOf(value: string, dct: string | null): string | null {
  const v = value.split("/")[0];
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 10);
  if (/^\d{4}-\d{2}$/.test(v)) return v;
  const week = /^(\d{4})-W(\d{2})(-WE)?$/.exec(v);
  if (week) {
    const monday = isoWeekMonday(Number(week[1]), Number(week[2]));
    return week[3] ? isoDay(monday + 5 * DAY) : isoDay(monday + 3 * DAY).slice(0, 7);
  }
  if (v === "PRESENT_REF") return dct;
  return null;
}

export interface DateQuery {
  /** The sentence text and its offset in the document. */
  sentence: string;
  sentenceStart: number;
  /** Trigger offsets inside the sentence. */
  start: number;
  end: number;
  /** Time expressions of the sentence (document offsets). */
  times: Time[];
  dct: string | null;
  /** Statement times count for asserted events only: a plan stated on Friday is not for Friday. */
  useSpeechTime: boolean;
  /** Undated but true now ("present"), or told as the news of the day in the lead ("lead"): gets the DCT. */
  current: "present" | "lead" | null;
  /** A thing named rather than an act told ("the proposal from Witkoff"): dated only by its own clause. */
  nominal: boolean;
  /** "after two weeks of talks": a spell that ended at the time of the clause before it. */
  spell?: boolean;
  /** A lasting act ("has besieged it since May"): its "since …" time is its start. */
  startsSince?: boolean;
}

/** "killed since 17 September, when pagers exploded": the when-clause tells the act of that day. */
const SINCE_WHEN = /\bsince\s+$/i;
const WHEN_CLAUSE = /^,?\s*when\b[^.;:]*$/i;
/** "Since October 7, …": the start of a counted period, not the day of an event. */
const PERIOD_START = /\b(?:since|from|until|till)\s*$/i;

function usable(q: DateQuery, t: Time): boolean {
  if (t.kind === "duration" || t.kind === "set" || eventDateOf(t.value, q.dct) === null) return false;
  const s = t.span[0] - q.sentenceStart;
  const before = q.sentence.slice(Math.max(0, s - 40), s);
  const since = /\bsince\s*$/i.test(before) || /^since\b/i.test(t.text);
  if (!(q.startsSince && since) && (PERIOD_START.test(before) || /^(?:since|from|until|till)\b/i.test(t.text))) return false;
  if (q.useSpeechTime) return true;
  return !SPEECH_TIME.test(before) && !SPEECH_NEXT.test(q.sentence.slice(t.span[1] - q.sentenceStart));
}

function nearest(q: DateQuery, found: Time[]): EventDate {
  const mid = (q.start + q.end) / 2 + q.sentenceStart;
  const best = found.reduce((a, b) => (Math.abs(b.span[0] - mid) < Math.abs(a.span[0] - mid) ? b : a));
  return { date: eventDateOf(best.value, q.dct), dateText: best.text, stated: true };
}

/** The times that start in [from, to) of the sentence. */
function inRange(q: DateQuery, times: Time[], from: number, to: number): Time[] {
  return times.filter((t) => t.span[0] - q.sentenceStart >= from && t.span[0] - q.sentenceStart < to);
}

/** Commas inside a time ("Oct. 7, 2023,") must not split clauses: blank the times out first. */
function masked(q: DateQuery, times: Time[]): string {
  let out = q.sentence;
  for (const t of times) {
    const s = t.span[0] - q.sentenceStart;
    const e = t.span[1] - q.sentenceStart;
    out = out.slice(0, s) + "x".repeat(e - s) + out.slice(e);
  }
  return out;
}

/** "At talks in Jeddah, Saudi Arabia, on March 11, …": a sentence-opening adverbial may run over a place and its apposition. */
const OPENING_PREPOSITION = /^\W*(?:at|in|on|during|from|by)\b/i;
const TIME_ONLY = /^\W*(?:\p{L}+\s+){0,2}x+\W*$/u;

/** The time of the sentence-opening adverbial, when the line opens with one. */
function openingTimes(q: DateQuery, times: Time[], segments: DateSegment[], lineStart: number): Time[] {
  const text = masked(q, q.times);
  const firstIndex = segments.findIndex((s) => s.end > lineStart && /\S/.test(q.sentence.slice(Math.max(s.start, lineStart), s.end)));
  if (firstIndex < 0) return [];
  for (let i = firstIndex; i < segments.length && segments[i].start < q.start; i++) {
    const seg = text.slice(Math.max(segments[i].start, lineStart), segments[i].end);
    const found = inRange(q, times, segments[i].start, segments[i].end);
    if (found.length > 0 && TIME_ONLY.test(seg)) return found;
    const words = seg.trim().split(/\s+/).length;
    const continuesOpening = i === firstIndex ? OPENING_PREPOSITION.test(seg) && words <= 5 : words <= 3 && /^\W*\p{Lu}/u.test(seg);
    if (!continuesOpening) break;
  }
  return [];
}

/**
 * The date of the event whose trigger is at [start, end) in the sentence: the
 * nearest time expression of its clause, of the clause it continues, of a
 * sentence-opening adverbial ("On Tuesday, …"), else of the sentence.
 *
 * @example
 * const sentence = "The truce collapsed on Tuesday.";
 * const times = [{ text: "on Tuesday", value: "2025-03-18", kind: "date", span: [20, 30], sentence, rule: "times/weekday" }];
 * eventDate({ sentence, sentenceStart: 0, start: 4, end: 19, times, dct: "2025-03-21", useSpeechTime: true, current: null, nominal: false })
 * // → { date: "2025-03-18", dateText: "on Tuesday", stated: true }
 */
export function eventDate(q: DateQuery): EventDate {
  const times = q.times.filter((t) => usable(q, t));
  const segments = dateSegments(masked(q, q.times));
  const anchor = Math.max(q.start, q.end - 1);
  const own = segments.findIndex((s) => anchor >= s.start && anchor < s.end);
  for (let i = own; i >= 0; i--) {
    const found = inRange(q, times, segments[i].start, segments[i].end);
    if (found.length > 0) return nearest(q, found);
    if (!segments[i].continues) break;
  }
  const next = own >= 0 ? segments[own + 1] : undefined;
  // Only the thing the clause hangs on: "the offensive, which began …", not "its strikes are aimed at the deal, which was reached …".
  const nextText = next ? q.sentence.slice(next.start, next.end) : "";
  // "has besieged it since May 2024": a lasting act began at its "since" time.
  if (next && ((next.start - q.end <= 2 && ITS_START.test(nextText)) || (q.startsSince && next.start - q.end <= 20 && /^\W*since\b/i.test(nextText)))) {
    const found = inRange(q, times, next.start, next.end);
    if (found.length > 0) return nearest(q, found);
  }
  // A bullet under a heading line ("West Zone (A, B)\n- On 13 February, …") opens where its own line does, a clause after a colon where the colon is.
  const lineStart = Math.max(q.sentence.lastIndexOf("\n", q.start), ...[":", ";"].map((c) => q.sentence.lastIndexOf(c, q.start))) + 1;
  const opening = openingTimes(q, times, segments, lineStart);
  if (opening.length > 0) return nearest(q, opening);
  if (q.nominal) return { date: null, dateText: null, stated: false };
  const sinceWhen = q.times.filter((t) => SINCE_WHEN.test(q.sentence.slice(Math.max(0, t.span[0] - q.sentenceStart - 8), t.span[0] - q.sentenceStart)) && WHEN_CLAUSE.test(q.sentence.slice(t.span[1] - q.sentenceStart, q.start)));
  if (sinceWhen.length > 0) return nearest(q, sinceWhen);
  if (q.spell && own > 0) {
    const before = inRange(q, times, 0, segments[own].start);
    if (before.length > 0) return nearest(q, before);
  }
  if (q.current === "present" && q.dct) return { date: q.dct, dateText: null, stated: true };
  // "since the truce collapsed", "before Israel renewed attacks": another time than the sentence's, left undated.
  if (own >= 0 && SUBORDINATE.test(q.sentence.slice(segments[own].start, segments[own].end))) {
    return { date: null, dateText: null, stated: false };
  }
  // A time in a later "that …"/"which …" clause belongs to that clause's own event ("an agreement for a truce that is due to take effect on Monday").
  const laterOwn = own >= 0 ? segments.slice(own + 1).find((s) => RELATIVE.test(q.sentence.slice(s.start, s.end))) : undefined;
  // A plan's time follows it ("will meet again on Sunday"); a time before it belongs to an earlier act.
  // Likewise a time inside another "which …"/"when …" clause dates that clause's act ("Israel, which went to war
  // after the October 7 attack, has so far entered truces": the truces are not of October 7).
  // When the trigger's clause is the main verb resuming after the relative clause (", has so far entered"), the
  // relative clause ran on through its own "after …" segments up to it.
  const resumes = own >= 0 && MAIN_VERB_RESUMES.test(q.sentence.slice(segments[own].start, segments[own].end));
  const which = own < 0 ? -1 : segments.findIndex((s, i) => i < own && WHICH_CLAUSE.test(q.sentence.slice(s.start, s.end)));
  const others = which < 0 ? [] : resumes ? segments.slice(which, own) : segments.filter((s, i) => i < own && WHICH_CLAUSE.test(q.sentence.slice(s.start, s.end)));
  // "took effect in April, was extended twice": a predicate coordinated after a comma has its own time, not its neighbour's.
  const coordinated = resumes && which < 0 && own > 0 && /,\s*$/.test(q.sentence.slice(0, segments[own].start));
  const reachable = coordinated ? [] : inRange(q, times, q.useSpeechTime ? q.start - REACH : q.end, Math.min(q.end + REACH, laterOwn?.start ?? Infinity))
    .filter((t) => !others.some((s) => t.span[0] - q.sentenceStart >= s.start && t.span[0] - q.sentenceStart < s.end));
  if (reachable.length > 0) return nearest(q, reachable);
  if (q.current === "lead" && q.dct) return { date: q.dct, dateText: null, stated: false };
  return { date: null, dateText: null, stated: false };
}
