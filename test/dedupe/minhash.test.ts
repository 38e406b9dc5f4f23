import { test } from "node:test";
import assert from "node:assert/strict";
import { BANDS, bandKeys } from "../../src/dedupe/lsh.js";
import { NUM_HASHES, estimateSimilarity, fingerprint } from "../../src/dedupe/minhash.js";
import { ARTICLE, UNRELATED } from "../store/fixtures/records.js";

const COPY = `Third round of truce talks opens by the lake\n${ARTICLE}\nSign up for our morning briefing to get these stories first.`;

test("a syndicated copy with a new headline and a boilerplate line scores above 0.8", () => {
  const s = estimateSimilarity(fingerprint(ARTICLE), fingerprint(COPY));
  assert.ok(s > 0.8 && s < 1, `similarity ${s}`);
});

test("an unrelated article scores near zero", () => {
  assert.ok(estimateSimilarity(fingerprint(ARTICLE), fingerprint(UNRELATED)) < 0.1);
});

test("case, punctuation and typographic quotes do not change the fingerprint", () => {
  const plain = "the minister said it's a 'final offer' - talks end on friday";
  const styled = "The Minister said: it’s a “final offer” — talks END on Friday!";
  assert.deepEqual(fingerprint(styled), fingerprint(plain));
});

test("word order matters: the same words reshuffled are not a copy", () => {
  const words = ARTICLE.split(" ");
  const shuffled = words.map((_, i) => words[(i * 37) % words.length]).join(" ");
  assert.ok(estimateSimilarity(fingerprint(ARTICLE), fingerprint(shuffled)) < 0.1);
});

test("short and empty texts", () => {
  assert.equal(estimateSimilarity(fingerprint("Ceasefire holds"), fingerprint("ceasefire holds.")), 1);
  assert.equal(estimateSimilarity(fingerprint("Ceasefire holds"), fingerprint("Ceasefire ends")), 0);
  assert.equal(estimateSimilarity(fingerprint(""), fingerprint("")), 0);
  assert.equal(estimateSimilarity(fingerprint(" — "), fingerprint(ARTICLE)), 0);
  assert.equal(fingerprint("").length, NUM_HASHES);
});

test("the fingerprint is deterministic across calls", () => {
  assert.deepEqual(fingerprint(ARTICLE), fingerprint(ARTICLE));
  assert.notDeepEqual(fingerprint(ARTICLE), fingerprint(UNRELATED));
});

test("band keys: one per band, shared by near-duplicates, none for empty text", () => {
  const a = bandKeys(fingerprint(ARTICLE));
  const b = bandKeys(fingerprint(COPY));
  assert.equal(a.length, BANDS);
  assert.ok(a.every((k, band) => Number.isSafeInteger(k) && Math.floor(k / 2 ** 32) === band));
  assert.ok(a.filter((k, i) => k === b[i]).length >= 4);
  const c = bandKeys(fingerprint(UNRELATED));
  assert.equal(a.filter((k, i) => k === c[i]).length, 0);
  assert.deepEqual(bandKeys(fingerprint("")), []);
});
