import type { SqlDriver } from "./driver.js";

/** One schema step. `name` is timestamp-prefixed so that list order is apply order. */
export interface Migration {
  name: string;
  up(db: SqlDriver): void;
}

export interface MigrationResult {
  name: string;
  status: "applied" | "already-applied" | "failed" | "not-run";
  error?: string;
}

/**
 * Brings a database up to date: applies, in order, every migration not yet
 * recorded in `schema_migrations`, each in its own transaction together with
 * its record, so a crash leaves the schema at a whole step. Like kysely's
 * Migrator it reports per migration instead of throwing; after a failure the
 * rest are "not-run". A database that knows a migration this code does not
 * (written by a newer sitrep) is refused before anything is applied.
 *
 * @example
 * migrate(db, MIGRATIONS).every((r) => r.status !== "failed") // → true
 */
export function migrate(db: SqlDriver, migrations: readonly Migration[]): MigrationResult[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name TEXT PRIMARY KEY NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const rows = db.prepare("SELECT name FROM schema_migrations").all() as Array<{ name: string }>;
  const applied = new Set(rows.map((r) => r.name));
  const known = new Set(migrations.map((m) => m.name));
  const unknown = [...applied].filter((name) => !known.has(name));
  if (unknown.length > 0) {
    return unknown.map((name) => ({
      name,
      status: "failed",
      error: `database has migration ${name}, which this version of sitrep does not know`,
    }));
  }
  const record = db.prepare("INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)");
  const isApplied = db.prepare("SELECT 1 FROM schema_migrations WHERE name = ?");
  const results: MigrationResult[] = [];
  let failed = false;
  for (const m of migrations) {
    if (failed) results.push({ name: m.name, status: "not-run" });
    else if (applied.has(m.name)) results.push({ name: m.name, status: "already-applied" });
    else {
      try {
        // re-checked under the write lock: another process may have opened the same new file
        const ran = db.transaction(() => {
          if (isApplied.get(m.name) !== undefined) return false;
          m.up(db);
          record.run(m.name, new Date().toISOString());
          return true;
        });
        results.push({ name: m.name, status: ran ? "applied" : "already-applied" });
      } catch (err) {
        failed = true;
        results.push({ name: m.name, status: "failed", error: (err as Error).message });
      }
    }
  }
  return results;
}
