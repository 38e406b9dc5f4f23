import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { cleanText } from "../../src/clean/boilerplate.js";

/** The brief's floor; cleaning is one stage of a pipeline that must stay above 1 MB/s overall. */
const MIN_MB_PER_S = 20;
const SAMPLE_BYTES = 4e6;
const RUNS = 5;

/** Article-like prose: long paragraphs, the occasional short line. */
const PROSE = [
  "Heavy rain slowed the evacuation of two border villages on Tuesday, and officials said about 1,800 residents were still waiting for buses on the main road north of the river.",
  "The regional council said it had asked the army for trucks, but the request had not been answered by the evening, when shelling resumed near the bridge.",
  "Aid groups warned that the shelters in the regional capital were already full and that schools would have to stay closed for at least another week.",
  "Talks between the two delegations are expected to resume in the capital on Friday, a mediator said, adding that both sides had agreed to an agenda.",
].join("\n\n");

test(`cleanText runs above ${MIN_MB_PER_S} MB/s on article text with boilerplate`, () => {
  const boilerplate = readFileSync(new URL("../fixtures/ingest/text-boilerplate/source.txt", import.meta.url), "utf8");
  const unit = `${PROSE}\n\n${boilerplate}\n\n${PROSE}\n\n`;
  const text = unit.repeat(Math.ceil(SAMPLE_BYTES / unit.length));
  const mb = Buffer.byteLength(text) / 1e6;
  cleanText(text);
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    cleanText(text);
    best = Math.min(best, performance.now() - started);
  }
  const rate = mb / (best / 1000);
  assert.ok(rate > MIN_MB_PER_S, `${rate.toFixed(1)} MB/s`);
});
