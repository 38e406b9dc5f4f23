/**
 * Acceptance on the shared seed articles: ingested without dates, the ledger
 * shows the November 2023 truce and the January 2025 ceasefire with the
 * statuses, mediators, terms and phase the articles state
 * (gold/agreements.json). Skips when ../shared is absent.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildAgreements, type Agreement } from "../../../src/corpus/agreements/index.js";
import { ingestCorpus } from "../../../src/ingest-corpus.js";
import { openStore } from "../../../src/store/index.js";

const SEEDS = fileURLToPath(new URL("../../../../shared/seeds/", import.meta.url));

async function seedLedger(): Promise<Agreement[]> {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-agreements-"));
  const store = openStore(join(dir, "store.db"));
  try {
    await ingestCorpus(store, [SEEDS]);
    return buildAgreements({ events: store.listEvents(), terms: store.listTerms() });
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test("seed ledger: the November 2023 truce and the January 2025 ceasefire", { skip: !existsSync(SEEDS) && "../shared absent" }, async () => {
  const list = await seedLedger();
  const byName = new Map(list.map((a) => [a.name, a]));

  const truce = byName.get("November 2023 truce");
  assert.ok(truce, `no November 2023 truce in ${[...byName.keys()].join("; ")}`);
  assert.deepEqual(truce.status_history, [
    { status: "in_effect", date: "2023-11-24" }, { status: "extended", date: "2023-11" }, { status: "expired", date: "2023-12-01" },
  ]);
  assert.deepEqual(truce.parties.slice().sort(), ["Hamas", "Israel"]);
  assert.deepEqual(truce.mediators.slice().sort(), ["Egypt", "Qatar", "United States"]);
  const values = truce.terms.map((t) => [t.kind, t.values]);
  assert.ok(values.some(([k, v]) => k === "exchange_ratio" && JSON.stringify(v) === JSON.stringify({ prisoners: 3, hostages: 1 })));
  assert.ok(values.some(([k, v]) => k === "extension_rule" && JSON.stringify(v) === JSON.stringify({ hostages: 10, days: 1 })));
  assert.ok(values.some(([k, v]) => k === "duration" && JSON.stringify(v) === JSON.stringify({ days: 4 })));

  const ceasefire = byName.get("January 2025 ceasefire");
  assert.ok(ceasefire, `no January 2025 ceasefire in ${[...byName.keys()].join("; ")}`);
  assert.deepEqual(ceasefire.status_history[0], { status: "in_effect", date: "2025-01-19" });
  assert.deepEqual(ceasefire.status_history.at(-1), { status: "collapsed", date: "2025-03-18" });
  assert.deepEqual(ceasefire.parties.slice().sort(), ["Hamas", "Israel"]);
  assert.deepEqual(ceasefire.mediators.slice().sort(), ["Egypt", "Qatar", "United States"]);
  assert.deepEqual({ ...ceasefire.phases[0], terms: [] }, { n: 1, days: 42, start: "2025-01-19", end: "2025-03-01", terms: [] });
  assert.ok(ceasefire.phases.some((p) => p.n === 2 && p.terms.some((t) => t.kind === "phase" && t.values.end_of_war === 1)));
  assert.ok(ceasefire.docs.length >= 2, "the ceasefire is reported by two seeds");

  const israeli = list.find((a) => a.proposed_by === "Israel" && a.terms.some((t) => t.kind === "release_schedule"));
  assert.deepEqual(israeli?.terms.find((t) => t.kind === "release_schedule")?.values, { hostages: 3, per: "week" });
  const witkoff = list.find((a) => a.name.startsWith("Witkoff proposal"));
  assert.ok(witkoff?.terms.some((t) => t.kind === "duration" && t.values.until === "2025-04"));
  // one side adhering to the envoy's plan while the other deliberates is no acceptance
  assert.deepEqual(witkoff?.status_history, [{ status: "proposed", date: "2025-03" }]);

  const fighting = new Set([truce, ceasefire].flatMap((a) => a.parties));
  for (const a of list) assert.deepEqual(a.mediators.filter((m) => fighting.has(m)), [], `${a.name} lists a side of the fighting as mediator`);
});
