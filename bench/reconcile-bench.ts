/**
 * `npm run bench:reconcile [DOCUMENTS]`: reconciles the extractions of
 * 100,000 synthetic documents (timeline, figure series and their latest
 * values, figure and date conflicts) in memory, then fills a store with them,
 * files its timeline, and times adding one more document and filing it.
 * Prints numbers and peak RSS; judges nothing.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findFigureConflicts } from "../src/corpus/conflicts.js";
import { findDateConflicts } from "../src/corpus/date-conflicts.js";
import { buildSeries, latestValue, type ReportedFigure } from "../src/corpus/figure-series.js";
import { TimelineBuilder, type ReportedEvent } from "../src/corpus/timeline.js";
import { openStore } from "../src/store/index.js";
import { syntheticRecord } from "./synthetic-records.js";

const documents = Number(process.argv[2] ?? 100_000);
const realEvents = Math.round(documents * 0.6);
const BATCH = 2_000;

const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Everything the corpus commands compute, from every document's items, in memory. */
function reconcileInMemory(): void {
  let started = performance.now();
  const events: ReportedEvent[] = [];
  const figures: ReportedFigure[] = [];
  for (let n = 0; n < documents; n++) {
    const r = syntheticRecord(n, realEvents);
    // one literal per item, as a store read builds them (a spread of two objects weighs about twice as much)
    const [doc, outlet, published] = [r.id, r.outlet, r.published.date];
    for (const e of r.events) {
      events.push({ type: e.type, date: e.date, date_text: e.date_text, actors: e.actors, targets: e.targets, place: e.place,
        modality: e.modality, span: e.span, sentence: e.sentence, rule: e.rule, doc, outlet, published });
    }
    for (const f of r.figures) {
      figures.push({ measure: f.measure, subject: f.subject, group: f.group, condition: f.condition, value: f.value,
        qualifier: f.qualifier, cumulative: f.cumulative, date: f.date, since: f.since, place: f.place, source: f.source,
        span: f.span, sentence: f.sentence, rule: f.rule, doc, outlet, published });
    }
  }
  console.log(`generated ${documents} documents: ${events.length} events, ${figures.length} figures in ${seconds(started)}`);
  started = performance.now();
  const builder = new TimelineBuilder();
  for (const e of events) builder.add(e);
  const timeline = builder.entries();
  const series = buildSeries(figures);
  const latest = series.map(latestValue).filter((p) => p !== null).length;
  const figureConflicts = findFigureConflicts(figures);
  const dateConflicts = findDateConflicts(events);
  console.log(`reconciled in memory in ${seconds(started)}: ${timeline.length} timeline entries ` +
    `(${timeline.filter((t) => t.outlets > 1).length} with several outlets), ${series.length} series (${latest} with a latest value), ` +
    `${figureConflicts.length} figure conflicts, ${dateConflicts.length} date conflicts; RSS ${mb(process.memoryUsage().rss)}`);
}

reconcileInMemory();

// In the store: saves store the items; the timeline files what is new when read.
const dir = mkdtempSync(join(tmpdir(), "sitrep-reconcile-"));
try {
  const store = openStore(join(dir, "bench.db"));
  let started = performance.now();
  for (let n = 0; n < documents; n++) {
    if (n % BATCH === 0) store.beginBatch();
    store.saveDocument(syntheticRecord(n, realEvents), { origin: `syn-${n}`, duplicateOf: null });
    if (n % BATCH === BATCH - 1) store.commitBatch();
  }
  store.commitBatch();
  console.log(`stored ${documents} documents in ${seconds(started)}; RSS ${mb(process.memoryUsage().rss)}`);
  started = performance.now();
  store.fileTimeline();
  console.log(`filed their timeline in ${seconds(started)}; RSS ${mb(process.memoryUsage().rss)}`);
  const times: number[] = [];
  for (let k = 0; k < 5; k++) {
    const record = syntheticRecord(documents + k, realEvents);
    const t0 = performance.now();
    store.saveDocument(record, { origin: "one-more" });
    store.fileTimeline();
    times.push(performance.now() - t0);
  }
  console.log(`added one more document (near-duplicate check, items, commit, then filing its timeline): ${times.map((t) => `${t.toFixed(1)} ms`).join(", ")}`);
  started = performance.now();
  const stored = store.listTimeline({ since: "2025-06-01", until: "2025-06-30" });
  console.log(`read one month of the kept timeline (${stored.length} entries) in ${seconds(started)}`);
  store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
