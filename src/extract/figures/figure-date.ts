/**
 * Which time expressions date a figure: the incident day in its clause, the
 * start of a counted period ("since October 7", "that began on January 19"),
 * an "as of" day, or a day carried over from the sentence before when that
 * sentence dates an attack the figure's sentence goes on to count.
 */
import type { ExtractContext } from "../context.js";
import type { Sentence } from "../../text/sentences.js";
import type { Time } from "../../types.js";
import sources from "../../lexicon/sources.json" with { type: "json" };
import { addDays, isIsoDay } from "../../calendars/day-math.js";
import { parseNumber } from "../../text/numbers.js";
import { comparesSince } from "./cumulative.js";
import { ANAPHORIC_TIMES, INCIDENT_NOUNS } from "./lexicon.js";

export interface Timing {
  /** The day (or month) the counted incident happened. */
  incident: string | null;
  /** True when `incident` is a whole day rather than a month. */
  incidentIsDay: boolean;
  since: string | null;
  asOf: string | null;
  carried: string | null;
  /** The day the source spoke ("the army said on Tuesday"): a one-off count happened by then. */
  reported: string | null;
  /** "in June alone": the count covers that closed period only, so it is no running total. */
  closed: boolean;
  /** "since the war began on 7 October 2023, when gunmen attacked, killing 1,200": the day that opened the counted period. */
  background: boolean;
}

