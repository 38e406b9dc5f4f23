/**
 * What a ceasefire's terms tell about its course that no single event does.
 * A planned length ("originally slated to last four days") that the truce
 * outlasted means it was extended before that length ran out. An end on the
 * day a stated length runs out is an expiry whatever words the reports use
 * for the fighting that followed, since fighting resumes after any end; a
 * collapse is an end while the truce was still in force. A statement in its
 * own reports that the truce was extended also gives an extension, dated as
 * closely as its start and end allow.
 */
import { addDays } from "../../calendars/day-math.js";
import type { StoredTerm } from "../../store/item-queries.js";
import type { Draft, StatusChange } from "./agreement.js";
import { daysBetween, isDay } from "./dates.js";
import { isEnd } from "./statuses.js";
import { EXTENSION_WORDS, PLANNED_LENGTH_WORDS } from "./vocabulary.js";

/** How far before a length a word may mark it as the planned one ("originally slated to last …"). */
const MARK_REACH = 40;
/** Days by which a reported end may miss the close of a stated length and still be that close. */
const CLOSE_SLACK = 1;

interface Length {
  days: number;
  planned: boolean;
}

function isPlanned(t: StoredTerm): boolean {
  const at = t.sentence.indexOf(t.text);
  return at >= 0 && PLANNED_LENGTH_WORDS.test(t.sentence.slice(Math.max(0, at - MARK_REACH), at + t.text.length));
}

/** Lengths of the whole truce; a phase's length is not when the truce was due to end. */
function lengths(draft: Draft): Length[] {
  return draft.terms.flatMap((t) => (t.kind === "duration" && t.phase === null && typeof t.values.days === "number"
    ? [{ days: t.values.days, planned: isPlanned(t) }] : []));
}

/** The day, else the month, that both ends of a window share; null when they share neither. */
function windowDate(from: string, to: string): string | null {
  if (from === to) return from;
  return from.slice(0, 7) === to.slice(0, 7) ? from.slice(0, 7) : null;
}

/** When the reports tell of an extension no event dates: the window it must fall in, as a date. */
function extension(draft: Draft, start: string, end: string | null, stated: readonly Length[]): StatusChange | null {
  const lasted = end === null ? null : daysBetween(start, end);
  const outlasted = stated.filter((l) => l.planned && lasted !== null && lasted > l.days);
  if (outlasted.length > 0) {
    // it was extended before its first length ran out
    const shortest = Math.min(...outlasted.map((l) => l.days));
    return { status: "extended", date: windowDate(start, addDays(start, shortest - 1)) };
  }
  const sentences = [...draft.events.map((e) => e.sentence), ...draft.terms.map((t) => t.sentence)];
  if (!sentences.some((s) => EXTENSION_WORDS.test(s))) return null;
  return { status: "extended", date: end === null ? null : windowDate(start, addDays(end, -1)) };
}

/**
 * Settles a ceasefire draft's end (expired when it came as a stated length
 * ran out) and adds the extension its terms or sentences tell of, when no
 * event reported one.
 *
 * @example
 * // in effect 2031-05-01, "originally due to last three days", collapsed 2031-05-08, "a week-long truce"
 * settleCourse(draft); draft.statuses
 * // → [in_effect 2031-05-01, expired 2031-05-08, extended 2031-05]
 */
export function settleCourse(draft: Draft): void {
  const start = draft.statuses.find((s) => s.status === "in_effect")?.date ?? null;
  if (draft.kind !== "ceasefire" || !isDay(start)) return;
  const stated = lengths(draft);
  const ranOut = (date: string | null) => isDay(date)
    && stated.some((l) => Math.abs(daysBetween(addDays(start, l.days), date) ?? Infinity) <= CLOSE_SLACK);
  const settled = draft.statuses.map((s): StatusChange => (isEnd(s) && ranOut(s.date) ? { ...s, status: "expired" } : s));
  draft.statuses = settled.filter((s, i) => settled.findIndex((x) => x.status === s.status && x.date === s.date) === i);
  if (draft.statuses.some((s) => s.status === "extended")) return;
  const end = draft.statuses.find((s) => isEnd(s) && isDay(s.date))?.date ?? null;
  const change = extension(draft, start, end, stated);
  if (change) draft.statuses.push(change);
}
