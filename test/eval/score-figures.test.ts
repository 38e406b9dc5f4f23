import { test } from "node:test";
import assert from "node:assert/strict";
import type { GoldFigure } from "../../src/eval/gold.js";
import { QuoteLocator } from "../../src/eval/locate.js";
import { scoreFigures, sourceCorrect, summarizeFigures } from "../../src/eval/score-figures.js";
import { figure } from "./helpers.js";

const TEXT =
  "KHARKIV, June 5 — A missile strike killed at least 12 people in Kharkiv on Tuesday, the regional governor said. " +
  "Another 12 people were injured, according to the Ukrainian Red Cross. " +
  "In Odesa, a drone attack killed 12 dock workers on Monday.";

function gold(fields: Partial<GoldFigure>): GoldFigure {
  return {
    measure: "killed", subject: "people", group: null, condition: null, value: 12, qualifier: "exact",
    cumulative: false, date: null, source: null, quote: "", ...fields,
  };
}

const KHARKIV = gold({ qualifier: "at_least", date: "2024-06-04", source: ["regional governor", "Oleh Synehubov"], quote: "killed at least 12 people in Kharkiv" });
const INJURED = gold({ measure: "injured", source: ["Ukrainian Red Cross", "Red Cross"], quote: "Another 12 people were injured" });
const ODESA = gold({ subject: "civilians", date: "2024-06-03", quote: "a drone attack killed 12 dock workers" });

test("matching is one-to-one: a second prediction with the same measure and value is a false positive", () => {
  const loc = new QuoteLocator(TEXT);
  const p = figure(TEXT, "killed at least 12 people", { value: 12, qualifier: "at_least", date: "2024-06-04", source: "regional governor" });
  const s = scoreFigures([KHARKIV], [p, { ...p }], loc);
  assert.deepEqual([s.gold, s.predicted, s.matched, s.strict], [1, 2, 1, 1]);
  assert.deepEqual(s.findings.map((f) => f.kind), ["false_positive"]);
});

test("measure and value must both be equal to match", () => {
  const loc = new QuoteLocator(TEXT);
  const wrongMeasure = figure(TEXT, "Another 12 people were injured", { measure: "killed", value: 12 });
  const wrongValue = figure(TEXT, "Another 12 people were injured", { measure: "injured", value: 13 });
  const s = scoreFigures([INJURED], [wrongValue], loc);
  assert.equal(s.matched, 0);
  // The "killed" prediction in the injured sentence is taken by the first killed gold, not by INJURED.
  const t = scoreFigures([INJURED, KHARKIV], [wrongMeasure], loc);
  assert.equal(t.matched, 1);
  assert.equal(t.attributes.qualifier.correct, 0);
});

test("greedy in gold order: the first gold takes the first matching prediction, even from another sentence", () => {
  const loc = new QuoteLocator(TEXT);
  const odesa = figure(TEXT, "killed 12 dock workers", { value: 12, subject: "civilians", date: "2024-06-03" });
  const s = scoreFigures([KHARKIV, ODESA], [odesa], loc);
  assert.equal(s.matched, 1);
  assert.deepEqual(s.findings.filter((f) => f.kind === "miss").map((f) => f.message), ['killed 12 — "a drone attack killed 12 dock workers"']);
  assert.equal(s.attributes.subject.correct, 0, "judged against KHARKIV, whose subject is people");
});

test("a prediction in the gold quote's sentence is preferred over an earlier one elsewhere", () => {
  const loc = new QuoteLocator(TEXT);
  const odesa = figure(TEXT, "killed 12 dock workers", { value: 12, subject: "civilians", date: "2024-06-03" });
  const kharkiv = figure(TEXT, "killed at least 12 people", { value: 12, qualifier: "at_least", date: "2024-06-04", source: "regional governor" });
  const s = scoreFigures([ODESA, KHARKIV], [kharkiv, odesa], loc);
  assert.deepEqual([s.matched, s.strict], [2, 2]);
  assert.deepEqual(s.findings, []);
});

