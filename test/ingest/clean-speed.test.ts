import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { cleanText } from "../../src/clean/boilerplate.js";

/** The brief's floor; cleaning is one stage of a pipeline that must stay above 1 MB/s overall. */
const MIN_MB_PER_S = 20;
const SAMPLE_BYTES = 4e6;

test(`cleanText runs above ${MIN_MB_PER_S} MB/s on boilerplate-heavy text`, () => {
  const unit = readFileSync(new URL("../fixtures/ingest/text-boilerplate/source.txt", import.meta.url), "utf8");
  const text = unit.repeat(Math.ceil(SAMPLE_BYTES / unit.length));
  const mb = Buffer.byteLength(text) / 1e6;
  cleanText(text);
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    cleanText(text);
    best = Math.min(best, performance.now() - started);
  }
  const rate = mb / (best / 1000);
  assert.ok(rate > MIN_MB_PER_S, `${rate.toFixed(1)} MB/s`);
});
