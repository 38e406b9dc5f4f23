import { test } from "node:test";
import assert from "node:assert/strict";
import { clauseTense } from "../../src/extract/times/tense.js";

const at = (sentence: string, words: string) => {
  const i = sentence.indexOf(words);
  return clauseTense(sentence, i, i + words.length);
};

test("clauseTense reads the verb nearest the expression", () => {
  assert.equal(at("The truce collapsed on Tuesday.", "on Tuesday"), "past");
  assert.equal(at("Talks will resume on Sunday.", "on Sunday"), "future");
  assert.equal(at("The ceasefire is expected to expire this weekend.", "this weekend"), "future");
  assert.equal(at("He said he would visit on Monday.", "on Monday"), "future");
  assert.equal(at("The team returned on Friday, but will return the next day.", "the next day"), "future");
  assert.equal(at("The team returned on Friday, but will return the next day.", "on Friday"), "past");
  assert.equal(at("On Thursday, airstrikes killed 32 people.", "On Thursday"), "past");
  // A span's end point: the verb's tense says nothing about which side of the DCT the month is.
  assert.equal(at("Witkoff suggested extending the pause through early April.", "early April"), "neutral");
  // "due to be signed", "expected to be held": one planned verb group, not a past participle.
  assert.equal(at("A deal is scheduled to be signed in Washington in mid-June.", "mid-June"), "future");
  assert.equal(at("The vote is expected to be held on Sunday.", "on Sunday"), "future");
  assert.equal(at("The deal was signed in Doha on Sunday.", "on Sunday"), "past");
  // A plan as it stood before: its day has passed.
  assert.equal(at("The pause had been due to expire on Friday.", "on Friday"), "past");
  assert.equal(at("The offer had been scheduled to lapse on Sunday.", "on Sunday"), "past");
  // Names ending in "ed" are not verbs.
  assert.equal(at("United Nations officials on Monday", "on Monday"), "neutral");
});

test("clauseTense: a weekday takes the tense of its clause's verb however far back", () => {
  const sentence = "The strike killed five members of one family, including three children, in the camp on Sunday.";
  const i = sentence.indexOf("on Sunday");
  assert.equal(clauseTense(sentence, i, i + 9, true), "past");
  // A month in reported speech is often the plan's: the telling verb far back does not date it.
  const told = "The ministry told oil companies and foreign traders of a sharp cutback in its exports in September.";
  const j = told.indexOf("September");
  assert.equal(clauseTense(told, j, j + 9), "neutral");
});

test("clauseTense: a plain future looks ahead to a span's end; a future seen from the past does not", () => {
  const at2 = (sentence: string, words: string) => {
    const i = sentence.indexOf(words);
    return clauseTense(sentence, i, i + words.length);
  };
  assert.equal(at2("The airline will double its flights to the island by August.", "August"), "future");
  assert.equal(at2("The truce would remain in force until February 18.", "February 18"), "neutral");
});

test("clauseTense: an auxiliary just outside the window still governs its participle", () => {
  const s = "Colonel Eileen Collins will be named commander of the Space Shuttle Columbia for a mission in December.";
  const i = s.indexOf("December");
  assert.equal(clauseTense(s, i, i + 8), "future");
  // "un-" participles are adjectives, not past verbs.
  const t = "The split would be paid on a still unspecified date in January.";
  const j = t.indexOf("January");
  assert.equal(clauseTense(t, j, j + 7), "future");
});
