import { test } from "node:test";
import assert from "node:assert/strict";
import Database from "better-sqlite3";
import { openStore } from "../../src/store/index.js";
import type { DocumentRecord, Figure } from "../../src/types.js";
import { ARTICLE, UNRELATED, articleRecord, idOf } from "./fixtures/records.js";
import { tempDb } from "./helpers.js";

function emptyRecord(text: string): DocumentRecord {
  return { id: idOf(text), url: null, outlet: null, title: null, byline: null,
    published: { date: null, how: "unknown", confidence: 0, evidence: [] }, text, times: [], figures: [], events: [], terms: [] };
}

test("save then get round-trips a record exactly", () => {
  const store = openStore(":memory:");
  const record = articleRecord();
  assert.equal(store.saveDocument(record, { origin: "a.txt", duplicateOf: null }), "inserted");
  assert.deepEqual(store.getDocument(record.id), record);
  assert.equal(store.hasDocument(record.id), true);
  assert.equal(store.hasDocument("0000000000000000"), false);
  assert.equal(store.getDocument("0000000000000000"), null);
  assert.deepEqual(store.listTimes(record.id), record.times);
  store.close();
});

test("saving the same id again is a no-op", () => {
  const store = openStore(":memory:");
  const record = articleRecord();
  store.saveDocument(record, { origin: "a.txt" });
  const changed = { ...record, title: "Other title", figures: [] };
  assert.equal(store.saveDocument(changed, { origin: "b.txt" }), "exists");
  assert.deepEqual(store.getDocument(record.id), record);
  assert.deepEqual(store.stats(), { documents: 1, duplicates: 0, events: 2, figures: 2, times: 1 });
  assert.deepEqual(store.listDocuments().map((d) => d.origin), ["a.txt"]);
  store.close();
});

test("a near-duplicate is linked to its original and keeps no items", () => {
  const store = openStore(":memory:");
  const original = articleRecord();
  store.saveDocument(original, { origin: "a.txt" });
  const copyText = `Truce talks open a third round\n${ARTICLE}\nFollow our live coverage for the latest updates.`;
  const found = store.findNearDuplicate(copyText);
  assert.equal(found?.id, original.id);
  assert.ok(found !== null && found.similarity > 0.8, `similarity ${found?.similarity}`);
  assert.equal(store.findNearDuplicate(UNRELATED), null);

  const copy = { ...articleRecord(), id: idOf(copyText), text: copyText };
  assert.equal(store.saveDocument(copy, { origin: "b.txt" }), "inserted");
  const stored = store.getDocument(copy.id);
  assert.deepEqual([stored?.figures, stored?.events, stored?.times], [[], [], []]);
  const listed = store.listDocuments().find((d) => d.id === copy.id);
  assert.equal(listed?.duplicateOf?.id, original.id);
  assert.deepEqual(store.stats(), { documents: 2, duplicates: 1, events: 2, figures: 2, times: 1 });
  // the copy itself is not indexed: a third copy still points at the original
  assert.equal(store.findNearDuplicate(copyText + " More.")?.id, original.id);
  store.close();
});

test("duplicateOf: null skips the check and stores the items", () => {
  const store = openStore(":memory:");
  store.saveDocument(articleRecord(), { origin: "a.txt" });
  const text = `${ARTICLE} Updated.`;
  store.saveDocument({ ...articleRecord(), id: idOf(text), text }, { origin: "b.txt", duplicateOf: null });
  assert.deepEqual(store.stats(), { documents: 2, duplicates: 0, events: 4, figures: 4, times: 2 });
  store.close();
});

test("a document whose item violates the schema leaves no row behind", () => {
  const db = tempDb();
  try {
    const store = openStore(db.path);
    const record = articleRecord();
    const broken = { ...record.figures[1], measure: null } as unknown as Figure;
    const bad = { ...record, figures: [record.figures[0], broken] };
    assert.throws(() => store.saveDocument(bad, { origin: "bad.txt" }), /NOT NULL constraint failed: figures.measure/);
    const badSpan = { ...record, events: [{ ...record.events[0], span: [9, 3] as [number, number] }] };
    assert.throws(() => store.saveDocument(badSpan, { origin: "bad.txt" }), /CHECK constraint failed/);
    assert.equal(store.hasDocument(record.id), false);
    store.close();
    const raw = new Database(db.path, { readonly: true });
    for (const table of ["documents", "times", "figures", "events", "dedupe_signatures", "dedupe_bands"]) {
      assert.deepEqual(raw.prepare(`SELECT count(*) AS n FROM ${table}`).get(), { n: 0 }, table);
    }
    raw.close();
    const again = openStore(db.path);
    assert.equal(again.saveDocument(record, { origin: "good.txt" }), "inserted");
    again.close();
  } finally {
    db.cleanup();
  }
});

test("listEvents sorts by date with undated last and filters by type and range", () => {
  const store = openStore(":memory:");
  const record = articleRecord();
  const monthly = { ...record.events[0], date: "2031-04", rule: "events/month" };
  const early = { ...record.events[0], date: "2031-03-02", rule: "events/early" };
  store.saveDocument({ ...record, events: [...record.events, monthly, early] }, { origin: "a.txt" });
  const all = store.listEvents();
  assert.deepEqual(all.map((e) => e.date), ["2031-03-02", "2031-04", "2031-05-15", null]);
  assert.deepEqual({ doc: all[0].doc, outlet: all[0].outlet, published: all[0].published },
    { doc: record.id, outlet: "Example Wire", published: "2031-05-16" });
  assert.deepEqual(store.listEvents({ type: "proposal_response" }).map((e) => e.stance), ["accepted"]);
  assert.deepEqual(store.listEvents({ since: "2031-04-10" }).map((e) => e.rule), ["events/month", "events/talks-met"]);
  assert.deepEqual(store.listEvents({ since: "2031-03-01", until: "2031-04-30" }).map((e) => e.rule),
    ["events/early", "events/month"]);
  assert.deepEqual(store.listEvents({ type: "withdrawal" }), []);
  store.close();
});

test("listFigures orders by series key and filters by measure", () => {
  const store = openStore(":memory:");
  const record = articleRecord();
  store.saveDocument(record, { origin: "a.txt" });
  assert.deepEqual(store.listFigures().map((f) => f.measure), ["aid_delivered", "killed"]);
  const killed = store.listFigures({ measure: "killed" });
  assert.equal(killed.length, 1);
  assert.deepEqual(killed[0], { ...record.figures[0], doc: record.id, outlet: "Example Wire", published: "2031-05-16" });
  assert.deepEqual(store.listFigures({ measure: "missing" }), []);
  store.close();
});

test("an empty text is stored but never offered as a near-duplicate", () => {
  const store = openStore(":memory:");
  store.saveDocument(emptyRecord(""), { origin: "empty.txt" });
  assert.equal(store.findNearDuplicate(""), null);
  assert.equal(store.stats().documents, 1);
  store.close();
});

test("two connections to one file see each other's commits", () => {
  const db = tempDb();
  try {
    const a = openStore(db.path);
    const b = openStore(db.path);
    const record = articleRecord();
    assert.equal(a.saveDocument(record, { origin: "a.txt" }), "inserted");
    assert.equal(b.hasDocument(record.id), true);
    assert.equal(b.saveDocument(record, { origin: "b.txt" }), "exists");
    assert.equal(b.findNearDuplicate(`${ARTICLE} Read more.`)?.id, record.id);
    a.close();
    b.close();
  } finally {
    db.cleanup();
  }
});
