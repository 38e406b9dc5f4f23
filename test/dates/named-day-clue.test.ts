import { test } from "node:test";
import assert from "node:assert/strict";
import { inferPublished } from "../../src/dates/publication-date.js";
import { AnalyzedText } from "../../src/text/analyzed-text.js";
import { INVENTED_ARTICLES } from "./invented-articles.js";

const NOW = new Date("2026-06-01T00:00:00Z");
const infer = (text: string) => inferPublished(new AnalyzedText(text), { given: null, meta: null, now: NOW });
const article = (name: string) => INVENTED_ARTICLES.find((a) => a.name === name)!;

test("inferPublished: the Sabbath is a Saturday clue", () => {
  const p = infer(article("sabbath-statement").text);
  assert.equal(p.date, "2024-12-07");
  assert.ok(p.evidence.some((e) => /Sabbath.*Saturday 2024-12-07/.test(e)), p.evidence.join("; "));
});

test("inferPublished: a past feast computed for the candidate's year", () => {
  const p = infer(article("easter-attack").text);
  assert.equal(p.date, "2024-04-01");
  assert.ok(p.evidence.some((e) => /^Easter \(past\) → 2024-03-31$/.test(e)), p.evidence.join("; "));
});

test("inferPublished: a planned feast bounds the DCT from above", () => {
  // Passover 2025 began on April 13 (Nisan 15); the Sunday before it is April 6.
  const p = infer("Negotiators will meet again before Passover, officials said on Sunday. © 2025 Example Wire");
  assert.ok(p.date !== null && p.date >= "2025-03-23" && p.date <= "2025-04-13", `${p.date}: ${p.evidence.join("; ")}`);
});
