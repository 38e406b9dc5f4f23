import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { openStore } from "../../src/store/index.js";
import { expectedCounts } from "./fixtures/records.js";
import { tempDb } from "./helpers.js";

const SAVE_LOOP = fileURLToPath(new URL("./fixtures/save-loop.ts", import.meta.url));
const REPO = fileURLToPath(new URL("../..", import.meta.url));
const KILL_AFTER = 40;

/** Runs the save loop until it has reported `count` commits, then SIGKILLs it mid-stream. */
function saveThenKill(path: string, count: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", SAVE_LOOP, path], {
      cwd: REPO, stdio: ["ignore", "pipe", "pipe"],
    });
    let saved = 0;
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      saved += chunk.split("\n").filter((line) => line.startsWith("saved ")).length;
      if (saved >= count && child.exitCode === null) child.kill("SIGKILL");
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (signal === "SIGKILL") resolve(saved);
      else reject(new Error(`save loop ended by itself (code ${code}): ${stderr}`));
    });
  });
}

test("a process killed while saving leaves only whole documents", async () => {
  const db = tempDb();
  try {
    const reported = await saveThenKill(db.path, KILL_AFTER);
    const raw = new Database(db.path);
    assert.equal(raw.pragma("integrity_check", { simple: true }), "ok");
    raw.close();

    const store = openStore(db.path);
    const docs = store.listDocuments();
    assert.ok(docs.length >= reported, `${docs.length} stored, ${reported} reported saved`);
    let figures = 0;
    for (const doc of docs) {
      const n = Number(doc.origin.split("#")[1]);
      const record = store.getDocument(doc.id);
      const want = expectedCounts(n);
      assert.deepEqual(
        { times: record?.times.length, figures: record?.figures.length, events: record?.events.length }, want, doc.origin);
      figures += want.figures;
    }
    // documents are numbered 0..k-1 with no gap: no commit was lost or reordered
    assert.deepEqual(docs.map((d) => d.origin), docs.map((_, i) => `gen#${i}`));
    assert.equal(store.stats().figures, figures);
    store.close();
  } finally {
    db.cleanup();
  }
});
