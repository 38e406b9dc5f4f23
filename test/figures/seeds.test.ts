import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { figuresOf } from "./helpers.js";

// The five seed articles and their gold live outside the repository (../shared).
const shared = fileURLToPath(new URL("../../../shared/", import.meta.url));
const present = existsSync(`${shared}seeds`) && existsSync(`${shared}gold`);

test("figures on the seed articles: F1 by measure and value at least 0.85", { skip: !present && "../shared is absent" }, () => {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  for (const file of readdirSync(`${shared}seeds`).filter((f) => f.endsWith(".txt"))) {
    const g = JSON.parse(readFileSync(`${shared}gold/${file.replace(/\.txt$/, ".json")}`, "utf8"));
    const pred = figuresOf(readFileSync(`${shared}seeds/${file}`, "utf8"), g.published);
    const used = new Set<number>();
    for (const want of g.figures as { measure: string; value: number }[]) {
      const i = pred.findIndex((p, k) => !used.has(k) && p.measure === want.measure && p.value === want.value);
      if (i >= 0) used.add(i);
    }
    gold += g.figures.length;
    predicted += pred.length;
    matched += used.size;
  }
  const f1 = (2 * matched) / (gold + predicted);
  assert.ok(f1 >= 0.85, `F1 ${f1.toFixed(3)} (gold ${gold}, predicted ${predicted}, matched ${matched})`);
});
