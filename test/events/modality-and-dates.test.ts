import { test } from "node:test";
import assert from "node:assert/strict";
import { eventDateOf } from "../../src/extract/events/event-date.js";
import { dateSegments } from "../../src/extract/events/clauses.js";
import { eventsOf } from "./helpers.js";

type ModalityRow = [sentence: string, type: string, modality: string];

const MODALITY: ModalityRow[] = [
  ["Russian troops will withdraw from the village by Friday.", "withdrawal", "planned"],
  ["The army is set to launch an offensive on the city.", "ground_operation", "planned"],
  ["Kyiv is expected to send a delegation to Riyadh.", "talks", "planned"],
  ["The RSF denied that it attacked the camp.", "attack", "negated"],
  ["Hamas refused to release the remaining hostages.", "release", "negated"],
  ["Israeli officials said Israel would not withdraw from the corridor.", "withdrawal", "negated"],
  ["Moscow no longer accepts interim agreements.", "proposal_response", "asserted"],
  ["The ceasefire could collapse if the shelling continues.", "attack", "hypothetical"],
  ["Hezbollah may fire rockets at Haifa.", "attack", "hypothetical"],
  ["Sudan's army would have captured the bridge without the rains.", "ground_operation", "hypothetical"],
  ["The Houthis fired missiles at a tanker.", "attack", "asserted"],
  ["The Red Cross vehicle came to collect the bodies of three soldiers to be handed over by the militia.", "remains_returned", "planned"],
];

for (const [sentence, type, modality] of MODALITY) {
  test(`modality ${modality}: ${sentence}`, () => {
    const found = eventsOf(sentence, "2024-05-08").filter((e) => e.type === type);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].modality, modality);
  });
}

test("a negated acceptance is a rejection", () => {
  const [e] = eventsOf("Moscow no longer accepts interim agreements.", "2024-05-08");
  assert.equal(e.stance, "rejected");
});

test("a plan announced on Friday is not dated Friday", () => {
  const text = "Kyiv said Friday that it will launch an offensive in the south.";
  const [e] = eventsOf(text, "2024-05-10", [{ text: "Friday", value: "2024-05-10" }]);
  assert.equal(e.type, "ground_operation");
  assert.equal(e.modality, "planned");
  assert.equal(e.date, null);
});

test("a past act reported on Thursday takes the report day", () => {
  const text = "The Sudanese army said Thursday that it began a ground operation in Omdurman.";
  const [e] = eventsOf(text, "2024-02-09", [{ text: "Thursday", value: "2024-02-08" }]);
  assert.deepEqual([e.type, e.date, e.date_text], ["ground_operation", "2024-02-08", "Thursday"]);
});

test("a sentence-opening time dates the whole sentence", () => {
  const text = "On Tuesday, the RSF said it lost a position after an army airstrike targeted its base.";
  const [e] = eventsOf(text, "2024-02-09", [{ text: "On Tuesday", value: "2024-02-06" }]).filter((x) => x.type === "attack");
  assert.equal(e.date, "2024-02-06");
});

test("a time inside a since-clause does not date the main clause", () => {
  const text = "Hezbollah fired rockets at Haifa on Monday for the first time since the truce collapsed.";
  const found = eventsOf(text, "2024-10-02", [{ text: "on Monday", value: "2024-09-30" }]);
  assert.deepEqual(found.map((e) => [e.type, e.date]), [["attack", "2024-09-30"], ["ceasefire_end", null]]);
});

test("an ongoing state takes the publication date", () => {
  const [e] = eventsOf("Mediators said negotiations are still ongoing in Jeddah.", "2023-05-20");
  assert.deepEqual([e.type, e.date], ["talks", "2023-05-20"]);
});

test("undated background stays undated", () => {
  const text = "Officials met. Later, militias repeatedly shelled the camp, witnesses said. Prices rose.";
  const found = eventsOf(text, "2024-05-08").filter((e) => e.type === "attack");
  assert.deepEqual(found.map((e) => e.date), [null]);
});

test("eventDateOf turns weeks into months and weekends into Saturdays", () => {
  assert.equal(eventDateOf("2025-W11", null), "2025-03");
  assert.equal(eventDateOf("2025-W09-WE", null), "2025-03-01");
  assert.equal(eventDateOf("2024-W01", null), "2024-01");
  assert.equal(eventDateOf("2025-03-18T07:00", null), "2025-03-18");
  assert.equal(eventDateOf("2025-01-19/2025-03-18", null), "2025-01-19");
  assert.equal(eventDateOf("PRESENT_REF", "2025-03-21"), "2025-03-21");
  assert.equal(eventDateOf("P2M", "2025-03-21"), null);
  assert.equal(eventDateOf("2023", "2025-03-21"), null);
});

test("dateSegments splits at punctuation and subordinators, not inside numbers", () => {
  const s = "Troops entered the town on Monday, killing 1,200 people, after the truce collapsed.";
  assert.deepEqual(dateSegments(s).map((g) => [s.slice(g.start, g.end).trim(), g.continues]), [
    ["Troops entered the town on Monday", false],
    ["killing 1,200 people", true],
    ["after the truce collapsed.", false],
  ]);
});

test("a month abbreviation after a preposition is not a place", () => {
  const [e] = eventsOf("The truce collapsed after the Oct. 12 attack in the Oct. 12, 2024, raid.", "2024-10-20");
  assert.notEqual(e?.place, "Oct");
});

test("a time inside a which-clause dates that clause's act, not the main clause's", () => {
  const text = "Russia, which invaded on February 24, 2022, has so far agreed to several short prisoner swaps.";
  const events = eventsOf(text, "2024-06-01", [{ text: "February 24, 2022", value: "2022-02-24" }]);
  const swap = events.find((e) => e.type === "release" || e.type === "agreement");
  assert.ok(swap, JSON.stringify(events.map((e) => e.type)));
  assert.notEqual(swap.date, "2022-02-24");
});

test("a which-clause runs on through its after-clause up to the main verb", () => {
  const text = "Moscow, which went to war after its troops crossed the border on February 24, 2022, has so far agreed to several short prisoner swaps.";
  const events = eventsOf(text, "2024-06-01", [{ text: "February 24, 2022", value: "2022-02-24" }]);
  const swap = events.find((e) => e.type === "release" || e.type === "agreement");
  assert.ok(swap, JSON.stringify(events.map((e) => e.type)));
  assert.equal(swap.date, null);
  // The act the which-clause tells of keeps its own time.
  const crossing = events.find((e) => e.type === "ground_operation");
  if (crossing) assert.equal(crossing.date, "2022-02-24");
});
