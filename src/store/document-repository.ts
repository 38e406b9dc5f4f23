/**
 * Documents and their items in SQLite: one transaction writes a document
 * whole, and reading it back rebuilds the SPEC §1 record.
 */
import type { DocumentRecord, Published, PublishedHow, Time } from "../types.js";
import type { SqlDriver, SqlStatement } from "./driver.js";
import {
  EVENT_COLUMNS, FIGURE_COLUMNS, TERM_COLUMNS, TIME_COLUMNS, eventParams, figureParams, insertSql, rowToEvent,
  rowToFigure, rowToTerm, rowToTime, termParams, timeParams, type EventRow, type FigureRow, type TermRow, type TimeRow,
} from "./item-rows.js";
import type { NearDuplicate, NearDuplicateIndex } from "./near-duplicate-index.js";

/** A document without its text and items, as listDocuments returns it. */
export interface StoredDocument {
  id: string;
  origin: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: Published;
  ingestedAt: string;
  /** The original this document is a near-duplicate of, with their estimated similarity. */
  duplicateOf: NearDuplicate | null;
}

interface DocumentRow {
  id: string; origin: string; url: string | null; outlet: string | null; title: string | null;
  byline: string | null; published_date: string | null; published_how: PublishedHow; published_confidence: number;
  published_evidence: string; text: string; ingested_at: string; duplicate_of: string | null;
  similarity: number | null;
}

const DOCUMENT_COLUMNS = ["id", "origin", "url", "outlet", "title", "byline", "published_date", "published_how",
  "published_confidence", "published_evidence", "text", "ingested_at", "duplicate_of", "similarity"];
const SUMMARY_COLUMNS = DOCUMENT_COLUMNS.filter((c) => c !== "text").join(", ");

export class DocumentRepository {
  readonly #db: SqlDriver;
  readonly #insertDocument: SqlStatement;
  readonly #insertTime: SqlStatement;
  readonly #insertFigure: SqlStatement;
  readonly #insertEvent: SqlStatement;
  readonly #insertTerm: SqlStatement;
  readonly #has: SqlStatement;
  readonly #get: SqlStatement;
  readonly #list: SqlStatement;
  readonly #times: SqlStatement;
  readonly #figures: SqlStatement;
  readonly #events: SqlStatement;
  readonly #terms: SqlStatement;

  constructor(db: SqlDriver, readonly nearDuplicates: NearDuplicateIndex) {
    this.#db = db;
    this.#insertDocument = db.prepare(insertSql("documents", DOCUMENT_COLUMNS).replace("INSERT", "INSERT OR IGNORE"));
    this.#insertTime = db.prepare(insertSql("times", TIME_COLUMNS));
    this.#insertFigure = db.prepare(insertSql("figures", FIGURE_COLUMNS));
    this.#insertEvent = db.prepare(insertSql("events", EVENT_COLUMNS));
    this.#insertTerm = db.prepare(insertSql("terms", TERM_COLUMNS));
    this.#has = db.prepare("SELECT 1 FROM documents WHERE id = ?");
    this.#get = db.prepare("SELECT * FROM documents WHERE id = ?");
    this.#list = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents ORDER BY rowid`);
    this.#times = db.prepare("SELECT * FROM times WHERE doc_id = ? ORDER BY seq");
    this.#figures = db.prepare("SELECT * FROM figures WHERE doc_id = ? ORDER BY seq");
    this.#events = db.prepare("SELECT * FROM events WHERE doc_id = ? ORDER BY seq");
    this.#terms = db.prepare("SELECT * FROM terms WHERE doc_id = ? ORDER BY seq");
  }

  has(id: string): boolean {
    return this.#has.get(id) !== undefined;
  }

  /**
   * Writes the document row, its items and its fingerprint in one
   * transaction; any failing row (a constraint, a malformed item) rolls all
   * of it back and the error propagates. A near-duplicate gets its row only:
   * its items would double-count what the original already reports, so they
   * are dropped here whatever the caller passes.
   */
  save(record: DocumentRecord, origin: string, duplicateOf: NearDuplicate | null): "inserted" | "exists" {
    return this.#db.transaction(() => {
      const { changes } = this.#insertDocument.run({
        id: record.id, origin, url: record.url ?? null, outlet: record.outlet ?? null, title: record.title ?? null,
        byline: record.byline ?? null, published_date: record.published?.date ?? null, published_how: record.published?.how ?? null,
        published_confidence: record.published?.confidence ?? null,
        published_evidence: JSON.stringify(record.published?.evidence) ?? null, text: record.text ?? null,
        ingested_at: new Date().toISOString(), duplicate_of: duplicateOf?.id ?? null,
        similarity: duplicateOf?.similarity ?? null,
      });
      if (changes === 0) return "exists";
      if (duplicateOf !== null) return "inserted";
      record.times.forEach((t, i) => this.#insertTime.run(timeParams(record.id, i, t)));
      record.figures.forEach((f, i) => this.#insertFigure.run(figureParams(record.id, i, f)));
      record.events.forEach((e, i) => this.#insertEvent.run(eventParams(record.id, i, e)));
      record.terms.forEach((t, i) => this.#insertTerm.run(termParams(record.id, i, t)));
      this.nearDuplicates.add(record.id, record.text);
      return "inserted";
    });
  }

  /** The full record as it was saved (a near-duplicate's has empty item lists). */
  get(id: string): DocumentRecord | null {
    const row = this.#get.get(id) as DocumentRow | undefined;
    if (row === undefined) return null;
    return {
      id: row.id, url: row.url, outlet: row.outlet, title: row.title, byline: row.byline, published: published(row),
      text: row.text,
      times: this.times(id),
      figures: (this.#figures.all(id) as FigureRow[]).map(rowToFigure),
      events: (this.#events.all(id) as EventRow[]).map(rowToEvent),
      terms: (this.#terms.all(id) as TermRow[]).map(rowToTerm),
    };
  }

  /** The time expressions of one document, in text order. */
  times(id: string): Time[] {
    return (this.#times.all(id) as TimeRow[]).map(rowToTime);
  }

  /** Every document in ingest order, without text and items. */
  list(): StoredDocument[] {
    return (this.#list.all() as DocumentRow[]).map((row) => ({
      id: row.id, origin: row.origin, url: row.url, outlet: row.outlet, title: row.title,
      published: published(row), ingestedAt: row.ingested_at,
      duplicateOf: row.duplicate_of === null ? null : { id: row.duplicate_of, similarity: row.similarity ?? 0 },
    }));
  }
}

function published(row: DocumentRow): Published {
  return {
    date: row.published_date, how: row.published_how, confidence: row.published_confidence,
    evidence: JSON.parse(row.published_evidence) as string[],
  };
}
