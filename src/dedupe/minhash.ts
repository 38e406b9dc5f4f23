/**
 * MinHash fingerprints over word 5-shingles. Syndicated copies of one article
 * differ in headline, boilerplate lines and small edits; their shingle sets
 * still overlap heavily, and the share of equal MinHash slots estimates that
 * overlap (Jaccard similarity) without keeping the shingles.
 */
import { FNV_OFFSET, FNV_PRIME, makeSeeds, mix32 } from "./hash.js";

/** Slots in a fingerprint: the estimate's standard error is about 0.03 near 0.85. */
export const NUM_HASHES = 128;
const SHINGLE_WORDS = 5;
const EMPTY = 0xffffffff;
const SEEDS = makeSeeds(NUM_HASHES, 0x5eed_d0c5);
const MULTIPLIERS = makeSeeds(NUM_HASHES, 0x0dd_ba11).map((m) => m | 1);

/**
 * Which UTF-16 code units belong to words after lower-casing: ASCII letters
 * and digits, and every non-ASCII unit except Latin-1 symbols and the general
 * and CJK punctuation blocks. Curly quotes, dashes and NBSP thus separate
 * words exactly like their ASCII forms, so typography does not change shingles.
 */
const WORD_CHAR = buildWordCharTable();

function buildWordCharTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let c = 0x30; c <= 0x39; c++) table[c] = 1;
  for (let c = 0x61; c <= 0x7a; c++) table[c] = 1;
  for (let c = 0xc0; c < 0x10000; c++) table[c] = 1;
  table[0xd7] = 0;
  table[0xf7] = 0;
  for (let c = 0x2000; c <= 0x206f; c++) table[c] = 0;
  for (let c = 0x3000; c <= 0x303f; c++) table[c] = 0;
  table[0xfeff] = 0;
  return table;
}

/**
 * The MinHash fingerprint of a text: for each of NUM_HASHES seeded hash
 * functions, the minimum over the text's word 5-shingles (case and
 * punctuation ignored). A text of fewer than five words is one shingle; a
 * text without words gets an all-empty fingerprint that matches nothing.
 *
 * @example
 * const a = fingerprint("Talks resumed in the capital on Monday after a pause of two weeks.");
 * a.length // → 128
 */
export function fingerprint(text: string): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(EMPTY);
  const lower = text.toLowerCase();
  const ring = new Uint32Array(SHINGLE_WORDS);
  const n = lower.length;
  let words = 0;
  let word = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? lower.charCodeAt(i) : 0x20;
    if (WORD_CHAR[c] === 1) {
      word = Math.imul(word ^ c, FNV_PRIME);
      inWord = true;
    } else if (inWord) {
      ring[words % SHINGLE_WORDS] = word;
      words++;
      if (words >= SHINGLE_WORDS) addShingle(sig, shingleHash(ring, words, SHINGLE_WORDS));
      word = FNV_OFFSET;
      inWord = false;
    }
  }
  if (words > 0 && words < SHINGLE_WORDS) addShingle(sig, shingleHash(ring, words, words));
  return sig;
}

/** Hash of the last `len` words in the ring, oldest first, so word order counts. */
function shingleHash(ring: Uint32Array, words: number, len: number): number {
  let h = FNV_OFFSET;
  for (let k = words - len; k < words; k++) h = Math.imul(h ^ ring[k % SHINGLE_WORDS], FNV_PRIME);
  return h >>> 0;
}

/**
 * Slot i's hash of a shingle: the shingle is mixed once (mix32), then each
 * slot applies a cheap bijection of its own (xor seed, multiply by an odd
 * constant, xor-shift). Doing the full mix per slot would be 128 mixes per
 * word and halve the throughput.
 */
function addShingle(sig: Uint32Array, shingle: number): void {
  const x = mix32(shingle);
  for (let i = 0; i < NUM_HASHES; i++) {
    let v = Math.imul(x ^ SEEDS[i], MULTIPLIERS[i]);
    v = (v ^ (v >>> 15)) >>> 0;
    if (v < sig[i]) sig[i] = v;
  }
}

/**
 * Estimated Jaccard similarity of the shingle sets behind two fingerprints:
 * the share of slots where they agree. Empty fingerprints are similar to nothing.
 *
 * @example
 * estimateSimilarity(fingerprint("one two three four five six"), fingerprint("one two three four five six")) // → 1
 * estimateSimilarity(fingerprint(""), fingerprint("")) // → 0
 */
export function estimateSimilarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a[0] === EMPTY || b[0] === EMPTY) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

/** True when the text had no word at all, so its fingerprint must not be indexed. */
export function isEmptyFingerprint(sig: Uint32Array): boolean {
  return sig[0] === EMPTY;
}
