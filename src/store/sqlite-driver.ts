import Database from "better-sqlite3";
import type { SqlDriver, SqlStatement } from "./driver.js";

/** How long a writer waits for another connection's lock before failing. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens an SQLite file (or ":memory:") with the settings the store relies on:
 * WAL so readers never block the writer and a killed process leaves the last
 * committed state intact; synchronous=NORMAL, which in WAL mode can lose only
 * the last commits on power loss, never corrupt; foreign keys enforced.
 *
 * @example
 * const db = openSqliteDriver(":memory:");
 * db.prepare("SELECT 1 AS one").get() // → { one: 1 }
 */
export function openSqliteDriver(path: string): SqlDriver {
  const db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  return {
    exec: (sql) => void db.exec(sql),
    prepare: (sql) => db.prepare(sql) as unknown as SqlStatement,
    // IMMEDIATE takes the write lock up front: a deferred transaction that reads
    // and then writes can fail at once with SQLITE_BUSY when another writer
    // committed in between, bypassing the busy timeout.
    transaction: (fn) => db.transaction(fn).immediate(),
    close: () => db.close(),
  };
}
