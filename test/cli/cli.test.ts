import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { runCli } from "./run-cli.js";

const ARTICLE = [
  "Shelling hits frontline town as truce talks stall",
  "",
  "At least 14 people were killed when artillery struck a market in Kherson on Monday, according to the regional governor.",
  "Russia and Ukraine sent delegations to Istanbul on Tuesday for talks mediated by Turkey.",
  "",
  "© 2024 Example Wire. All rights reserved.",
].join("\n");

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "sitrep-cli-"));
}

test("every command explains itself with --help", () => {
  for (const cmd of [[], ["ingest"], ["extract"], ["timeline"], ["figures"], ["eval"], ["demo"]]) {
    const r = runCli([...cmd, "--help"]);
    assert.equal(r.code, 0, `sitrep ${cmd.join(" ")} --help exited ${r.code}: ${r.stderr}`);
    assert.match(r.stdout, /Usage: sitrep/);
  }
});

test("a bad --published date is a one-line usage error", () => {
  const r = runCli(["extract", "x.txt", "--published", "2024-02-30"]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /expected a date as YYYY-MM-DD, got "2024-02-30"/);
});

test("listing a store that does not exist says so in one line", () => {
  const dir = tempDir();
  try {
    const r = runCli(["timeline", "--db", join(dir, "none.db")]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim().split("\n").length, 1);
    assert.match(r.stderr, /none\.db: no such store/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("ingest stores good files, names each bad one, exits 1, and re-ingest is a no-op", () => {
  const dir = tempDir();
  try {
    const db = join(dir, "s.db");
    writeFileSync(join(dir, "good.txt"), ARTICLE);
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "blob.txt"), Buffer.from([0x89, 0x50, 0x00, 0x01, 0x02, 0x00]));
    writeFileSync(join(dir, "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]));
    const first = runCli(["ingest", dir, join(dir, "missing.txt"), "--db", db, "--published", "2024-05-08"]);
    assert.equal(first.code, 1, first.stderr);
    for (const name of ["empty.txt", "blob.txt", "latin1.txt", "missing.txt"]) {
      const lines = first.stderr.split("\n").filter((l) => l.includes(name));
      assert.equal(lines.length, 1, `expected one line naming ${name}:\n${first.stderr}`);
    }
    assert.match(first.stderr, /1 new, 0 already stored, 0 duplicates, 4 failed/);

    const again = runCli(["ingest", join(dir, "good.txt"), "--db", db, "--published", "2024-05-08"]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /0 new, 1 already stored/);

    const timeline = JSON.parse(runCli(["timeline", "--db", db, "--json"]).stdout) as Array<{ type: string; date: string }>;
    assert.ok(timeline.some((t) => t.type === "talks" && t.date === "2024-05-07"), JSON.stringify(timeline));
    const figures = JSON.parse(runCli(["figures", "--db", db, "--json"]).stdout) as Array<{ key: { measure: string }; points: Array<{ value: number }> }>;
    assert.ok(figures.some((s) => s.key.measure === "killed" && s.points.some((p) => p.value === 14)));
    const csv = runCli(["figures", "--db", db, "--csv"]).stdout;
    assert.match(csv.split("\r\n")[0], /^measure,subject,group,condition,place,date,value/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("extract --json prints the SPEC record with spans that point at their words", () => {
  const r = runCli(["extract", "-", "--json", "--published", "2024-05-08"], { input: ARTICLE });
  assert.equal(r.code, 0, r.stderr);
  const rec = JSON.parse(r.stdout) as {
    id: string; text: string; published: { date: string; how: string };
    figures: Array<{ measure: string; value: number; span: [number, number]; qualifier: string; source: string | null }>;
  };
  assert.match(rec.id, /^[0-9a-f]{16}$/);
  assert.deepEqual(rec.published.date, "2024-05-08");
  assert.equal(rec.published.how, "given");
  assert.ok(!rec.text.includes("All rights reserved"), "copyright line removed");
  const killed = rec.figures.find((f) => f.measure === "killed");
  assert.ok(killed, JSON.stringify(rec.figures));
  assert.equal(killed.value, 14);
  assert.equal(killed.qualifier, "at_least");
  assert.match(rec.text.slice(killed.span[0], killed.span[1]), /14/);
});

test("timeline --rebuild regroups the stored events from scratch, and its help says when", () => {
  const help = runCli(["timeline", "--help"]).stdout;
  assert.match(help, /--rebuild/);
  assert.match(help, /after editing the lexicon/);
  assert.match(help, /upgrading sitrep/);
  const dir = tempDir();
  try {
    const db = join(dir, "s.db");
    writeFileSync(join(dir, "a.txt"), ARTICLE);
    assert.equal(runCli(["ingest", join(dir, "a.txt"), "--db", db, "--published", "2024-05-08"]).code, 0);
    const filed = runCli(["timeline", "--db", db, "--json"]).stdout;
    assert.ok((JSON.parse(filed) as unknown[]).length > 0, filed);
    // Stands in for entries filed by older rules: the store never revisits what it has filed.
    const conn = new Database(db);
    conn.exec("DELETE FROM timeline_reports; DELETE FROM timeline_entries;");
    conn.close();
    assert.deepEqual(JSON.parse(runCli(["timeline", "--db", db, "--json"]).stdout), []);
    const rebuilt = runCli(["timeline", "--db", db, "--json", "--rebuild"]);
    assert.equal(rebuilt.code, 0, rebuilt.stderr);
    assert.deepEqual(JSON.parse(rebuilt.stdout), JSON.parse(filed));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("report lists an event dated two ways among the open contradictions", () => {
  const dir = tempDir();
  try {
    const db = join(dir, "s.db");
    writeFileSync(join(dir, "a.txt"), "Port struck overnight\n\nRussian forces shelled a grain terminal in Odesa on Monday, the regional governor said.\n");
    writeFileSync(join(dir, "b.txt"), "Grain port hit again\n\nRussian forces shelled a grain terminal in Odesa on Tuesday, officials said.\n");
    assert.equal(runCli(["ingest", dir, "--db", db, "--published", "2024-05-08"]).code, 0);
    const md = runCli(["report", "--db", db]).stdout;
    const section = md.slice(md.indexOf("## Open contradictions"), md.indexOf("## Agreements"));
    assert.match(section, /^- date: attack by Russia in Odesa: 2024-05-06 \([0-9a-f]{16}\) vs 2024-05-07 \([0-9a-f]{16}\)$/m);
    assert.match(runCli(["report", "--db", db, "--format", "html"]).stdout, /<li>date: attack by Russia in Odesa: 2024-05-06/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("listings of a store with nothing to list say so in words, not as an empty table", () => {
  const dir = tempDir();
  try {
    const db = join(dir, "quiet.db");
    const file = join(dir, "quiet.txt");
    writeFileSync(file, "The village market reopened after the rains.\n");
    assert.equal(runCli(["ingest", file, "--db", db, "--published", "2024-06-03"]).code, 0);
    assert.equal(runCli(["timeline", "--db", db]).stdout, "No events in the store yet.\n");
    assert.equal(runCli(["timeline", "--db", db, "--type", "attack"]).stdout, "No events match these filters.\n");
    assert.equal(runCli(["figures", "--db", db, "--measure", "killed"]).stdout, "No figures with measure killed.\n");
    assert.match(runCli(["conflicts", "--db", db]).stdout, /^No contradictions found/);
    assert.equal(runCli(["conflicts", "--db", db, "--json"]).stdout, "[]\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
