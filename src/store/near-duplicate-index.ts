/**
 * The stored side of src/dedupe: fingerprints and their LSH band keys in two
 * tables, so finding a syndicated copy costs 16 index probes plus one
 * comparison per candidate, whatever the number of stored documents.
 */
import { bandKeys } from "../dedupe/lsh.js";
import { estimateSimilarity, fingerprint } from "../dedupe/minhash.js";
import type { SqlDriver, SqlStatement } from "./driver.js";

export interface NearDuplicate {
  id: string;
  similarity: number;
}

/** Default Jaccard estimate from which a document counts as a copy. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;

/**
 * Finds and records near-duplicates in the store's tables.
 *
 * @example
 * const index = new NearDuplicateIndex(db);
 * index.add("a1", articleText);          // inside the document's transaction
 * index.find(copyText)                   // → { id: "a1", similarity: 0.9 }
 */
export class NearDuplicateIndex {
  readonly #insertSignature: SqlStatement;
  readonly #insertBand: SqlStatement;
  readonly #candidates: SqlStatement;

  constructor(db: SqlDriver, readonly threshold = NEAR_DUPLICATE_THRESHOLD) {
    this.#insertSignature = db.prepare("INSERT INTO dedupe_signatures (doc_id, signature) VALUES (?, ?)");
    this.#insertBand = db.prepare("INSERT OR IGNORE INTO dedupe_bands (band_key, doc_id) VALUES (?, ?)");
    this.#candidates = db.prepare(`SELECT doc_id, signature FROM dedupe_signatures WHERE doc_id IN (
      SELECT doc_id FROM dedupe_bands WHERE band_key IN (SELECT value FROM json_each(?)))`);
  }

  /** The most similar stored document at or above the threshold, or null. */
  find(text: string): NearDuplicate | null {
    const sig = fingerprint(text);
    const keys = bandKeys(sig);
    if (keys.length === 0) return null;
    const rows = this.#candidates.all(JSON.stringify(keys)) as Array<{ doc_id: string; signature: Buffer }>;
    let best: NearDuplicate | null = null;
    for (const row of rows) {
      const similarity = estimateSimilarity(sig, fromBlob(row.signature));
      if (similarity >= this.threshold && (best === null || similarity > best.similarity ||
          (similarity === best.similarity && row.doc_id < best.id))) {
        best = { id: row.doc_id, similarity };
      }
    }
    return best;
  }

  /** Indexes a document; call inside the transaction that inserts its row. */
  add(docId: string, text: string): void {
    const sig = fingerprint(text);
    const keys = bandKeys(sig);
    if (keys.length === 0) return;
    this.#insertSignature.run(docId, Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength));
    for (const key of keys) this.#insertBand.run(key, docId);
  }
}

/** Copies the blob: a Buffer's offset into its pool need not be 4-byte aligned. */
function fromBlob(blob: Buffer): Uint32Array {
  const out = new Uint32Array(blob.byteLength / 4);
  new Uint8Array(out.buffer).set(blob);
  return out;
}
