import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { generateArticle } from "../../bench/generate-articles.js";
import { runCli } from "./run-cli.js";

const CLI = fileURLToPath(new URL("../../src/cli.ts", import.meta.url));

function committedDocuments(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

function counts(db: string): Record<string, number> {
  const conn = new Database(db, { readonly: true });
  try {
    const one = (sql: string) => (conn.prepare(sql).get() as { n: number }).n;
    assert.equal((conn.prepare("PRAGMA integrity_check").get() as { integrity_check: string }).integrity_check, "ok");
    return {
      documents: one("SELECT count(*) AS n FROM documents"),
      times: one("SELECT count(*) AS n FROM times"),
      figures: one("SELECT count(*) AS n FROM figures"),
      events: one("SELECT count(*) AS n FROM events"),
    };
  } finally {
    conn.close();
  }
}

test("an ingest killed midway leaves whole documents only, and a rerun completes the store", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-kill-"));
  try {
    const inputs = join(dir, "articles");
    mkdirSync(inputs);
    for (let i = 0; i < 600; i++) writeFileSync(join(inputs, `a${String(i).padStart(4, "0")}.txt`), generateArticle(i));
    const killedDb = join(dir, "killed.db");
    const child = spawn(process.execPath, ["--import", "tsx", CLI, "ingest", inputs, "--db", killedDb, "--quiet"], { stdio: "ignore" });
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    // Kill as soon as some documents are committed, well before all 600 are.
    const deadline = Date.now() + 60_000;
    while (committedDocuments(killedDb) < 50 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill("SIGKILL");
    await exited;
    const atKill = counts(killedDb);
    assert.ok(atKill.documents >= 50 && atKill.documents < 600, `killed with ${atKill.documents} documents stored`);

    const rerun = runCli(["ingest", inputs, "--db", killedDb, "--quiet"]);
    assert.equal(rerun.code, 0, rerun.stderr);
    const cleanDb = join(dir, "clean.db");
    assert.equal(runCli(["ingest", inputs, "--db", cleanDb, "--quiet"]).code, 0);
    // A half-written document would be skipped as "already stored" by the
    // rerun and leave the counts short of an uninterrupted run's.
    assert.deepEqual(counts(killedDb), counts(cleanDb));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
