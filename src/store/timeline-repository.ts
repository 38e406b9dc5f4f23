/**
 * The timeline kept in the store: each saved document's events join the
 * entries they report or open new ones, in the document's own transaction,
 * so `sitrep timeline` reads the grouping instead of recomputing it. A report
 * is compared only with the entries an index lookup returns (its type and
 * modality, on its day, the days around it, or its month).
 */
import { EntityRegistry } from "../corpus/entities.js";
import {
  bestMatch, candidateDates, joinEntry, MAX_DAYS_FOR_A_MONTH, openEntry, type EntryState, type ReportedEvent,
} from "../corpus/event-identity.js";
import { compareEntries, toTimelineEntry, type ReconciledEntry, type TimelineReport } from "../corpus/timeline.js";
import type { SqlDriver, SqlStatement } from "./driver.js";
import type { EventFilter } from "./item-queries.js";
import { rowToEvent, type EventRow } from "./item-rows.js";

interface EntryRow {
  id: number; type: string; modality: string; date: string | null; actors: string; targets: string;
  place: string | null; outlets: string; best_score: number; summary: string; best_doc: string; best_seq: number;
}

type Candidate = { row: EntryRow; state: EntryState };

const ENTRY_COLUMNS = "type, modality, date, actors, targets, place, outlets, best_score, summary";

function toState(r: EntryRow): EntryState {
  return {
    type: r.type, modality: r.modality, date: r.date, actors: JSON.parse(r.actors) as string[],
    targets: JSON.parse(r.targets) as string[], place: r.place, outlets: JSON.parse(r.outlets) as string[],
    bestScore: r.best_score, summary: r.summary,
  };
}

// What matching reads (type, modality, date, actors, place), without parsing the rest of a row.
function toProbe(r: EntryRow): EntryState {
  return { type: r.type, modality: r.modality, date: r.date, actors: JSON.parse(r.actors) as string[], targets: [], place: r.place,
    outlets: [], bestScore: r.best_score, summary: r.summary };
}

function stateParams(s: EntryState): Record<string, unknown> {
  return {
    type: s.type, modality: s.modality, date: s.date, actors: JSON.stringify(s.actors), targets: JSON.stringify(s.targets),
    place: s.place, outlets: JSON.stringify(s.outlets), best_score: s.bestScore, summary: s.summary,
  };
}

export class TimelineRepository {
  readonly #db: SqlDriver;
  readonly #entities = new EntityRegistry();
  readonly #byDays: SqlStatement;
  readonly #inMonth: SqlStatement;
  readonly #insert: SqlStatement;
  readonly #update: SqlStatement;
  readonly #updateBest: SqlStatement;
  readonly #link: SqlStatement;