test("attribute accuracies: date within one day, gold null date skipped, strict needs every attribute", () => {
  const loc = new QuoteLocator(TEXT);
  const preds = [
    figure(TEXT, "killed at least 12 people", { value: 12, qualifier: "at_least", date: "2024-06-05", source: "Regional Governor Oleh Synehubov" }),
    figure(TEXT, "Another 12 people were injured", { measure: "injured", value: 12, date: "2031-01-01", source: "red cross" }),
    figure(TEXT, "killed 12 dock workers", { value: 12, subject: "civilians", date: "2024-06-05", group: "Ukrainian" }),
  ];
  const s = scoreFigures([KHARKIV, INJURED, ODESA], preds, loc);
  assert.equal(s.matched, 3);
  assert.deepEqual(s.attributes.date, { correct: 1, total: 2 }, "INJURED has gold date null; ODESA is two days off");
  assert.deepEqual(s.attributes.source, { correct: 3, total: 3 });
  assert.deepEqual(s.attributes.group, { correct: 2, total: 3 });
  assert.deepEqual(s.attributes.subject, { correct: 3, total: 3 });
  assert.equal(s.strict, 2, "INJURED is strict-correct although its predicted date is wrong: gold null is not scored");
  const section = summarizeFigures([s]);
  assert.deepEqual(section, {
    gold: 3, predicted: 3, matched: 3, precision: 1, recall: 1, f1: 1, strict_f1: 0.6667,
    attributes: { subject: 1, group: 0.6667, condition: 1, qualifier: 1, cumulative: 1, date: 0.5, source: 1 },
  });
});

test("source: containment either way, case-insensitive; gold null expects null", () => {
  assert.equal(sourceCorrect(["Ukrainian Red Cross"], "the ukrainian red cross branch"), true);
  assert.equal(sourceCorrect(["Ukrainian Red Cross"], "Red Cross"), true);
  assert.equal(sourceCorrect(["Ukrainian Red Cross"], "regional governor"), false);
  assert.equal(sourceCorrect(["Ukrainian Red Cross"], null), false);
  assert.equal(sourceCorrect(["Ukrainian Red Cross"], ""), false);
  assert.equal(sourceCorrect(null, null), true);
  assert.equal(sourceCorrect(null, "regional governor"), false);
  assert.equal(sourceCorrect(["Kyiv’s mayor"], "Kyiv's Mayor"), true);
});

test("summing documents pools counts before dividing; nothing predicted or expected gives zeros", () => {
  const loc = new QuoteLocator(TEXT);
  const hit = scoreFigures([KHARKIV], [figure(TEXT, "killed at least 12 people", { value: 12 })], loc);
  const miss = scoreFigures([INJURED, ODESA], [], loc);
  const section = summarizeFigures([hit, miss]);
  assert.deepEqual([section.gold, section.predicted, section.matched, section.precision, section.recall, section.f1, section.strict_f1],
    [3, 1, 1, 1, 0.3333, 0.5, 0]);
  assert.deepEqual(summarizeFigures([scoreFigures([], [], loc)]), {
    gold: 0, predicted: 0, matched: 0, precision: 0, recall: 0, f1: 0, strict_f1: 0,
    attributes: { subject: 0, group: 0, condition: 0, qualifier: 0, cumulative: 0, date: 0, source: 0 },
  });
});

test("a gold quote missing from the text is reported, and the figure can still match by value", () => {
  const loc = new QuoteLocator(TEXT);
  const s = scoreFigures([gold({ quote: "words that are not there" })], [figure(TEXT, "killed 12 dock workers", { value: 12 })], loc);
  assert.equal(s.matched, 1);
  assert.deepEqual(s.findings.map((f) => f.kind), ["unlocated_quote"]);
});
