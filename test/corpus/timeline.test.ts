import { test } from "node:test";
import assert from "node:assert/strict";
import { buildTimeline } from "../../src/corpus/timeline.js";
import { report } from "./events-fixture.js";

const shelling = { type: "attack" as const, actors: ["Russia"], place: "Kharkiv" };

test("reports of one event from several documents become one entry; one outlet counts once", () => {
  const entries = buildTimeline([
    report("d1", "Wire A", { ...shelling, date: "2024-05-10", sentence: "Russian shelling hit Kharkiv." }),
    report("d2", "Wire A", { ...shelling, date: "2024-05-10", sentence: "Shelling struck the city." }),
    report("d3", "Paper B", { ...shelling, date: "2024-05-10", date_text: "on Friday", targets: ["Ukraine"],
      sentence: "On Friday Russian artillery shelled residential Kharkiv, officials said." }),
  ]);
  assert.equal(entries.length, 1);
  const [t] = entries;
  assert.equal(t.reports.length, 3);
  assert.equal(t.outlets, 2);
  // the most informative report (day, actor, target, place, date words) leads
  assert.equal(t.reports[0].doc, "d3");
  assert.equal(t.sentence, "On Friday Russian artillery shelled residential Kharkiv, officials said.");
  assert.deepEqual(t.targets, ["Ukraine"]);
  assert.equal(t.place, "Kharkiv");
  assert.ok(t.latitude !== null && Math.abs(t.latitude - 50) < 0.5, `latitude ${t.latitude}`);
  assert.ok(t.longitude !== null && Math.abs(t.longitude - 36.2) < 0.5, `longitude ${t.longitude}`);
});

test("documents without an outlet count as separate outlets", () => {
  const [t] = buildTimeline([
    report("d1", null, { ...shelling, date: "2024-05-10" }),
    report("d2", null, { ...shelling, date: "2024-05-10" }),
  ]);
  assert.equal(t.outlets, 2);
});

test("a day a day apart joins only when actors and place agree outright", () => {
  const apart = buildTimeline([
    report("d1", "A", { ...shelling, date: "2024-05-10" }),
    report("d2", "B", { ...shelling, date: "2024-05-11" }),
  ]);
  assert.equal(apart.length, 1);
  const noPlace = buildTimeline([
    report("d1", "A", { ...shelling, date: "2024-05-10" }),
    report("d2", "B", { ...shelling, date: "2024-05-11", place: null }),
  ]);
  assert.equal(noPlace.length, 2);
  const twoDays = buildTimeline([
    report("d1", "A", { ...shelling, date: "2024-05-10" }),
    report("d2", "B", { ...shelling, date: "2024-05-12" }),
  ]);
  assert.equal(twoDays.length, 2);
});

test("a month-dated report joins the entry of a day in that month and the day is kept", () => {
  const entries = buildTimeline([
    report("d1", "A", { type: "aid_blockade", actors: ["Sudan"], date: "2024-07" }),
    report("d2", "B", { type: "aid_blockade", actors: ["Sudan"], date: "2024-07-14" }),
    report("d3", "C", { type: "aid_blockade", actors: ["Sudan"], date: "2024-07" }),
  ]);
  assert.equal(entries.length, 1);
  assert.equal(entries[0].date, "2024-07-14");
  assert.equal(entries[0].reports.length, 3);
});

test("other actors, another city, another type or modality, or no date keep events apart", () => {
  const entries = buildTimeline([
    report("d1", "A", { ...shelling, date: "2024-05-10" }),
    report("d2", "B", { ...shelling, date: "2024-05-10", actors: ["Ukraine"] }),
    report("d3", "C", { ...shelling, date: "2024-05-10", place: "Odesa" }),
    report("d4", "D", { ...shelling, date: "2024-05-10", type: "ground_operation" }),
    report("d5", "E", { ...shelling, date: "2024-05-10", modality: "negated" }),
    report("d6", "F", { ...shelling }),
    report("d7", "G", { ...shelling }),
    report("d8", "H", { ...shelling, date: "2024-05-10", modality: "hypothetical" }),
  ]);
  assert.equal(entries.length, 7);
  assert.deepEqual(entries.slice(-2).map((t) => t.date), [null, null]);
});

test("a city joins a same-day report placed in its country; a person joins the state he acts for", () => {
  const entries = buildTimeline([
    report("d1", "A", { ...shelling, date: "2024-05-10", place: "Ukraine" }),
    report("d2", "B", { ...shelling, date: "2024-05-10" }),
    report("d3", "C", { type: "talks", date: "2024-06-02", actors: ["Volodymyr Zelensky"], place: null }),
    report("d4", "D", { type: "talks", date: "2024-06-02", actors: ["Ukraine"], place: null }),
  ]);
  assert.deepEqual(entries.map((t) => [t.type, t.reports.length]), [["attack", 2], ["talks", 2]]);
});

test("entries come sorted by date", () => {
  const entries = buildTimeline([
    report("d1", "A", { ...shelling, date: "2024-05-10" }),
    report("d2", "A", { ...shelling, date: "2023-01-02" }),
    report("d3", "A", { ...shelling, date: "2024-02" }),
  ]);
  assert.deepEqual(entries.map((t) => t.date), ["2023-01-02", "2024-02", "2024-05-10"]);
});
