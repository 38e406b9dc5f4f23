/**
 * Corpus-wide reads of extracted items, each joined with what a report needs
 * to cite it (document, outlet, publication date).
 */
import type { Event, Figure, Term } from "../types.js";
import type { SqlDriver, SqlStatement } from "./driver.js";
import { rowToEvent, rowToFigure, rowToTerm, type EventRow, type FigureRow, type TermRow } from "./item-rows.js";

/** Where an item was reported: document id, its outlet and publication date. */
export interface ReportedIn {
  doc: string;
  outlet: string | null;
  published: string | null;
}

export type StoredEvent = Event & ReportedIn;
export type StoredFigure = Figure & ReportedIn;
export type StoredTerm = Term & ReportedIn;

export interface EventFilter {
  /** Earliest date, inclusive; a month-dated event counts when its month reaches `since`. */
  since?: string;
  /** Latest date, inclusive. */
  until?: string;
  type?: string;
}

export interface FigureFilter {
  measure?: string;
}

type Cited = { outlet: string | null; published_date: string | null };

/*
 * One WHERE clause per filter combination, so SQLite can use the (type, date)
 * and series indexes; statements are compiled once per combination. `since`
 * compares against its own prefix as long as the stored date ("2025-04" vs
 * "2025-04-10" → "2025-04") so that a coarser date overlapping the range is kept.
 */
const EVENT_CONDITIONS: Record<keyof EventFilter, string> = {
  type: "e.type = @type",
  since: "e.date >= substr(@since, 1, length(e.date))",
  until: "e.date <= @until",
};

const FIGURE_CONDITIONS: Record<keyof FigureFilter, string> = { measure: "f.measure = @measure" };

function where<F extends object>(conditions: Record<keyof F, string>, filter: F): { sql: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  const parts: string[] = [];
  for (const key of Object.keys(conditions) as Array<keyof F & string>) {
    const value = filter[key];
    if (typeof value === "string") {
      params[key] = value;
      parts.push(conditions[key]);
    }
  }
  return { sql: parts.length === 0 ? "" : `WHERE ${parts.join(" AND ")}`, params };
}

export class ItemQueries {
  readonly #db: SqlDriver;
  readonly #compiled = new Map<string, SqlStatement>();
  readonly #count: SqlStatement;

  constructor(db: SqlDriver) {
    this.#db = db;
    this.#count = db.prepare(`SELECT
      (SELECT count(*) FROM documents) AS documents,
      (SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL) AS duplicates,
      (SELECT count(*) FROM events) AS events,
      (SELECT count(*) FROM figures) AS figures,
      (SELECT count(*) FROM times) AS times`);
  }

  /** Events sorted by date (undated last), then document and position. */
  events(filter: EventFilter = {}): StoredEvent[] {
    const { sql, params } = where(EVENT_CONDITIONS, filter);
    const rows = this.#statement(`SELECT e.*, d.outlet, d.published_date FROM events e
      JOIN documents d ON d.id = e.doc_id ${sql} ORDER BY e.date IS NULL, e.date, e.doc_id, e.seq`).all(params);
    return (rows as Array<EventRow & Cited>).map((r) => ({ ...rowToEvent(r), ...cited(r) }));
  }

  /** Figures grouped by series key (measure, subject, group, condition, place), then by date. */
  figures(filter: FigureFilter = {}): StoredFigure[] {
    const { sql, params } = where(FIGURE_CONDITIONS, filter);
    const rows = this.#statement(`SELECT f.*, d.outlet, d.published_date FROM figures f
      JOIN documents d ON d.id = f.doc_id ${sql}
      ORDER BY f.measure, f.subject, f."group", f.condition, f.place, f.date IS NULL, f.date, f.doc_id, f.seq`).all(params);
    return (rows as Array<FigureRow & Cited>).map((r) => ({ ...rowToFigure(r), ...cited(r) }));
  }

  /** Every deal term, by document publication date (undated last), then document and position. */
  terms(): StoredTerm[] {
    const rows = this.#statement(`SELECT t.*, d.outlet, d.published_date FROM terms t
      JOIN documents d ON d.id = t.doc_id ORDER BY d.published_date IS NULL, d.published_date, t.doc_id, t.seq`).all();
    return (rows as Array<TermRow & Cited>).map((r) => ({ ...rowToTerm(r), ...cited(r) }));
  }

  #statement(sql: string): SqlStatement {
    let stmt = this.#compiled.get(sql);
    if (stmt === undefined) {
      stmt = this.#db.prepare(sql);
      this.#compiled.set(sql, stmt);
    }
    return stmt;
  }

  stats(): { documents: number; duplicates: number; events: number; figures: number; times: number } {
    return this.#count.get() as ReturnType<ItemQueries["stats"]>;
  }
}

function cited(r: (EventRow | FigureRow | TermRow) & Cited): ReportedIn {
  return { doc: r.doc_id, outlet: r.outlet, published: r.published_date };
}
