/**
 * When two reports describe one real-world event, and how a timeline entry
 * grows as reports join it. Shared by the in-memory builder and the store's
 * incrementally kept timeline, so both group reports the same way.
 */
import { addDays } from "../calendars/day-math.js";
import type { Event } from "../types.js";
import { placeRelation } from "../lexicon/places.js";
import type { EntityRegistry } from "./entities.js";

/** An event as the store returns it: the extracted item plus where it was reported. */
export type ReportedEvent = Event & { doc: string; outlet: string | null; published: string | null };

/** What a timeline entry knows while reports join it. */
export interface EntryState {
  type: string;
  modality: string;
  date: string | null;
  actors: string[];
  targets: string[];
  place: string | null;
  /** Distinct outlets (a document without an outlet stands for itself). */
  outlets: string[];
  /** informativeness() of the representative report. */
  bestScore: number;
  summary: string;
}

/** Whether two event dates can name one day: equal, a day inside a month, or (when `adjacent`) a day apart. */
function dateRelation(a: string, b: string): "same" | "within" | "adjacent" | null {
  if (a === b) return "same";
  if (a.length !== b.length) return (a.length < b.length ? b.startsWith(a) : a.startsWith(b)) ? "within" : null;
  if (a.length === 10 && (addDays(a, 1) === b || addDays(b, 1) === a)) return "adjacent";
  return null;
}

/**
 * How well a report fits an entry, or -1 when it is another event: the type
 * and modality must be equal, both dated, the dates compatible, the actors
 * overlapping (or one side naming none), the places compatible. A day apart
 * is accepted only when the actors and the place agree outright, since
 * strikes by one side on consecutive days are common and distinct.
 *
 * @example
 * matchScore(entry, report, new EntityRegistry()) > 0 // → the report joins the entry
 */
export function matchScore(entry: EntryState, e: ReportedEvent, entities: EntityRegistry): number {
  if (entry.type !== e.type || entry.modality !== e.modality || !entry.date || !e.date) return -1;
  const dates = dateRelation(entry.date, e.date);
  if (dates === null) return -1;
  const named = entry.actors.length > 0 && e.actors.length > 0;
  const actorsAgree = named && entities.overlap(entry.actors, e.actors);
  if (named && !actorsAgree) return -1;
  const place = placeRelation(entry.place, e.place);
  if (place === "different") return -1;
  if (dates === "adjacent" && !(actorsAgree && place === "same")) return -1;
  return { same: 4, within: 2, adjacent: 1 }[dates] + { same: 2, within: 1, unknown: 0 }[place] + (actorsAgree ? 2 : 0);
}

/** The best-fitting candidate for a report (`stateOf` reads its entry), or null. */
export function bestMatch<T>(
  candidates: Iterable<T>, e: ReportedEvent, entities: EntityRegistry, stateOf: (c: T) => EntryState,
): T | null {
  let best: T | null = null;
  let bestScore = 0;
  for (const c of candidates) {
    const s = matchScore(stateOf(c), e, entities);
    if (s > bestScore) [best, bestScore] = [c, s];
  }
  return best;
}

/** How much a report tells: a day, named actors, targets and a place; a shorter sentence breaks ties. */
export function informativeness(e: Event): number {
  const fields = (e.date ? e.date.length === 10 ? 2 : 1 : 0) + Math.min(e.actors.length, 2) +
    Math.min(e.targets.length, 1) + (e.place ? 1 : 0) + (e.date_text ? 1 : 0);
  return fields * 1000 - Math.min(e.sentence.length, 999);
}

function summarize(e: { actors: string[]; type: string; place: string | null; modality: string }): string {
  const who = e.actors.length ? e.actors.join(", ") : "unknown actor";
  const where = e.place ? ` in ${e.place}` : "";
  const how = e.modality === "asserted" ? "" : ` (${e.modality})`;
  return `${who}: ${e.type.replace(/_/g, " ")}${where}${how}`;
}

/** Where a report comes from, for counting independent outlets. */
export function outletKey(e: ReportedEvent): string {
  return e.outlet ?? `doc:${e.doc}`;
}

/** The entry a first report opens. */
export function openEntry(e: ReportedEvent): EntryState {
  return {
    type: e.type, modality: e.modality, date: e.date, actors: [...e.actors], targets: [...e.targets], place: e.place,
    outlets: [outletKey(e)], bestScore: informativeness(e), summary: summarize(e),
  };
}

/**
 * Adds a report to an entry: its actors and targets, a place or a finer date
 * the entry lacked, its outlet. Returns true when the report is now the
 * entry's representative (the most informative so far).
 */
export function joinEntry(entry: EntryState, e: ReportedEvent): boolean {
  for (const a of e.actors) if (!entry.actors.includes(a)) entry.actors.push(a);
  for (const t of e.targets) if (!entry.targets.includes(t)) entry.targets.push(t);
  if (e.date && entry.date && e.date.length > entry.date.length) entry.date = e.date;
  entry.place ??= e.place;
  const outlet = outletKey(e);
  if (!entry.outlets.includes(outlet)) entry.outlets.push(outlet);
  entry.summary = summarize(entry);
  const score = informativeness(e);
  if (score <= entry.bestScore) return false;
  entry.bestScore = score;
  return true;
}

/**
 * A month-dated report ("in March") of a kind of event that happened on more
 * days of that month than this cannot be tied to one of them: it then joins
 * only an entry dated by the month alone. This also bounds the lookup.
 */
export const MAX_DAYS_FOR_A_MONTH = 8;

/** Keys under which candidates for a report are filed: its date, the days around it, its month. */
export function candidateDates(date: string): string[] {
  return date.length === 10 ? [date, addDays(date, -1), addDays(date, 1), date.slice(0, 7)] : [date];
}
