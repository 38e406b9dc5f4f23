import { test } from "node:test";
import assert from "node:assert/strict";
import Database from "better-sqlite3";
import { openStore } from "../../src/store/index.js";
import { MIGRATIONS } from "../../src/store/migrations/index.js";
import { migrate } from "../../src/store/migrator.js";
import { openSqliteDriver } from "../../src/store/sqlite-driver.js";
import { tempDb } from "./helpers.js";

const TABLES = ["dedupe_bands", "dedupe_signatures", "documents", "events", "figures", "schema_migrations", "terms", "timeline_entries", "timeline_filed",
  "timeline_reports", "times"];

test("a fresh database gets every table, index and pragma", () => {
  const db = tempDb();
  try {
    openStore(db.path).close();
    const raw = new Database(db.path, { readonly: true });
    const names = (kind: string) => (raw.prepare("SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all(kind) as Array<{ name: string }>).map((r) => r.name);
    assert.deepEqual(names("table"), TABLES);
    assert.deepEqual(names("index"), ["documents_duplicate_of", "events_by_date", "events_by_type", "figures_series",
      "timeline_entries_date", "timeline_entries_match", "timeline_reports_entry"]);
    assert.equal(raw.pragma("journal_mode", { simple: true }), "wal");
    assert.deepEqual((raw.prepare("SELECT name FROM schema_migrations").all() as Array<{ name: string }>).map((r) => r.name),
      MIGRATIONS.map((m) => m.name));
    raw.close();
  } finally {
    db.cleanup();
  }
});

test("reopening applies nothing and keeps the data", () => {
  const db = tempDb();
  try {
    const first = openSqliteDriver(db.path);
    assert.deepEqual(migrate(first, MIGRATIONS).map((r) => r.status), MIGRATIONS.map(() => "applied"));
    first.prepare("INSERT INTO documents (id, origin, published_how, published_confidence, published_evidence, text, ingested_at) VALUES ('a', 'x', 'unknown', 0, '[]', 't', 'now')").run();
    first.close();
    const second = openSqliteDriver(db.path);
    assert.deepEqual(migrate(second, MIGRATIONS).map((r) => r.status), MIGRATIONS.map(() => "already-applied"));
    second.close();
    const store = openStore(db.path);
    assert.equal(store.stats().documents, 1);
    store.close();
  } finally {
    db.cleanup();
  }
});

test("a failing migration is rolled back and reported, later ones are not run", () => {
  const driver = openSqliteDriver(":memory:");
  const results = migrate(driver, [
    ...MIGRATIONS,
    { name: "2026-11-26-001-broken", up: (d) => d.exec("CREATE TABLE half (x INTEGER); SELECT * FROM missing_table") },
    { name: "2026-11-27-001-after", up: (d) => d.exec("CREATE TABLE after_broken (x INTEGER)") },
  ]);
  assert.deepEqual(results.map((r) => r.status), [...MIGRATIONS.map(() => "applied"), "failed", "not-run"]);
  assert.match(results[MIGRATIONS.length].error ?? "", /missing_table/);
  assert.deepEqual(driver.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name IN ('half', 'after_broken')").get(), { n: 0 });
  driver.close();
});

test("a database from a newer version is refused", () => {
  const db = tempDb();
  try {
    openStore(db.path).close();
    const raw = new Database(db.path);
    raw.prepare("INSERT INTO schema_migrations VALUES ('2099-01-01-001-future', 'now')").run();
    raw.close();
    assert.throws(() => openStore(db.path), /2099-01-01-001-future/);
  } finally {
    db.cleanup();
  }
});

test("a store made by the first migration alone opens, gains the byline column, and keeps its rows", () => {
  const db = tempDb();
  try {
    const old = openSqliteDriver(db.path);
    assert.deepEqual(migrate(old, MIGRATIONS.slice(0, 1)).map((r) => r.status), ["applied"]);
    old.prepare("INSERT INTO documents (id, origin, title, published_how, published_confidence, published_evidence, text, ingested_at) VALUES ('old1', 'x.txt', 'Old title', 'unknown', 0, '[]', 'Old text.', 'then')").run();
    const columns = (d: typeof old) => (d.prepare("SELECT name FROM pragma_table_info('documents')").all() as Array<{ name: string }>).map((c) => c.name);
    assert.equal(columns(old).includes("byline"), false);
    old.close();

    const store = openStore(db.path);
    const stored = store.getDocument("old1");
    assert.equal(stored?.title, "Old title");
    assert.equal(stored?.byline, null);
    assert.deepEqual(store.listDocuments().map((d) => d.id), ["old1"]);
    store.close();

    const raw = openSqliteDriver(db.path);
    assert.ok(columns(raw).includes("byline"));
    assert.deepEqual((raw.prepare("SELECT name FROM schema_migrations ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name),
      MIGRATIONS.map((m) => m.name));
    raw.close();
  } finally {
    db.cleanup();
  }
});