const DAY_OR_MONTH = /^\d{4}-\d{2}(?:-\d{2})?$/;
// "since May 10", "since fighting intensified on May 10", "since the militia launched its assault on the city on May 10".
const SINCE_BEFORE = /\bsince\s+(?:[a-z][\w'’-]*\s+){0,9}?(?:on\s+|in\s+)?$/i;
const SINCE_WORD = /since/i;
// "between June 13 and Tuesday", "from May 2 to May 9": a counted period and the day it runs to.
const RANGE_START_BEFORE = /\b(?:between|from)\s+$/i;
const RANGE_LINK = /^\s*(?:and|to|until|through)\s+$/i;
const RANGE_LINK_AFTER = /^\s*(?:and|to|until|through)\s/i;
const AS_OF_BEFORE = /\b(?:as of|as at|by|until|through)\s+$/i;
// "People displaced (IOM, January 2025): over 590,000": the bracket before a label's colon dates the count.
const LABEL_DATE_AFTER = /^[^()\n]{0,20}\)\s*:/;
const PERIOD_START_BEFORE = /\b(?:that|which)\s+(?:began|started|came into effect|took effect|went into effect)\s+(?:on\s+|in\s+)?$/i;
// A time after the number in a relative, contrasting or listing clause dates something else.
const CLAUSE_BREAK_AFTER = /,\s*(?:who|which|whom|where|while|but|as|and)\b|;|,\s*(?:including|among them|among whom|of whom)\b[^,]*$/i;
// "reported Friday that …", "said in a statement on Tuesday": the day of the report, not of the incident.
const REPORT_BEFORE = new RegExp(`\\b(?:${sources.speechVerbs.join("|")})\\s+`
  + "(?:(?:in\\s+(?:a|an|its|his|her|their)\\s+[\\w-]+|on\\s+(?:telegram|x|twitter|facebook|television|tv)|to\\s+(?:reporters|journalists))\\s+)?"
  + "(?:on\\s+|in\\s+)?$", "i");
const INCIDENT_WORD = /[a-z]+/gi;
// "in June alone", "in January and February alone".
const CLOSED_AFTER = /^\s+alone\b/i;
// "…began on 7 October 2023, when gunmen attacked …, killing 1,200": the count belongs to that day's events.
const WHEN_CLAUSE_TO = /^\s*,\s*when\b[^;]*$/i;
// "The war, which began in September 2014, has killed …": the time sits in an aside that closes before the count.
const RELATIVE_ASIDE_OPEN = /,\s*(?:which|who|that)\b[^,;]*$/i;
const ASIDE_CLOSED_BEFORE = /^[^,;]*,/;
// "on Monday, three days after a strike … left 78 dead": the count is of an event that many days away.
const DAYS_AWAY = /\b([a-z]+|\d+)\s+(days?|weeks?)\s+(after|before)\s+[^,;]*$/i;

/** `day` moved by the distance "three days after" states, or null when the words give none. */
function shifted(day: string, between: string): string | null {
  const m = DAYS_AWAY.exec(between);
  const n = m ? parseNumber(m[1]) : null;
  if (!m || n === null || !isIsoDay(day)) return null;
  return addDays(day, n * (/^week/i.test(m[2]) ? 7 : 1) * (m[3].toLowerCase() === "after" ? -1 : 1));
}
// "blames drones for that attack, which killed two": the count belongs to an attack named before.
const ANAPHORIC_INCIDENT = new RegExp(`\\b(?:that|this|the)\\s+(?:${[...INCIDENT_NOUNS].join("|")})\\s*,?\\s*(?:which|that)\\s+$`, "i");

/**
 * True when the words before a trigger make its count part of an attack the text already named.
 *
 * @example
 * refersToNamedIncident("Moscow blamed drones for that attack, which ") // → true
 */
export function refersToNamedIncident(before: string): boolean {
  return ANAPHORIC_INCIDENT.test(before) || DEFINITE_INCIDENT_END.test(before);
}

const DEFINITE_INCIDENT = new RegExp(`\\b(?:that|this|the|those|these)\\s+(?:${[...INCIDENT_NOUNS].join("|")})\\b`, "i");

// "medics say the shells killed 21": the definite incident is the subject of the trigger.
const DEFINITE_INCIDENT_END = new RegExp(`\\b(?:that|this|the|those|these)\\s+(?:${[...INCIDENT_NOUNS].join("|")})\\s+(?:alone\\s+|also\\s+)?$`, "i");
// "said the next morning that …": the sentence goes on from the day the one before gave.
const ANAPHORIC_TIME = new RegExp(`\\b(?:${ANAPHORIC_TIMES.join("|")})\\b`, "i");

const WEEK = /^(\d{4})-W(\d{2})$/;

/** "2024-W23" → "2024-06": a figure of "last week" is dated to the month of that week's Thursday (ISO 8601). */
function weekMonth(week: string): string {
  const [, year, n] = WEEK.exec(week) ?? [];
  const jan4 = new Date(Date.UTC(Number(year), 0, 4));
  const thursday = new Date(jan4.getTime() + ((Number(n) - 1) * 7 + 3 - ((jan4.getUTCDay() + 6) % 7)) * 86400000);
  return thursday.toISOString().slice(0, 7);
}

// "On 16 February, a convoy of 14 trucks …": a time that opens the line dates all of it, nouns too.
const LINE_OPENING = /(?:^|\n)[^\S\n]*(?:[-•*][^\S\n]+)?(?:on|in)?[^\S\n]*$/i;

function fronted(text: string, start: number, end: number): boolean {
  return text[end] === "," && LINE_OPENING.test(text.slice(Math.max(0, start - 12), start));
}

/** The dated time expressions of each sentence, indexed once per document (sentence index → times). */
export type TimesBySentence = Map<number, Time[]>;

/**
 * Groups a document's day- and month-valued times by sentence.
 *
 * @example
 * indexTimes(ctx).get(0) // → the dated times of the first sentence
 */
export function indexTimes(ctx: ExtractContext): TimesBySentence {
  const index: TimesBySentence = new Map();
  for (const time of ctx.times) {
    const t = WEEK.test(time.value) ? { ...time, value: weekMonth(time.value) } : time;
    const s = ctx.doc.sentenceAt(t.span[0]);
    if (t.span[1] > s.end) continue;
    let list = index.get(s.index);
    if (!list) index.set(s.index, (list = []));
    list.push(t);
  }
  return index;
}

function datedTimes(times: TimesBySentence, sentence: Sentence): Time[] {
  return (times.get(sentence.index) ?? []).filter((t) => t.kind === "date" && DAY_OR_MONTH.test(t.value));
}

function mentionsIncident(text: string): boolean {
  INCIDENT_WORD.lastIndex = 0;
  for (let m = INCIDENT_WORD.exec(text); m; m = INCIDENT_WORD.exec(text)) if (INCIDENT_NOUNS.has(m[0].toLowerCase())) return true;
  return false;
}

/**
 * The times that bear on a figure whose number sits at `at` (sentence-relative).
 * `afterOnly`: the figure is a noun phrase ("the release of 110 …") that only a later time can date;
 * `sinceThen`: the sentence counts "since then", from the last day of the sentence before.
 *
 * @example
 * // "At least 9 people were killed on Friday" → { incident: "<that Friday>", since: null, … }
 */
export function timingFor(ctx: ExtractContext, times: TimesBySentence, sentence: Sentence, at: number, afterOnly: boolean,
  sinceThen: boolean): Timing {
  const timing: Timing = { incident: null, incidentIsDay: false, since: null, asOf: null, carried: null, reported: null,
    closed: false, background: false };
  const text = sentence.text;
  let best = Infinity;
  let rangeStartEnd = -1;
  for (const t of datedTimes(times, sentence)) {
    const start = t.span[0] - sentence.start;
    const end = t.span[1] - sentence.start;
    const before = text.slice(Math.max(0, start - 40), start);
    if (rangeStartEnd >= 0 && RANGE_LINK.test(text.slice(rangeStartEnd, start))) {
      timing.asOf = t.value;
      rangeStartEnd = -1;
      continue;
    }
    if (RANGE_START_BEFORE.test(before) && RANGE_LINK_AFTER.test(text.slice(end, end + 10))) {
      timing.since ??= t.value;
      rangeStartEnd = end;
      continue;
    }
    const between = end <= at ? text.slice(end, at) : "";
    // "since" may open a whole clause before its day, so it gets a longer window.
    const sinceWindow = start > 40 ? text.slice(Math.max(0, start - 80), start) : before;
    if (end <= at && WHEN_CLAUSE_TO.test(between)) {
      timing.incident = t.value;
      timing.incidentIsDay = t.value.length === 10;
      timing.background = SINCE_WORD.test(sinceWindow) && SINCE_BEFORE.test(sinceWindow);
      best = -1;
      continue;
    }
    if (CLOSED_AFTER.test(text.slice(end, end + 10))) {
      timing.incident = t.value;
      timing.incidentIsDay = t.value.length === 10;
      timing.closed = true;
      best = -1;
      continue;
    }
    if (end <= at && RELATIVE_ASIDE_OPEN.test(sinceWindow) && ASIDE_CLOSED_BEFORE.test(between)) continue;
    const sinceDay = SINCE_WORD.test(sinceWindow) && SINCE_BEFORE.test(sinceWindow);
    // "the heaviest attack since the invasion began in February 2022": a comparison, which dates nothing.
    if (sinceDay && comparesSince(text.slice(Math.max(0, start - 140), start))) continue;
    if (sinceDay || PERIOD_START_BEFORE.test(before)) {
      timing.since ??= t.value;
      continue;
    }
    if (REPORT_BEFORE.test(before)) {
      timing.reported ??= t.value;
      continue;
    }
    if (AS_OF_BEFORE.test(before) || LABEL_DATE_AFTER.test(text.slice(end, end + 24))) {
      timing.asOf = t.value;
      continue;
    }
    if (start >= at ? CLAUSE_BREAK_AFTER.test(text.slice(at, start))
      : (afterOnly && !fronted(text, start, end)) || text.slice(end, at).includes(";")) continue;
    const distance = Math.abs(start - at);
    if (distance < best) {
      best = distance;
      timing.incident = (end <= at ? shifted(t.value, between) : null) ?? t.value;
      timing.incidentIsDay = t.value.length === 10;
    }
  }
  if (sentence.index > 0 && (sinceThen || !times.has(sentence.index))) {
    const prev = ctx.doc.sentences[sentence.index - 1];
    const prevDays = datedTimes(times, prev).filter((t) => /-\d{2}-\d{2}$/.test(t.value));
    const last = prevDays[prevDays.length - 1]?.value ?? null;
    if (sinceThen) timing.since = last;
    // "… captured the village on Saturday. The army said it pushed back the attack and killed 120": either sentence names the incident.
    else if (last && (mentionsIncident(prev.text) || DEFINITE_INCIDENT.test(text.slice(0, at)) || ANAPHORIC_TIME.test(text.slice(0, at)))) {
      timing.carried = last;
    }
  }
  return timing;
}
