import { test } from "node:test";
import assert from "node:assert/strict";
import type { GoldEvent } from "../../src/eval/gold.js";
import { QuoteLocator } from "../../src/eval/locate.js";
import { actorsCorrect, scoreEvents, summarizeEvents } from "../../src/eval/score-events.js";
import { event } from "./helpers.js";

const TEXT =
  "ISTANBUL, May 16 — Russian and Ukrainian delegations held direct talks in Istanbul on Friday. " +
  "Moscow rejected a 30-day ceasefire, a Ukrainian official said. " +
  "Both sides agreed to swap 1,000 prisoners each next week. " +
  "Fighting could stop if the talks succeed.";

const RU = ["Russia", "Moscow", "Russian delegation"];
const UA = ["Ukraine", "Kyiv", "Ukrainian delegation"];

const TALKS: GoldEvent = { type: "talks", date: "2025-05-16", actors: [...RU, ...UA], modality: "asserted", quote: "delegations held direct talks in Istanbul" };
const REJECT: GoldEvent = { type: "proposal_response", date: null, actors: RU, modality: "asserted", quote: "Moscow rejected a 30-day ceasefire" };
const SWAP: GoldEvent = { type: "release", date: "2025-05", actors: [...RU, ...UA], modality: "planned", quote: "agreed to swap 1,000 prisoners each" };

test("hypothetical predictions are dropped before matching and counting", () => {
  const loc = new QuoteLocator(TEXT);
  const s = scoreEvents([], [event(TEXT, "Fighting could stop", { type: "ceasefire_start", modality: "hypothetical" })], loc);
  assert.deepEqual([s.gold, s.predicted, s.matched], [0, 0, 0]);
  assert.deepEqual(s.findings, []);
});

test("a prediction in the quote's sentence matches with no actors; dates within a day or inside a gold month", () => {
  const loc = new QuoteLocator(TEXT);
  const preds = [
    event(TEXT, "held direct talks", { type: "talks", date: "2025-05-17", actors: ["Russia", "Ukraine"] }),
    event(TEXT, "rejected", { type: "proposal_response", date: "2025-05-16" }),
    event(TEXT, "swap 1,000 prisoners", { type: "release", date: "2025-05-23", modality: "planned", actors: ["Kyiv"] }),
  ];
  const s = scoreEvents([TALKS, REJECT, SWAP], preds, loc);
  assert.deepEqual([s.matched, s.strict], [3, 2]);
  assert.deepEqual(s.actors, { correct: 2, total: 3 }, "REJECT predicted no actor");
  assert.deepEqual(s.modality, { correct: 3, total: 3 });
});

test("dates that disagree block a match: two days off, a day outside the gold month, a month for a gold day", () => {
  const loc = new QuoteLocator(TEXT);
  assert.equal(scoreEvents([TALKS], [event(TEXT, "held direct talks", { type: "talks", date: "2025-05-18" })], loc).matched, 0);
  assert.equal(scoreEvents([SWAP], [event(TEXT, "swap", { type: "release", date: "2025-06-01" })], loc).matched, 0);
  assert.equal(scoreEvents([TALKS], [event(TEXT, "held direct talks", { type: "talks", date: "2025-05" })], loc).matched, 0);
  assert.equal(scoreEvents([TALKS], [event(TEXT, "held direct talks", { type: "talks", date: null })], loc).matched, 0);
  assert.equal(scoreEvents([TALKS], [event(TEXT, "held direct talks", { type: "attack", date: "2025-05-16" })], loc).matched, 0);
});

test("outside the quote's sentence, a prediction matches only through an actor alias", () => {
  const loc = new QuoteLocator(TEXT);
  const elsewhereWithActor = event(TEXT, "Fighting could stop", { type: "proposal_response", actors: ["moscow"] });
  const elsewhereWithout = event(TEXT, "Fighting could stop", { type: "proposal_response", actors: ["Turkey"] });
  assert.equal(scoreEvents([REJECT], [elsewhereWithActor], loc).matched, 1);
  const miss = scoreEvents([REJECT], [elsewhereWithout], loc);
  assert.equal(miss.matched, 0);
  assert.deepEqual(miss.findings.map((f) => f.kind), ["miss", "false_positive"]);
});

test("greedy in gold order, preferring the prediction in the quote's sentence", () => {
  const loc = new QuoteLocator(TEXT);
  const goldA: GoldEvent = { type: "talks", date: null, actors: RU, modality: "asserted", quote: "Both sides agreed to swap" };
  const inTalks = event(TEXT, "held direct talks", { type: "talks", date: "2025-05-16", actors: ["Russia"] });
  const inSwap = event(TEXT, "agreed", { type: "talks", actors: ["Turkey"] });
  const s = scoreEvents([goldA, TALKS], [inTalks, inSwap], loc);
  // goldA takes inSwap (its sentence) although inTalks comes first; TALKS then takes inTalks.
  assert.deepEqual([s.matched, s.strict], [2, 1]);
  assert.deepEqual(s.actors, { correct: 1, total: 2 });
  const t = scoreEvents([goldA, TALKS], [inTalks], loc);
  // With one prediction, the first gold takes it through the actor fallback and TALKS is missed.
  assert.equal(t.matched, 1);
  assert.deepEqual(t.findings.map((f) => f.kind), ["miss"]);
});

test("strict F1 needs modality and actors; P/R/F1 over documents", () => {
  const loc = new QuoteLocator(TEXT);
  const a = scoreEvents([TALKS, SWAP], [
    event(TEXT, "held direct talks", { type: "talks", date: "2025-05-16", actors: ["Russia"] }),
    event(TEXT, "swap", { type: "release", date: "2025-05", modality: "asserted", actors: ["Russia"] }),
    event(TEXT, "rejected", { type: "attack" }),
  ], loc);
  const b = scoreEvents([REJECT], [], loc);
  assert.deepEqual(summarizeEvents([a, b]), {
    gold: 3, predicted: 3, matched: 2, precision: 0.6667, recall: 0.6667, f1: 0.6667, strict_f1: 0.3333,
    attributes: { modality: 0.5, actors: 1 },
  });
  assert.deepEqual(summarizeEvents([]).attributes, { modality: 0, actors: 0 });
});

test("actors rule: at least one predicted, none outside the gold aliases", () => {
  assert.equal(actorsCorrect(RU, ["Russia"]), true);
  assert.equal(actorsCorrect(RU, ["russia", "Moscow"]), true);
  assert.equal(actorsCorrect(RU, ["Russia", "Ukraine"]), false);
  assert.equal(actorsCorrect(RU, []), false);
  assert.equal(actorsCorrect([], []), true);
  assert.equal(actorsCorrect([], ["Russia"]), false);
});
