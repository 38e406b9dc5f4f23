import { test } from "node:test";
import assert from "node:assert/strict";
import { openStore } from "../../src/store/index.js";
import { MIGRATIONS } from "../../src/store/migrations/index.js";
import { migrate } from "../../src/store/migrator.js";
import { openSqliteDriver } from "../../src/store/sqlite-driver.js";
import { extractDocument } from "../../src/pipeline.js";
import type { DocumentRecord, Term } from "../../src/types.js";
import { tempDb } from "../store/helpers.js";

const TEXT = "Under the accord, 40 detainees are swapped for every captive. The truce is set to last 30 days.";

function record(): DocumentRecord {
  const ratio: Term = { kind: "exchange_ratio", text: "40 detainees are swapped for every captive", values: { prisoners: 40, hostages: 1 },
    phase: null, span: [18, 60], sentence: "Under the accord, 40 detainees are swapped for every captive.", rule: "terms/test" };
  const length: Term = { kind: "duration", text: "to last 30 days", values: { days: 30, until: "2031-07" }, phase: 2,
    span: [79, 94], sentence: "The truce is set to last 30 days.", rule: "terms/test" };
  return {
    id: "t1", url: null, outlet: "Example Wire", title: null, byline: null,
    published: { date: "2031-06-01", how: "given", confidence: 1, evidence: [] },
    text: TEXT, times: [], figures: [], events: [], terms: [ratio, length],
  };
}

test("terms are saved with their document and read back deepEqual", () => {
  const db = tempDb();
  const store = openStore(db.path);
  try {
    const rec = record();
    assert.equal(TEXT.slice(...rec.terms[0].span), rec.terms[0].text);
    assert.equal(store.saveDocument(rec, { origin: "t.txt", duplicateOf: null }), "inserted");
    assert.deepEqual(store.getDocument("t1"), rec);
    assert.deepEqual(store.listTerms().map((t) => [t.doc, t.outlet, t.published, t.kind, t.values, t.phase]), [
      ["t1", "Example Wire", "2031-06-01", "exchange_ratio", { prisoners: 40, hostages: 1 }, null],
      ["t1", "Example Wire", "2031-06-01", "duration", { days: 30, until: "2031-07" }, 2],
    ]);
  } finally {
    store.close();
    db.cleanup();
  }
});

test("a malformed term rolls its whole document back", () => {
  const db = tempDb();
  const store = openStore(db.path);
  try {
    const rec = record();
    (rec.terms[1] as unknown as { kind: null }).kind = null;
    assert.throws(() => store.saveDocument(rec, { origin: "t.txt", duplicateOf: null }));
    assert.equal(store.getDocument("t1"), null);
    assert.deepEqual(store.listTerms(), []);
  } finally {
    store.close();
    db.cleanup();
  }
});

test("the pipeline extracts terms and the store keeps them", () => {
  const db = tempDb();
  const store = openStore(db.path);
  try {
    const rec = extractDocument({ origin: "a.txt", url: null, outlet: null, title: null, byline: null, publishedMeta: null,
      text: TEXT, boilerplate: [] }, { published: "2031-06-01" });
    assert.deepEqual(rec.terms.map((t) => [t.kind, t.values]), [
      ["exchange_ratio", { prisoners: 40, hostages: 1 }],
      ["duration", { days: 30 }],
    ]);
    store.saveDocument(rec, { origin: "a.txt", duplicateOf: null });
    assert.deepEqual(store.getDocument(rec.id)?.terms, rec.terms);
  } finally {
    store.close();
    db.cleanup();
  }
});

test("a store made before migration 003 opens, gains the terms table, and its documents read back with no terms", () => {
  const db = tempDb();
  try {
    const old = openSqliteDriver(db.path);
    assert.ok(migrate(old, MIGRATIONS.slice(0, 2)).every((r) => r.status === "applied"));
    old.prepare(`INSERT INTO documents (id, origin, published_how, published_confidence, published_evidence, text, ingested_at)
      VALUES ('old', 'x', 'unknown', 0, '[]', 'An old text.', 'now')`).run();
    old.close();
    const store = openStore(db.path);
    assert.deepEqual(store.getDocument("old")?.terms, []);
    assert.deepEqual(store.listTerms(), []);
    store.close();
  } finally {
    db.cleanup();
  }
});
