/**
 * 32-bit hashing primitives for MinHash. Non-cryptographic on purpose: a
 * fingerprint only has to spread shingles evenly, and it must run at tens of
 * megabytes per second.
 */

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/**
 * MurmurHash3's finalizer: a bijection on 32-bit integers that mixes every
 * input bit into every output bit, so `mix32(x ^ seed)` acts as one random
 * permutation per seed.
 *
 * @example
 * mix32(0) // → 0
 * mix32(1) !== mix32(2) // → true
 */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/**
 * `count` well-spread 32-bit seeds from a fixed start (splitmix32), so every
 * run and every machine derives the same hash family and stored fingerprints
 * stay comparable.
 *
 * @example
 * makeSeeds(2, 1).length // → 2
 */
export function makeSeeds(count: number, start: number): Uint32Array {
  const seeds = new Uint32Array(count);
  let state = start >>> 0;
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    seeds[i] = mix32(state);
  }
  return seeds;
}
