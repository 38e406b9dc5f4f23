import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { inferPublished } from "../../src/dates/publication-date.js";
import { AnalyzedText } from "../../src/text/analyzed-text.js";

// ../shared relative to the repository root; this file is test/dates/seeds.test.ts.
const SHARED = fileURLToPath(new URL("../../../shared/", import.meta.url));
const present = existsSync(`${SHARED}gold`) && existsSync(`${SHARED}seeds`);

test("inferPublished: seed articles within a day of the gold DCT", { skip: !present && "no ../shared" }, () => {
  const files = readdirSync(`${SHARED}gold`).filter((f) => /^\d+_\w+\.json$/.test(f));
  let within = 0;
  for (const f of files) {
    const gold = JSON.parse(readFileSync(`${SHARED}gold/${f}`, "utf8")) as { published: string };
    const text = readFileSync(`${SHARED}seeds/${f.replace(/\.json$/, ".txt")}`, "utf8");
    const p = inferPublished(new AnalyzedText(text), { given: null, meta: null });
    if (p.date && Math.abs(Date.parse(p.date) - Date.parse(gold.published)) <= 86_400_000) within++;
  }
  assert.ok(files.length >= 5);
  assert.equal(within, files.length, `${within}/${files.length} within a day`);
});
