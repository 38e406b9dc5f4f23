import { test } from "node:test";
import assert from "node:assert/strict";
import { openStore } from "../../src/store/index.js";
import { MIGRATIONS } from "../../src/store/migrations/index.js";
import { migrate } from "../../src/store/migrator.js";
import { openSqliteDriver } from "../../src/store/sqlite-driver.js";
import { fingerprint } from "../../src/dedupe/minhash.js";
import { bandKeys } from "../../src/dedupe/lsh.js";
import { tempDb } from "./helpers.js";

const TEXT = "Delegations from both sides met in Geneva on Monday for a second round of talks on a prisoner exchange and a truce along the front line.";

test("migration 004 replaces band keys made the old way with keys of the current bands", () => {
  const db = tempDb();
  try {
    const raw = openSqliteDriver(db.path);
    migrate(raw, MIGRATIONS.filter((m) => m.name < "2026-11-25-004"));
    raw.prepare(`INSERT INTO documents (id, origin, published_how, published_confidence, published_evidence, text, ingested_at)
      VALUES ('d1', 'a.txt', 'unknown', 0, '[]', ?, '2026-11-25')`).run(TEXT);
    const sig = fingerprint(TEXT);
    raw.prepare("INSERT INTO dedupe_signatures (doc_id, signature) VALUES ('d1', ?)").run(Buffer.from(sig.buffer));
    for (const stale of [1, 2, 3]) raw.prepare("INSERT INTO dedupe_bands (band_key, doc_id) VALUES (?, 'd1')").run(stale);
    raw.close();

    const store = openStore(db.path);
    try {
      assert.equal(store.findNearDuplicate(TEXT)?.id, "d1");
    } finally {
      store.close();
    }
    const check = openSqliteDriver(db.path);
    const keys = (check.prepare("SELECT band_key FROM dedupe_bands WHERE doc_id = 'd1' ORDER BY band_key").all() as Array<{ band_key: number }>).map((r) => r.band_key);
    check.close();
    assert.deepEqual(keys, [...bandKeys(sig)].sort((a, b) => a - b));
  } finally {
    db.cleanup();
  }
});
