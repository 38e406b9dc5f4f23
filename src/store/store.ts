/**
 * The store that `sitrep ingest` fills and the corpus commands read: one
 * SQLite file, migrated on open, behind a synchronous API.
 */
import type { DocumentRecord, Time } from "../types.js";
import { DocumentRepository, type StoredDocument } from "./document-repository.js";
import type { SqlDriver } from "./driver.js";
import {
  ItemQueries, type EventFilter, type FigureFilter, type StoredEvent, type StoredFigure, type StoredTerm,
} from "./item-queries.js";
import { MIGRATIONS } from "./migrations/index.js";
import { migrate } from "./migrator.js";
import { NEAR_DUPLICATE_THRESHOLD, NearDuplicateIndex, type NearDuplicate } from "./near-duplicate-index.js";
import { openSqliteDriver } from "./sqlite-driver.js";
import { TimelineRepository } from "./timeline-repository.js";
import type { ReconciledEntry } from "../corpus/timeline.js";

export interface StoreOptions {
  /** Estimated Jaccard similarity from which a text is a near-duplicate (default 0.8). */
  nearDuplicateThreshold?: number;
}

export interface SaveMeta {
  /** Where the document came from (Article.origin). */
  origin: string;
  /**
   * The original this document copies, as findNearDuplicate returned it; null
   * when the caller checked and found none; omitted to let the store check.
   */
  duplicateOf?: NearDuplicate | null;
}

export interface StoreStats {
  documents: number;
  duplicates: number;
  events: number;
  figures: number;
  times: number;
}

export class Store {
  readonly #db: SqlDriver;
  readonly #documents: DocumentRepository;
  readonly #items: ItemQueries;
  readonly #nearDuplicates: NearDuplicateIndex;
  readonly #timeline: TimelineRepository;
  #batchOpen = false;

  constructor(db: SqlDriver, options: StoreOptions = {}) {
    this.#db = db;
    this.#nearDuplicates = new NearDuplicateIndex(db, options.nearDuplicateThreshold ?? NEAR_DUPLICATE_THRESHOLD);
    this.#documents = new DocumentRepository(db, this.#nearDuplicates);
    this.#items = new ItemQueries(db);
    this.#timeline = new TimelineRepository(db);
  }

  /** Exact duplicates share an id (the hash of the cleaned text): check before extracting. */
  hasDocument(id: string): boolean {
    return this.#documents.has(id);
  }

  /** The stored original most similar to `text` at or above the threshold, or null. */
  findNearDuplicate(text: string): NearDuplicate | null {
    return this.#nearDuplicates.find(text);
  }

  /**
   * Saves a document with all its items and its fingerprint in one
   * transaction; "exists" (and nothing written) when the id is stored already.
   * A near-duplicate is stored as a row linked to its original, and the store
   * drops its items (pass the full record or empty lists, as convenient).
   * Throws when a row violates the schema, after rolling the document back.
   */
  saveDocument(record: DocumentRecord, meta: SaveMeta): "inserted" | "exists" {
    return this.#db.transaction(() => {
      if (this.#documents.has(record.id)) return "exists";
      const duplicateOf = meta.duplicateOf === undefined ? this.#nearDuplicates.find(record.text) : meta.duplicateOf;
      return this.#documents.save(record, meta.origin, duplicateOf);
    });
  }

  /**
   * Groups the following saves into one commit, until commitBatch. Each
   * saveDocument then runs as a savepoint inside it, so a failing document is
   * still rolled back alone and no document is ever half-written; what a
   * batch saves is the commit itself, which in WAL mode rewrites every page
   * a save touched and costs more than the inserts of a small document. A
   * process killed mid-batch loses the batch's documents whole, and
   * ingesting the same inputs again adds them.
   */
  beginBatch(): void {
    if (this.#batchOpen) return;
    this.#db.exec("BEGIN IMMEDIATE");
    this.#batchOpen = true;
  }

  /** Commits the saves since beginBatch; a no-op when no batch is open. */
  commitBatch(): void {
    if (!this.#batchOpen) return;
    this.#db.exec("COMMIT");
    this.#batchOpen = false;
  }

  getDocument(id: string): DocumentRecord | null {
    return this.#documents.get(id);
  }

  listDocuments(): StoredDocument[] {
    return this.#documents.list();
  }

  listTimes(docId: string): Time[] {
    return this.#documents.times(docId);
  }

  listEvents(filter?: EventFilter): StoredEvent[] {
    return this.#items.events(filter);
  }

  /**
   * The timeline, one entry per real-world event; documents saved since the
   * last read are filed into it first (a copy has no events, so it adds no report).
   */
  listTimeline(filter?: EventFilter): ReconciledEntry[] {
    this.fileTimeline();
    return this.#timeline.list(filter);
  }

  /** Files the events of the documents saved since the timeline was last filed (listTimeline does this first). */
  fileTimeline(): void {
    this.#db.transaction(() => this.#timeline.catchUp());
  }

  /** Regroups every stored event into timeline entries from scratch (after the grouping rules change). */
  rebuildTimeline(): void {
    this.#db.transaction(() => this.#timeline.rebuild());
  }

  listFigures(filter?: FigureFilter): StoredFigure[] {
    return this.#items.figures(filter);
  }

  /** Deal terms of every document, with where each was reported. */
  listTerms(): StoredTerm[] {
    return this.#items.terms();
  }

  stats(): StoreStats {
    return this.#items.stats();
  }

  close(): void {
    this.commitBatch();
    this.#db.close();
  }
}

/**
 * Opens (creating if needed) the store at `path` and migrates it to the
 * current schema. Throws when a migration fails or the file was written by a
 * newer sitrep.
 *
 * @example
 * const store = openStore(":memory:");
 * store.stats().documents // → 0
 * store.close();
 */
export function openStore(path: string, options: StoreOptions = {}): Store {
  const db = openSqliteDriver(path);
  const failed = migrate(db, MIGRATIONS).filter((r) => r.status === "failed");
  if (failed.length > 0) {
    db.close();
    throw new Error(`cannot open store ${path}: ${failed.map((r) => `${r.name}: ${r.error}`).join("; ")}`);
  }
  return new Store(db, options);
}
