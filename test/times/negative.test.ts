import { test } from "node:test";
import assert from "node:assert/strict";
import { extractTimes } from "../../src/extract/times/index.js";
import { AnalyzedText } from "../../src/text/analyzed-text.js";

// Each of these must yield no time expression at all.
const NEGATIVE = [
  "Inflation reached 12.53% in the region.",
  "A 21-year-old soldier was wounded near the border.",
  "Protesters may march to the square.",
  "The 2 million-strong population faces famine.",
  "The corridor is 100 metres wide and nine miles long.",
  "Some 1,200 people were killed and 251 taken hostage.",
  "The commander, 52 years old, was replaced.",
  "A quarter of the population has fled.",
  "Families sheltered in the old quarter of the city and in living quarters.",
  "Ramadan Kadyrov sent fighters.",
  "About 2000 troops and 1950 volunteers crossed.",
  "The council passed Resolution 2043 and Flight 1907 landed.",
  "Qantas runs four flights a week to the city.",
  "Prices may fall and a spring dried up.",
  "The plan failed as soon as it began.",
];

test("extractTimes: negative cases produce nothing", () => {
  for (const input of NEGATIVE) {
    assert.deepEqual(extractTimes(new AnalyzedText(input), "2025-03-21").map((t) => t.text), [], input);
  }
});

test("extractTimes: empty text", () => {
  assert.deepEqual(extractTimes(new AnalyzedText(""), "2025-03-21"), []);
});