  constructor(db: SqlDriver) {
    this.#db = db;
    this.#byDays = db.prepare(`SELECT * FROM timeline_entries WHERE type = @type AND modality = @modality
      AND date IN (@d0, @d1, @d2, @d3)`);
    // a month-dated report may join an entry dated on any day of that month
    this.#inMonth = db.prepare(`SELECT * FROM timeline_entries WHERE type = @type AND modality = @modality
      AND date >= @month AND date < @month || '~' LIMIT ${MAX_DAYS_FOR_A_MONTH + 1}`);
    this.#insert = db.prepare(`INSERT INTO timeline_entries (${ENTRY_COLUMNS}, best_doc, best_seq)
      VALUES (@type, @modality, @date, @actors, @targets, @place, @outlets, @best_score, @summary, @best_doc, @best_seq)`);
    this.#update = db.prepare(`UPDATE timeline_entries SET date = @date, actors = @actors, targets = @targets,
      place = @place, outlets = @outlets, summary = @summary WHERE id = @id`);
    this.#updateBest = db.prepare(`UPDATE timeline_entries SET best_score = @best_score, best_doc = @best_doc,
      best_seq = @best_seq WHERE id = @id`);
    this.#link = db.prepare("INSERT INTO timeline_reports (doc_id, seq, entry_id) VALUES (?, ?, ?)");
  }

  /** Rebuilds the whole timeline from the stored events, in ingest order. */
  rebuild(): void {
    this.#db.exec("DELETE FROM timeline_reports; DELETE FROM timeline_entries; UPDATE timeline_filed SET last_rowid = 0;");
    this.catchUp();
  }

  /**
   * Files the events of every document saved since the last call, in ingest
   * order, and remembers how far it got. Filing happens here, when the
   * timeline is read, rather than in each save: ingest then pays only for
   * storing, and a read costs only the documents added since the last one.
   */
  catchUp(): void {
    const { last } = this.#db.prepare("SELECT last_rowid AS last FROM timeline_filed").get() as { last: number };
    const rows = this.#db.prepare(`SELECT e.*, d.outlet, d.published_date FROM documents d
      JOIN events e ON e.doc_id = d.id WHERE d.rowid > ? ORDER BY d.rowid, e.seq`).all(last) as Array<EventRow & { outlet: string | null; published_date: string | null }>;
    for (const r of rows) this.#add({ ...rowToEvent(r), doc: r.doc_id, outlet: r.outlet, published: r.published_date }, r.seq);
    this.#db.prepare("UPDATE timeline_filed SET last_rowid = (SELECT coalesce(max(rowid), 0) FROM documents)").run();
  }

  #add(e: ReportedEvent, seq: number): void {
    if (e.modality === "hypothetical") return;
    this.#entities.learn(e.sentence);
    const found = e.date ? bestMatch(this.#candidates(e.type, e.modality, e.date), e, this.#entities, (c) => c.state) : null;
    if (!found) {
      const state = openEntry(e);
      const { lastInsertRowid } = this.#insert.run({ ...stateParams(state), best_doc: e.doc, best_seq: seq }) as { lastInsertRowid?: number | bigint };
      this.#link.run(e.doc, seq, Number(lastInsertRowid));
      return;
    }
    const state = toState(found.row);
    const id = found.row.id;
    const representative = joinEntry(state, e);
    this.#update.run({ ...stateParams(state), id });
    if (representative) this.#updateBest.run({ best_score: state.bestScore, best_doc: e.doc, best_seq: seq, id });
    this.#link.run(e.doc, seq, id);
  }

  #candidates(type: string, modality: string, date: string): Candidate[] {
    const rows = date.length === 10
      ? this.#byDays.all({ type, modality, ...Object.fromEntries(candidateDates(date).map((d, i) => [`d${i}`, d])) })
      : [...this.#byDays.all({ type, modality, d0: date, d1: date, d2: date, d3: date }), ...this.#daysOf(type, modality, date)];
    return (rows as EntryRow[]).map((row) => ({ row, state: toProbe(row) }));
  }

  #daysOf(type: string, modality: string, month: string): unknown[] {
    const days = this.#inMonth.all({ type, modality, month: `${month}-` });
    return days.length > MAX_DAYS_FOR_A_MONTH ? [] : days;
  }

  /** Entries in date order (undated last), each with its reports, the representative first. */
  list(filter: EventFilter = {}): ReconciledEntry[] {
    const conditions: string[] = [];
    if (filter.type) conditions.push("t.type = @type");
    if (filter.since) conditions.push("t.date >= substr(@since, 1, length(t.date))");
    if (filter.until) conditions.push("t.date <= @until");
    const where = conditions.length ? `WHERE ${conditions.join(" AND ")}` : "";
    const params = Object.fromEntries(Object.entries(filter).filter(([, v]) => typeof v === "string"));
    const entries = this.#db.prepare(`SELECT * FROM timeline_entries t ${where}`).all(params) as EntryRow[];
    const reports = this.#db.prepare(`SELECT r.entry_id, e.doc_id, e.seq, e.sentence, e.span_start, e.span_end,
      d.outlet, d.published_date FROM timeline_reports r JOIN timeline_entries t ON t.id = r.entry_id
      JOIN events e ON e.doc_id = r.doc_id AND e.seq = r.seq JOIN documents d ON d.id = r.doc_id ${where}
      ORDER BY r.entry_id, d.rowid, e.seq`).all(params) as Array<{
        entry_id: number; doc_id: string; seq: number; sentence: string; span_start: number; span_end: number;
        outlet: string | null; published_date: string | null;
      }>;
    const byEntry = new Map<number, TimelineReport[]>();
    const best = new Map(entries.map((r) => [r.id, `${r.best_doc}\u0000${r.best_seq}`]));
    for (const r of reports) {
      const report: TimelineReport = { doc: r.doc_id, outlet: r.outlet, published: r.published_date, sentence: r.sentence, span: [r.span_start, r.span_end] };
      let list = byEntry.get(r.entry_id);
      if (!list) byEntry.set(r.entry_id, (list = []));
      if (best.get(r.entry_id) === `${r.doc_id}\u0000${r.seq}`) list.unshift(report);
      else list.push(report);
    }
    return entries
      .map((r) => toTimelineEntry(`${r.type}:${r.date ?? "undated"}:${r.id}`, toState(r), byEntry.get(r.id) ?? []))
      .sort(compareEntries);
  }
}
