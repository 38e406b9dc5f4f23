/**
 * The little the store needs from an SQL engine, declared here instead of
 * importing a driver's types (kysely's dialect layering): the repositories
 * and migrations speak to this, and only sqlite-driver.ts knows better-sqlite3.
 */

/** Parameters bound to a statement: positional values, or one object of named ones. */
export type SqlParams = unknown[] | [Record<string, unknown>];

export interface SqlStatement {
  run(...params: SqlParams): { changes: number };
  get(...params: SqlParams): unknown;
  all(...params: SqlParams): unknown[];
}

export interface SqlDriver {
  /** Runs one or more statements without results (DDL). */
  exec(sql: string): void;
  /** Compiles a statement once; callers keep it and run it many times. */
  prepare(sql: string): SqlStatement;
  /** Runs `fn` in one transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(fn: () => T): T;
  close(): void;
}
