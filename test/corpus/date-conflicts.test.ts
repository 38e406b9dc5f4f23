import { test } from "node:test";
import assert from "node:assert/strict";
import { findDateConflicts } from "../../src/corpus/date-conflicts.js";
import { report } from "./events-fixture.js";

const strike = { type: "attack" as const, actors: ["Russia"], place: "Kharkiv" };
/** Unrelated reports, so that ordinary words are common in the corpus. */
const background = Array.from({ length: 60 }, (_, i) =>
  report(`bg${i}`, "Wire", { ...strike, place: "Odesa", date: `2024-0${1 + (i % 8)}-0${1 + (i % 9)}`,
    sentence: "Russian missiles struck Odesa overnight, regional officials reported." }));

test("one strike dated to two days by two documents is a date conflict", () => {
  const conflicts = findDateConflicts([
    ...background,
    report("a", "Wire A", { ...strike, date: "2024-05-10", sentence: "Russian missiles struck the Barabashovo market in Kharkiv, officials reported." }),
    report("b", "Paper B", { ...strike, date: "2024-05-11", sentence: "A strike on Barabashovo market in Kharkiv killed traders, officials reported." }),
  ]);
  assert.equal(conflicts.length, 1);
  const [c] = conflicts;
  assert.equal(c.reason, "date");
  assert.equal(c.about, "attack by Russia in Kharkiv");
  assert.deepEqual([c.a.doc, c.a.date, c.b.doc, c.b.date], ["a", "2024-05-10", "b", "2024-05-11"]);
  assert.deepEqual(c.a.span, [0, 6]);
});

test("a shared casualty figure ties two reports too; three datings give three pairs", () => {
  const conflicts = findDateConflicts([
    ...background,
    report("a", "A", { ...strike, date: "2024-05-20", sentence: "The attack killed 17 people, officials reported." }),
    report("b", "B", { ...strike, date: "2024-05-21", sentence: "Officials reported 17 dead after the bombardment." }),
    report("c", "C", { ...strike, date: "2024-05-23", sentence: "Rescuers counted 17 victims in the rubble." }),
  ]);
  assert.deepEqual(conflicts.map((c) => `${c.a.doc}${c.b.doc}`).sort(), ["ab", "ac", "bc"]);
});

test("consecutive distinct strikes with only common words, other places, other actors, one document or far days are not conflicts", () => {
  const conflicts = findDateConflicts([
    ...background,
    // common wording only: two strikes on two nights
    report("a", "A", { ...strike, place: "Odesa", date: "2024-05-10", sentence: "Russian missiles struck Odesa overnight, regional officials reported." }),
    report("b", "B", { ...strike, place: "Odesa", date: "2024-05-11", sentence: "Russian missiles struck Odesa overnight, regional officials reported again." }),
    // a rare word but another city
    report("c", "C", { ...strike, date: "2024-06-01", sentence: "The Saltivka tower was hit." }),
    report("d", "D", { ...strike, place: "Kyiv", date: "2024-06-02", sentence: "The Saltivka tower was hit." }),
    // other actors
    report("e", "E", { ...strike, date: "2024-06-10", sentence: "The Pivnichna depot burned." }),
    report("f", "F", { ...strike, actors: ["Ukraine"], date: "2024-06-11", sentence: "The Pivnichna depot burned." }),
    // one document's two days
    report("g", "G", { ...strike, date: "2024-06-20", sentence: "The Zhuravlivka bridge was struck." }),
    report("g", "G", { ...strike, date: "2024-06-21", sentence: "Repairs began on Zhuravlivka bridge." }),
    // a week apart
    report("h", "H", { ...strike, date: "2024-07-01", sentence: "The Lozova rail yard was struck." }),
    report("i", "I", { ...strike, date: "2024-07-08", sentence: "The Lozova rail yard was struck." }),
    // no place named
    report("j", "J", { ...strike, place: null, date: "2024-07-20", sentence: "The Kupiansk ferry sank." }),
    report("k", "K", { ...strike, place: null, date: "2024-07-21", sentence: "The Kupiansk ferry sank." }),
  ]);
  assert.deepEqual(conflicts, []);
});
