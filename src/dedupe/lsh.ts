/**
 * Locality-sensitive hashing over MinHash fingerprints: documents that share
 * any band key are candidates, so a lookup reads a few index entries instead
 * of comparing against every stored fingerprint.
 *
 * 16 bands of 6 slots over the first 96 slots: a pair with Jaccard 0.8
 * shares a band with probability 1 − (1 − 0.8⁶)¹⁶ ≈ 0.992, a pair at 0.5
 * with about 0.22 (and is then rejected on the full 128-slot estimate).
 * Bands of 4 let 64% of pairs at 0.5 through: in a corpus of wire copy that
 * shares stock sentences, every lookup then read and compared hundreds of
 * candidates, and ingest slowed as the store grew. 16 rows per document.
 */
import { FNV_OFFSET, FNV_PRIME, mix32 } from "./hash.js";
import { isEmptyFingerprint } from "./minhash.js";

export const BANDS = 16;
export const ROWS_PER_BAND = 6;
const BAND_SPAN = 2 ** 32;

/**
 * The band keys of a fingerprint: for band b, `b · 2³² + hash(slots of b)`,
 * a safe integer that an SQLite INTEGER column indexes directly. An empty
 * fingerprint has no keys.
 *
 * @example
 * bandKeys(fingerprint("a b c d e f g")).length // → 16
 * bandKeys(fingerprint("")).length // → 0
 */
export function bandKeys(sig: Uint32Array): number[] {
  if (isEmptyFingerprint(sig)) return [];
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = FNV_OFFSET ^ b;
    for (let r = 0; r < ROWS_PER_BAND; r++) h = Math.imul(h ^ sig[b * ROWS_PER_BAND + r], FNV_PRIME);
    keys.push(b * BAND_SPAN + mix32(h));
  }
  return keys;
}
