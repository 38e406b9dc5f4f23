/**
 * `npm run bench`: throughput of ingest + extract + store on generated
 * articles, in MB of article text per second on one core, and peak RSS;
 * before that, the time layer alone (sentences, publication date, time
 * expressions) on the same texts. A benchmark, not a test: it prints
 * numbers and judges nothing.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inferPublished } from "../src/dates/publication-date.js";
import { extractTimes } from "../src/extract/times/index.js";
import { ingestCorpus } from "../src/ingest-corpus.js";
import { AnalyzedText } from "../src/text/analyzed-text.js";
import { openStore } from "../src/store/index.js";
import { generateArticle } from "./generate-articles.js";

const count = Number(process.argv[2] ?? 10_000);
const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-"));
const inputs = join(dir, "articles");
mkdirSync(inputs);
let bytes = 0;
// The time layer as the pipeline runs it (sentences, then the DCT solver, then time expressions resolved
// against it), timed on each text as it is generated so that no text is kept for it.
let timeMentions = 0;
let timeMs = 0;
for (let i = 0; i < count; i++) {
  const text = generateArticle(i);
  bytes += Buffer.byteLength(text);
  writeFileSync(join(inputs, `article-${String(i).padStart(6, "0")}.txt`), text);
  const started = performance.now();
  const doc = new AnalyzedText(text);
  timeMentions += extractTimes(doc, inferPublished(doc, { given: null, meta: null }).date).length;
  timeMs += performance.now() - started;
}
console.log(`generated ${count} articles, ${(bytes / 1e6).toFixed(1)} MB in ${inputs}`);
console.log(`time layer: ${timeMentions} time expressions, ${(bytes / 1e6 / (timeMs / 1000)).toFixed(2)} MB/s (${(timeMs / 1000).toFixed(1)} s, one core)`);

const store = openStore(join(dir, "bench.db"));
const started = performance.now();
const summary = await ingestCorpus(store, [inputs]);
const seconds = (performance.now() - started) / 1000;
const stats = store.stats();
store.close();
rmSync(dir, { recursive: true, force: true });

const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(`ingested: ${summary.new} new, ${summary.duplicates} duplicates, ${summary.failed} failed`);
console.log(`stored: ${stats.events} events, ${stats.figures} figures, ${stats.times} times`);
console.log(`throughput: ${(bytes / 1e6 / seconds).toFixed(2)} MB/s (${seconds.toFixed(1)} s, one core)`);
console.log(`peak RSS: ${peakMb.toFixed(0)} MB`);
