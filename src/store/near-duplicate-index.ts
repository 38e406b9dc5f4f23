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
const MAX_CANDIDATES = 16;
const MAX_PER_BUCKET = 64;

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
  readonly #bucket: SqlStatement;
  readonly #signature: SqlStatement;
  // Ingest looks a text up and then adds it: the last fingerprint is kept so
  // the text is hashed once, not twice.
  #last: { text: string; sig: Uint32Array } | null = null;

  constructor(db: SqlDriver, readonly threshold = NEAR_DUPLICATE_THRESHOLD) {
    this.#insertSignature = db.prepare("INSERT INTO dedupe_signatures (doc_id, signature) VALUES (?, ?)");
    this.#insertBand = db.prepare("INSERT OR IGNORE INTO dedupe_bands (band_key, doc_id) VALUES (?, ?)");
    this.#bucket = db.prepare(`SELECT doc_id FROM dedupe_bands WHERE band_key = ? LIMIT ${MAX_PER_BUCKET}`);
    this.#signature = db.prepare("SELECT signature FROM dedupe_signatures WHERE doc_id = ?");
  }

  /** The most similar stored document at or above the threshold, or null. */
  find(text: string): NearDuplicate | null {
    const sig = this.#fingerprint(text);
    const keys = bandKeys(sig);
    if (keys.length === 0) return null;
    let best: NearDuplicate | null = null;
    for (const id of this.#candidates(keys)) {
      const row = this.#signature.get(id) as { signature: Buffer };
      const similarity = estimateSimilarity(sig, fromBlob(row.signature));
      if (similarity >= this.threshold && (best === null || similarity > best.similarity ||
          (similarity === best.similarity && id < best.id))) {
        best = { id, similarity };
      }
    }
    return best;
  }

  /**
   * Stored documents sharing a band with `keys`, those sharing most first.
   * Both the bucket reads and the candidates are capped, so a lookup stays
   * bounded even when many stored articles share boilerplate; a true copy
   * shares 6 or more of the 16 bands and is not crowded out.
   */
  #candidates(keys: number[]): string[] {
    const shared = new Map<string, number>();
    for (const key of keys) {
      for (const row of this.#bucket.all(key) as Array<{ doc_id: string }>) {
        shared.set(row.doc_id, (shared.get(row.doc_id) ?? 0) + 1);
      }
    }
    return [...shared].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES).map(([id]) => id);
  }

  #fingerprint(text: string): Uint32Array {
    if (this.#last?.text !== text) this.#last = { text, sig: fingerprint(text) };
    return this.#last.sig;
  }

  /** Indexes a document; call inside the transaction that inserts its row. */
  add(docId: string, text: string): void {
    const sig = this.#fingerprint(text);
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
