import { test } from "node:test";
import assert from "node:assert/strict";
import { attributionIn } from "../../src/extract/figures/attribution.js";

const cases: Array<[string, string | null, boolean?]> = [
  ["Nine died, according to the Kherson regional administration.", "Kherson regional administration"],
  ["Nine died, according to a spokesman for the army, which gave no details.", "spokesman for the army"],
  ["The state news agency reported on Monday that 40 were hurt.", "state news agency"],
  ["In the past year, rebel-run health authorities say 8,000 died.", "rebel-run health authorities"],
  ["Twelve were arrested, local police said.", "local police"],
  ["Eight soldiers were wounded, it said.", "it", true],
  ["His office said 30 remain in custody.", "His office", true],
  ["An estimated 400 fighters crossed the river.", null],
  ["The group still holds an estimated 20 captives.", null],
  ["Drones killed 12 people in the north.", null],
];

for (const [sentence, source, pronoun = false] of cases) {
  test(`attribution: ${sentence.slice(0, 50)}`, () => {
    const a = attributionIn(sentence);
    assert.deepEqual(a ? [a.text, a.pronoun] : null, source === null ? null : [source, pronoun]);
  });
}

test("attribution: an inverted ', said the X' names the source after the verb", () => {
  assert.deepEqual(attributionIn("Eleven people died overnight, said the Regional Health Office."), { text: "Regional Health Office", pronoun: false });
});

test("attribution: 'citing' introduces a source", () => {
  assert.equal(attributionIn("Four were killed, the agency reported citing local medics.")?.text, "local medics");
  assert.equal(attributionIn("Ten died, state television said, citing the civil defence.")?.text, "civil defence");
});
