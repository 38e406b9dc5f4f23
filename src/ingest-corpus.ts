/**
 * The corpus run behind `sitrep ingest`: every input through read → clean →
 * extract → store, one document per transaction, one status per input. A bad
 * file is reported and skipped; it never stops the run or touches the store.
 */
import { readInputs, type InputItem } from "./ingest/read-inputs.js";
import { documentId, extractDocument } from "./pipeline.js";
import type { Store } from "./store/index.js";
import type { Article, DocumentRecord } from "./types.js";
import { oneLine } from "./errors.js";

export type IngestStatus =
  | { origin: string; status: "new"; id: string; figures: number; events: number }
  | { origin: string; status: "exists"; id: string }
  | { origin: string; status: "duplicate"; id: string; of: string; similarity: number }
  | { origin: string; status: "failed"; error: string };

export interface IngestSummary {
  new: number;
  exists: number;
  duplicates: number;
  failed: number;
  bytes: number;
  statuses: IngestStatus[];
}

export interface IngestOptions {
  published?: string | null;
  stdin?: NodeJS.ReadableStream;
  /** Called after each input with its status, for progress display. */
  onItem?: (status: IngestStatus) => void;
}

// A syndicated copy keeps its own metadata but is not extracted again:
// its facts are already in the store under the original.
function duplicateRecord(article: Article, id: string, published: string | null): DocumentRecord {
  const date = published ?? article.publishedMeta;
  const how = published ? "given" : date ? "metadata" : "unknown";
  return {
    id,
    url: article.url,
    outlet: article.outlet,
    title: article.title,
    byline: article.byline,
    published: { date, how, confidence: date ? 1 : 0, evidence: [] },
    text: article.text,
    times: [],
    figures: [],
    events: [],
    terms: [],
  };
}

function ingestArticle(store: Store, article: Article, options: IngestOptions): IngestStatus {
  const origin = article.origin;
  const id = documentId(article.text);
  if (store.hasDocument(id)) return { origin, status: "exists", id };
  const near = store.findNearDuplicate(article.text);
  if (near) {
    store.saveDocument(duplicateRecord(article, id, options.published ?? null), { origin, duplicateOf: near });
    return { origin, status: "duplicate", id, of: near.id, similarity: near.similarity };
  }
  const record = extractDocument(article, { published: options.published ?? null });
  store.saveDocument(record, { origin, duplicateOf: null });
  return { origin, status: "new", id, figures: record.figures.length, events: record.events.length };
}

/** A batch commits after this many new documents or this long, whichever comes first. */
const BATCH_DOCUMENTS = 100;
const BATCH_MS = 1000;

/**
 * Ingests files, directories, feeds or stdin ("-") into the store. Documents
 * are committed in batches (see Store.beginBatch): each is still atomic, and
 * the closing summary is only returned once everything is committed.
 *
 * @example
 * const summary = await ingestCorpus(openStore("sitrep.db"), ["articles/"]);
 * console.log(summary.new, summary.failed);
 */
export async function ingestCorpus(store: Store, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { new: 0, exists: 0, duplicates: 0, failed: 0, bytes: 0, statuses: [] };
  let pending = 0;
  let batchStarted = performance.now();
  store.beginBatch();
  try {
    for await (const item of readInputs(paths, { stdin: options.stdin })) {
      const status = ingestItem(store, item, options);
      if (status.status !== "failed") summary.bytes += item.ok ? item.article.text.length : 0;
      count(summary, status);
      options.onItem?.(status);
      if (++pending >= BATCH_DOCUMENTS || performance.now() - batchStarted > BATCH_MS) {
        store.commitBatch();
        store.beginBatch();
        pending = 0;
        batchStarted = performance.now();
      }
    }
  } finally {
    store.commitBatch();
  }
  return summary;
}

function ingestItem(store: Store, item: InputItem, options: IngestOptions): IngestStatus {
  if (!item.ok) return { origin: item.origin, status: "failed", error: item.error };
  try {
    return ingestArticle(store, item.article, options);
  } catch (err) {
    return { origin: item.article.origin, status: "failed", error: oneLine(err) };
  }
}

function count(summary: IngestSummary, status: IngestStatus): void {
  if (status.status === "new") summary.new++;
  else if (status.status === "exists") summary.exists++;
  else if (status.status === "duplicate") summary.duplicates++;
  else summary.failed++;
  summary.statuses.push(status);
}

