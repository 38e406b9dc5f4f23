/**
 * The timeline of SPEC §2: one entry per real-world event, however many
 * documents report it. This builder groups reports in memory; the store keeps
 * the same grouping up to date on every save (src/store/timeline-repository.ts).
 */
import { resolvePlace } from "../lexicon/places.js";
import { EntityRegistry } from "./entities.js";
import {
  bestMatch, candidateDates, joinEntry, MAX_DAYS_FOR_A_MONTH, openEntry, type EntryState, type ReportedEvent,
} from "./event-identity.js";

export type { ReportedEvent } from "./event-identity.js";

export interface TimelineReport {
  doc: string;
  outlet: string | null;
  published: string | null;
  sentence: string;
  span: [number, number];
}

/** SPEC §2 timeline entry: one real-world event with every report of it. */
export interface TimelineEntry {
  id: string;
  type: string;
  date: string | null;
  actors: string[];
  targets: string[];
  place: string | null;
  modality: string;
  summary: string;
  reports: TimelineReport[];
}

/** A timeline entry as the corpus layer builds it: with coordinates, a representative sentence, an outlet count. */
export interface ReconciledEntry extends TimelineEntry {
  latitude: number | null;
  longitude: number | null;
  /** The most informative report's sentence; that report comes first in `reports`. */
  sentence: string;
  /** Independent outlets: two documents of one outlet count once. */
  outlets: number;
}

/** Entry order: by date, undated last, then by id. */
export function compareEntries(x: TimelineEntry, y: TimelineEntry): number {
  return (x.date ?? "9999").localeCompare(y.date ?? "9999") || x.id.localeCompare(y.id, "en", { numeric: true });
}

/** The SPEC §2 shape of an entry state with its reports, the representative first. */
export function toTimelineEntry(id: string, state: EntryState, reports: TimelineReport[]): ReconciledEntry {
  const place = state.place ? resolvePlace(state.place) : null;
  return {
    id, type: state.type, date: state.date, actors: state.actors, targets: state.targets, place: state.place,
    latitude: place?.lat ?? null, longitude: place?.lon ?? null, modality: state.modality, summary: state.summary,
    sentence: reports[0]?.sentence ?? "", outlets: state.outlets.length, reports,
  };
}

interface Built { state: EntryState; reports: TimelineReport[]; n: number }

function toReport(e: ReportedEvent): TimelineReport {
  return { doc: e.doc, outlet: e.outlet, published: e.published, sentence: e.sentence, span: e.span };
}

/**
 * Groups reports one at a time. Entries are filed under type, modality and
 * date (and day entries also under their month), so a report is compared only
 * with the few entries it could join.
 *
 * @example
 * const b = new TimelineBuilder();
 * store.listEvents().forEach((e) => b.add(e));
 * b.entries().length
 */
export class TimelineBuilder {
  readonly #all: Built[] = [];
  readonly #filed = new Map<string, Built[]>();
  readonly entities: EntityRegistry;

  constructor(entities = new EntityRegistry()) {
    this.entities = entities;
  }

  /** Adds one report; hypothetical events are left out, since a timeline records what happened or is planned. */
  add(e: ReportedEvent): void {
    if (e.modality === "hypothetical") return;
    this.entities.learn(e.sentence);
    const found = e.date ? bestMatch(this.#candidates(e.type, e.modality, e.date), e, this.entities, (b) => b.state) : null;
    if (!found) {
      const built: Built = { state: openEntry(e), reports: [toReport(e)], n: this.#all.length + 1 };
      this.#all.push(built);
      this.#file(built);
      return;
    }
    const before = found.state.date;
    if (joinEntry(found.state, e)) found.reports.unshift(toReport(e));
    else found.reports.push(toReport(e));
    if (found.state.date !== before) {
      this.#unfile(found, before);
      this.#file(found);
    }
  }

  entries(): ReconciledEntry[] {
    return this.#all
      .map((b) => toTimelineEntry(`${b.state.type}:${b.state.date ?? "undated"}:${b.n}`, b.state, b.reports))
      .sort(compareEntries);
  }

  *#candidates(type: string, modality: string, date: string): Iterable<Built> {
    for (const d of candidateDates(date)) yield* this.#filed.get(`${type}|${modality}|${d}`) ?? [];
    const days = date.length === 7 ? this.#filed.get(`${type}|${modality}|in:${date}`) ?? [] : [];
    if (days.length <= MAX_DAYS_FOR_A_MONTH) yield* days;
  }

  #keys(b: Built, date: string | null): string[] {
    if (!date) return [];
    const k = `${b.state.type}|${b.state.modality}|`;
    return date.length === 10 ? [k + date, `${k}in:${date.slice(0, 7)}`] : [k + date];
  }

  #file(b: Built): void {
    for (const key of this.#keys(b, b.state.date)) {
      const list = this.#filed.get(key);
      if (list) list.push(b);
      else this.#filed.set(key, [b]);
    }
  }

  #unfile(b: Built, date: string | null): void {
    for (const key of this.#keys(b, date)) {
      const list = this.#filed.get(key);
      if (list) list.splice(list.indexOf(b), 1);
    }
  }
}

/**
 * Groups reported events into timeline entries, sorted by date (undated last).
 *
 * @example
 * buildTimeline(store.listEvents()).map((t) => `${t.date} ${t.type} ×${t.outlets}`)
 */
export function buildTimeline(events: Iterable<ReportedEvent>): ReconciledEntry[] {
  const builder = new TimelineBuilder();
  for (const e of events) builder.add(e);
  return builder.entries();
}
