import { readFileSync, readdirSync } from "node:fs";
import { cleanText } from "./src/clean/boilerplate.ts";
const seeds = readdirSync("/work/shared/seeds").map((f) => readFileSync("/work/shared/seeds/" + f, "utf8")).join("\n\n");
const fixture = readFileSync("test/fixtures/ingest/text-boilerplate/source.txt", "utf8");
for (const [name, unit] of [["seeds", seeds], ["fixture(boilerplate-heavy)", fixture]] as const) {
  const big = unit.repeat(Math.ceil(10e6 / unit.length));
  const bytes = Buffer.byteLength(big);
  cleanText(big);
  let best = Infinity;
  for (let i = 0; i < 3; i++) { const t = performance.now(); cleanText(big); best = Math.min(best, performance.now() - t); }
  console.log(name, (bytes / 1e6).toFixed(1), "MB", best.toFixed(0), "ms", (bytes / 1e6 / (best / 1000)).toFixed(1), "MB/s");
}
