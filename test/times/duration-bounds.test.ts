import { test } from "node:test";
import assert from "node:assert/strict";
import { extractTimes } from "../../src/extract/times/index.js";
import { recognizeTimes } from "../../src/extract/times/recognize.js";
import { AnalyzedText } from "../../src/text/analyzed-text.js";

const durations = (text: string) =>
  recognizeTimes(new AnalyzedText(text)).filter((t) => t.value.type === "duration").map((t) => [text.slice(t.start, t.end), t.value]);

test("recognizeTimes: a length's bound and the period it measures", () => {
  assert.deepEqual(durations("Leaders marked three years since Russia's full-scale invasion."), [
    ["three years", { type: "duration", amount: 3, unit: "Y", more: false, less: false, noun: "war", old: false, after: false }],
  ]);
  assert.deepEqual(durations("Nearly two years of war have emptied the city."), [
    ["Nearly two years", { type: "duration", amount: 2, unit: "Y", more: false, less: true, noun: "war", old: false, after: false }],
  ]);
  assert.deepEqual(durations("More than 100 days of fighting followed."), [
    ["More than 100 days", { type: "duration", amount: 100, unit: "D", more: true, less: false, noun: "war", old: false, after: false }],
  ]);
  assert.deepEqual(durations("About six weeks since the truce, shops reopened."), [
    ["About six weeks", { type: "duration", amount: 6, unit: "W", more: false, less: false, noun: "truce", old: false, after: false }],
  ]);
});

test("recognizeTimes: a length counted from a person or a place measures no period", () => {
  assert.deepEqual(durations("It has been two years since Ahmed's arrest."), [
    ["two years", { type: "duration", amount: 2, unit: "Y", more: false, less: false, noun: null, old: false, after: false }],
  ]);
  assert.deepEqual(durations("Three days after the raid, troops left."), [
    ["Three days", { type: "duration", amount: 3, unit: "D", more: false, less: false, noun: null, old: false, after: false }],
  ]);
});

test("recognizeTimes: a length counted from a period's start to now, but not from its end", () => {
  assert.deepEqual(durations("Troops left, nearly two months after a peace deal ended the war."), [
    ["nearly two months", { type: "duration", amount: 2, unit: "M", more: false, less: true, noun: "truce", old: false, after: true }],
  ]);
  assert.deepEqual(durations("Shops reopened six weeks after the ceasefire took effect."), [
    ["six weeks", { type: "duration", amount: 6, unit: "W", more: false, less: false, noun: "truce", old: false, after: true }],
  ]);
  // Counted from the war's end, the length says nothing of when it began.
  assert.deepEqual(durations("Two years after the war ended, towns lie in ruins.").map(([, v]) => (v as { after: boolean }).after), [false]);
  // TIMEX3 writes a length anchored on an event as the length; the DCT solver also counts it from the period's start.
  assert.deepEqual(extractTimes(new AnalyzedText("Shops reopened six weeks after the ceasefire took effect."), "2025-03-01")
    .map((t) => [t.text, t.value]), [["six weeks", "P6W"]]);
});
