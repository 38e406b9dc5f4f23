import { test } from "node:test";
import assert from "node:assert/strict";
import { datesAgree, withinDays } from "../../src/eval/dates.js";
import { QuoteLocator, foldText, overlaps } from "../../src/eval/locate.js";
import { rate, matchSection } from "../../src/eval/rates.js";

test("a gold day accepts a predicted day within one day, across month ends", () => {
  assert.equal(datesAgree("2024-03-01", "2024-02-29"), true);
  assert.equal(datesAgree("2024-03-01", "2024-03-02"), true);
  assert.equal(datesAgree("2024-03-01", "2024-03-03"), false);
  assert.equal(datesAgree("2024-03-01", "2024-03"), false);
  assert.equal(datesAgree("2024-03-01", null), false);
});

test("a gold month accepts the same month or a day inside it, nothing else", () => {
  assert.equal(datesAgree("2025-04", "2025-04"), true);
  assert.equal(datesAgree("2025-04", "2025-04-30"), true);
  assert.equal(datesAgree("2025-04", "2025-05-01"), false);
  assert.equal(datesAgree("2025-04", "2025-03-31"), false);
  assert.equal(datesAgree("2025-04", null), false);
});

test("gold null accepts any date; other values must be equal", () => {
  assert.equal(datesAgree(null, "2025-01-01"), true);
  assert.equal(datesAgree(null, null), true);
  assert.equal(datesAgree("2025-W09-WE", "2025-W09-WE"), true);
  assert.equal(datesAgree("2025-W09-WE", "2025-03-01"), false);
});

test("withinDays needs two days", () => {
  assert.equal(withinDays("2024-06-05", "2024-06-12", 7), true);
  assert.equal(withinDays("2024-06-05", "2024-06-13", 7), false);
  assert.equal(withinDays("2024-06-05", null, 7), false);
  assert.equal(withinDays("2024-06", "2024-06-05", 7), false);
});

test("the locator ignores case, quote style, dashes and runs of white space", () => {
  const text = "Kyiv’s mayor said: “The strike – the third this week –\n  hit a school.” Nobody was hurt.";
  const loc = new QuoteLocator(text);
  const [span] = loc.find("kyiv's mayor said");
  assert.deepEqual(span, [0, 17]);
  assert.equal(text.slice(...loc.find('"the strike - the third this week - hit a school')[0]), "“The strike – the third this week –\n  hit a school");
  assert.deepEqual(loc.find("a hospital"), []);
  assert.deepEqual(loc.find("   "), []);
  assert.equal(foldText("  The  ‘Red’ Cross "), "the 'red' cross");
});

test("sentencesOf widens each occurrence to its sentences", () => {
  const text = "Talks opened on Monday. Both delegations left. Talks opened again.";
  const loc = new QuoteLocator(text);
  assert.deepEqual(loc.sentencesOf("talks opened"), [[0, 23], [47, 66]]);
  assert.deepEqual(loc.sentencesOf("delegations left. Talks"), [[24, 66]]);
  assert.deepEqual(loc.sentencesOf("ceasefire"), []);
});

test("overlap, rates and zero denominators", () => {
  assert.equal(overlaps([0, 5], [5, 9]), false);
  assert.equal(overlaps([0, 6], [5, 9]), true);
  assert.equal(rate(2, 3), 0.6667);
  assert.equal(rate(5, 0), 0);
  assert.deepEqual(matchSection(0, 0, 0, 0), { gold: 0, predicted: 0, matched: 0, precision: 0, recall: 0, f1: 0, strict_f1: 0 });
  assert.deepEqual(matchSection(4, 2, 2, 1), { gold: 4, predicted: 2, matched: 2, precision: 1, recall: 0.5, f1: 0.6667, strict_f1: 0.3333 });
});
