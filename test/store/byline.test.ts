import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ingestCorpus } from "../../src/ingest-corpus.js";
import { openStore } from "../../src/store/index.js";
import { ARTICLE, articleRecord, idOf } from "./fixtures/records.js";
import { tempDb } from "./helpers.js";

test("the byline is saved and read back, null as null", () => {
  const store = openStore(":memory:");
  const named = articleRecord();
  const text = `${ARTICLE} A second edition.`;
  const unnamed = { ...articleRecord(), id: idOf(text), text, byline: null };
  store.saveDocument(named, { origin: "a.txt", duplicateOf: null });
  store.saveDocument(unnamed, { origin: "b.txt", duplicateOf: null });
  assert.equal(store.getDocument(named.id)?.byline, "Mira Osei and Tomas Varga");
  assert.equal(store.getDocument(unnamed.id)?.byline, null);
  store.close();
});

test("ingest stores the byline of a new document and of a near-duplicate", async () => {
  const db = tempDb();
  try {
    writeFileSync(join(db.dir, "1-original.txt"), `By Ana Ruiz and Tom Hale, Delta Courier\n\n${ARTICLE}`);
    writeFileSync(join(db.dir, "2-copy.txt"), `By Sun Li\n\n${ARTICLE}\n\nFollow our coverage for the latest updates.`);
    writeFileSync(join(db.dir, "3-unsigned.txt"), "Talks resumed in the lakeside town on Thursday, the mediators said.");
    const store = openStore(db.path);
    const summary = await ingestCorpus(store, [join(db.dir, "1-original.txt"), join(db.dir, "2-copy.txt"), join(db.dir, "3-unsigned.txt")]);
    assert.deepEqual(summary.statuses.map((s) => s.status), ["new", "duplicate", "new"]);
    const bylines = summary.statuses.map((s) => ("id" in s ? store.getDocument(s.id)?.byline : undefined));
    assert.deepEqual(bylines, ["Ana Ruiz and Tom Hale", "Sun Li", null]);
    store.close();
  } finally {
    db.cleanup();
  }
});
