import { test } from "node:test";
import assert from "node:assert/strict";
import { termsOf } from "./helpers.js";

// Sentences that look like terms but are not: no deal word, counts of what
// happened, lengths of wars, or numbers that are not people.
const NEGATIVES = [
  "Three Palestinians were killed for every Israeli soldier wounded, the report said.",
  "Ten hostages were released on Friday and 30 prisoners on Saturday.",
  "The 19-month-old war has displaced most of the population.",
  "The offensive lasted two weeks before troops pulled back.",
  "After two months of calm, the shelling resumed in the north.",
  "Troops will withdraw from the city within 60 days, the general said.",
  "About 200 trucks crossed the border on Tuesday.",
  "The ceasefire collapsed after Hamas fired rockets.",
  "The deal was signed in Doha on Sunday by both delegations.",
  "In the first phase of the war, the army advanced quickly.",
  "The truce was welcomed by 3 for 4 of the voters in a poll.",
  "Under the truce, 30 Palestinians for every soldier go free, and neither half says who is held.",
  "",
];

for (const sentence of NEGATIVES) {
  test(`no terms: ${sentence || "(empty text)"}`, () => {
    assert.deepEqual(termsOf(sentence), []);
  });
}

test("a very long deal sentence without terms returns quickly and empty", () => {
  const text = `Under the deal ${"the mediators said that the plan would hold and ".repeat(2000)}.`;
  const started = performance.now();
  assert.deepEqual(termsOf(text), []);
  assert.ok(performance.now() - started < 1000);
});
