/**
 * Acceptance on the shared seed articles, ingested without dates: the
 * timeline finds the dated events of gold/timeline.json (same type, date ±1
 * day or in the gold month) and gives each one entry. Skips when ../shared
 * is absent.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildTimeline, type ReconciledEntry } from "../../src/corpus/timeline.js";
import { ingestCorpus } from "../../src/ingest-corpus.js";
import { openStore } from "../../src/store/index.js";
import { scoreTimeline } from "./gold-timeline.js";

const SHARED = fileURLToPath(new URL("../../../shared/", import.meta.url));
const GOLD = join(SHARED, "gold", "timeline.json");

async function seedTimelines(): Promise<{ built: ReconciledEntry[]; stored: ReconciledEntry[] }> {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-timeline-"));
  const store = openStore(join(dir, "store.db"));
  try {
    await ingestCorpus(store, [join(SHARED, "seeds")]);
    return { built: buildTimeline(store.listEvents()), stored: store.listTimeline() };
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test("the seed timeline finds the gold events, one entry each", { skip: !existsSync(GOLD) && "../shared is absent" }, async () => {
  const { built, stored } = await seedTimelines();
  for (const entries of [built, stored]) {
    const score = scoreTimeline(GOLD, entries);
    assert.ok(score.recall >= 0.8, `recall ${score.recall}`);
    // The one allowed "duplicate" is a distinct event: the 2025-03-21 article
    // reports rocket fire on Thursday and again on Friday, two attacks in its
    // own gold (gold/NOTES.md), while timeline.json lists only Thursday's, so
    // with ±1 day Friday's entry also matches it.
    assert.ok(score.duplicated.length <= 1, score.duplicated.join("; "));
    assert.ok(score.duplicated.every((d) => d.startsWith("attack 2025-03-20")), score.duplicated.join("; "));
  }
  const attack = stored.find((t) => t.type === "attack" && t.date === "2023-10-07" && t.actors.includes("Hamas"));
  assert.ok(attack && attack.outlets >= 3 && attack.reports.length === attack.outlets, JSON.stringify(attack?.reports.map((r) => r.doc)));
});
