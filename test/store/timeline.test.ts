import { test } from "node:test";
import assert from "node:assert/strict";
import { buildTimeline, type ReconciledEntry } from "../../src/corpus/timeline.js";
import { openStore, type Store } from "../../src/store/index.js";
import { DocumentRepository } from "../../src/store/document-repository.js";
import { migrate } from "../../src/store/migrator.js";
import { MIGRATIONS } from "../../src/store/migrations/index.js";
import { NearDuplicateIndex } from "../../src/store/near-duplicate-index.js";
import { openSqliteDriver } from "../../src/store/sqlite-driver.js";
import type { DocumentRecord, Event } from "../../src/types.js";
import { tempDb } from "./helpers.js";

function event(extra: Partial<Event>): Event {
  return { type: "attack", date: null, date_text: null, actors: [], targets: [], place: null, modality: "asserted",
    span: [0, 5], sentence: "Shells fell.", rule: "test", ...extra };
}

// Each document gets its own invented text, so none is a near-duplicate of another.
function doc(n: number, outlet: string | null, events: Event[]): DocumentRecord {
  const text = `Dispatch ${n}: ${"lorem ipsum dolor sit amet ".repeat(3)} ${n * 7919} ${String.fromCharCode(65 + n)}q${n}z`;
  return { id: `doc${String(n).padStart(13, "0")}`, url: null, outlet, title: null, byline: null,
    published: { date: "2024-05-12", how: "given", confidence: 1, evidence: [] }, text, times: [], figures: [], events, terms: [] };
}

const shelling = { actors: ["Russia"], place: "Kharkiv" };
const DOCS = [
  doc(1, "Wire A", [event({ ...shelling, date: "2024-05-10", sentence: "Russian shells hit Kharkiv." }),
    event({ type: "talks", date: "2024-05-11", actors: ["Ukraine"], place: "Geneva" })]),
  doc(2, "Wire A", [event({ ...shelling, date: "2024-05-10", targets: ["Ukraine"], date_text: "on Friday", sentence: "On Friday Russian shells hit Kharkiv homes." })]),
  doc(3, "Paper B", [event({ ...shelling, date: "2024-05" }), event({ type: "withdrawal", date: null, actors: ["Russia"] }),
    event({ type: "attack", date: "2024-05-10", actors: ["Ukraine"], place: "Belgorod" })]),
  doc(4, null, [event({ ...shelling, date: "2024-05-11" }), event({ ...shelling, date: "2024-05-10", modality: "hypothetical" })]),
];

const shape = (t: ReconciledEntry[]) => t.map(({ id: _id, ...rest }) => rest);

function fill(store: Store, docs: DocumentRecord[]): void {
  for (const d of docs) store.saveDocument(d, { origin: `${d.id}.txt`, duplicateOf: null });
}

test("each save files its events into the stored timeline, as the in-memory builder groups them", () => {
  const store = openStore(":memory:");
  fill(store, DOCS);
  const stored = store.listTimeline();
  assert.deepEqual(shape(stored), shape(buildTimeline(store.listEvents().sort((a, b) => a.doc.localeCompare(b.doc)))));
  assert.deepEqual(stored.map((t) => [t.type, t.date, t.reports.length, t.outlets]), [
    ["attack", "2024-05-10", 4, 3],
    ["attack", "2024-05-10", 1, 1],
    ["talks", "2024-05-11", 1, 1],
    ["withdrawal", null, 1, 1],
  ]);
  assert.equal(stored[0].reports[0].sentence, "On Friday Russian shells hit Kharkiv homes.");
  assert.equal(stored[0].sentence, stored[0].reports[0].sentence);
  assert.ok(stored[0].latitude !== null);
  assert.deepEqual(store.listTimeline({ type: "talks" }).map((t) => t.reports.length), [1]);
  assert.deepEqual(store.listTimeline({ since: "2024-05-11" }).map((t) => t.type), ["talks"]);
  store.close();
});

test("a near-duplicate adds no report, and a later document joins an existing entry", () => {
  const store = openStore(":memory:");
  fill(store, DOCS.slice(0, 1));
  const copy = { ...doc(9, "Copycat", DOCS[0].events), text: DOCS[0].text + " ", id: "copy000000000000" };
  store.saveDocument(copy, { origin: "copy.txt", duplicateOf: { id: DOCS[0].id, similarity: 0.99 } });
  assert.deepEqual(store.listTimeline().map((t) => t.outlets), [1, 1]);
  fill(store, [doc(5, "Paper C", [event({ ...shelling, date: "2024-05-10" })])]);
  assert.deepEqual(store.listTimeline().map((t) => [t.reports.length, t.outlets]), [[2, 2], [1, 1]]);
  store.close();
});

test("opening a store saved before the timeline existed builds its timeline once", () => {
  const { path, cleanup } = tempDb();
  try {
    const db = openSqliteDriver(path);
    migrate(db, MIGRATIONS.filter((m) => !m.name.endsWith("timeline")));
    const docs = new DocumentRepository(db, new NearDuplicateIndex(db, 0.8));
    for (const d of DOCS) docs.save(d, `${d.id}.txt`, null);
    db.close();
    const store = openStore(path);
    const fresh = openStore(":memory:");
    fill(fresh, DOCS);
    assert.deepEqual(shape(store.listTimeline()), shape(fresh.listTimeline()));
    store.rebuildTimeline();
    assert.deepEqual(shape(store.listTimeline()), shape(fresh.listTimeline()));
    store.close();
    fresh.close();
  } finally {
    cleanup();
  }
});
