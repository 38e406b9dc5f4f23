import { test } from "node:test";
import assert from "node:assert/strict";
import { splitSentences } from "../../src/text/sentences.js";
import { AnalyzedText } from "../../src/text/analyzed-text.js";

const cases: Array<[string, string[]]> = [
  ["Shelling resumed on Oct. 7, 2024, near the port. Two people died.", ["Shelling resumed on Oct. 7, 2024, near the port.", "Two people died."]],
  ["The U.S. envoy arrived. Talks began.", ["The U.S. envoy arrived.", "Talks began."]],
  ["Mr. Ruto met Gen. Burhan in Jeddah. They spoke for an hour.", ["Mr. Ruto met Gen. Burhan in Jeddah.", "They spoke for an hour."]],
  ["“We will not leave,” she said. “Never.”", ["“We will not leave,” she said.", "“Never.”"]],
  ["Headline without a stop\n\nFirst paragraph here.", ["Headline without a stop", "First paragraph here."]],
  ["The front moved 3.5 km in a day. Officials agreed.", ["The front moved 3.5 km in a day.", "Officials agreed."]],
  ["Is a truce near? Diplomats doubt it! Talks go on.", ["Is a truce near?", "Diplomats doubt it!", "Talks go on."]],
  ["Envoy Maria K. Lindqvist flew to Goma. She met rebels.", ["Envoy Maria K. Lindqvist flew to Goma.", "She met rebels."]],
  ["It was the bloodiest day since World War I. The toll rose.", ["It was the bloodiest day since World War I.", "The toll rose."]],
];

for (const [input, expected] of cases) {
  test(`splits: ${input.slice(0, 40)}`, () => {
    assert.deepEqual(splitSentences(input).map((s) => s.text), expected);
  });
}

test("offsets point into the original text", () => {
  const text = "  One.  Two words.\n\nThree.";
  for (const s of splitSentences(text)) assert.equal(text.slice(s.start, s.end), s.text);
});

test("empty and blank input give no sentences", () => {
  assert.deepEqual(splitSentences(""), []);
  assert.deepEqual(splitSentences(" \n\n "), []);
});

test("sentenceAt finds the sentence holding an offset", () => {
  const doc = new AnalyzedText("First one. Second one. Third one.");
  assert.equal(doc.sentenceAt(0).text, "First one.");
  assert.equal(doc.sentenceAt(15).text, "Second one.");
  assert.equal(doc.sentenceAt(32).text, "Third one.");
});
