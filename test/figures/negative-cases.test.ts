import { test } from "node:test";
import assert from "node:assert/strict";
import { figuresOf } from "./helpers.js";

// Sentences that state no figure: vague amounts, deal terms, schedules, plans,
// attackers, ages, durations, distances, shares and counts of things.
const negatives = [
  "Dozens of people were killed and hundreds wounded in the strikes.",
  "Scores of fighters were captured and a handful of civilians were freed.",
  "Fewer than half of the remaining captives are believed to be alive.",
  "About half of them were fighters, the army says.",
  "The militia would free 10 captives for each extra day of calm.",
  "Under the deal, Kyiv must free three prisoners for every soldier returned.",
  "Now the exchange is one soldier for three prisoners.",
  "Under the plan, four captives are released weekly in exchange for aid.",
  "The rebels will release 33 hostages during the first stage.",
  "Negotiators discussed freeing 40 detainees next month.",
  "Officials said they had trouble locating 10 women and children hostages.",
  "An estimated 3,000 gunmen have stormed the town.",
  "Artillery fired 200 shells and destroyed 300 homes near the front.",
  "A 21-year-old conscript, aged 21, was serving in the army since 2019.",
  "The 42-day ceasefire, a six-week pause, began two months ago.",
  "The buffer zone is 100 metres wide and runs for nine miles.",
  "About 30% of the territory is occupied; the deadline was 7 a.m.",
  "The region's 2 million-strong population faces famine.",
  "Phase two and phase three were never reached.",
  "Officials expect up to 5,000 people could be displaced if the dam fails.",
  "Some 1.4 million people are sheltering in the city.",
  "More than two million people live in the territory.",
  "The attack injured thousands more.",
  "He was one of the hostages freed last year.",
  "A total of 33 captives are to be released in the first stage.",
  "Russia launched 300 drones and 20 missiles overnight.",
];

for (const sentence of negatives) {
  test(`no figure: ${sentence.slice(0, 60)}`, () => {
    assert.deepEqual(figuresOf(sentence).map((f) => [f.measure, f.value, f.rule]), []);
  });
}

test("no figure: a population size is not a count of the displaced", () => {
  assert.deepEqual(figuresOf("Aid groups say 90% of the territory's population of 2.3 million has been displaced.").map((f) => f.value), []);
});
