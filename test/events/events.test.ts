import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsOf, summary, type TimeFixture } from "./helpers.js";

type Row = [sentence: string, dct: string, times: TimeFixture[], expected: { type: string; modality: string; actors: string[]; date: string | null }];

// One event each; sentences written for these tests, about several wars.
const ROWS: Row[] = [
  ["Russian forces shelled Kharkiv on Monday, local officials said.", "2024-05-08", [{ text: "on Monday", value: "2024-05-06" }],
    { type: "attack", modality: "asserted", actors: ["Russia"], date: "2024-05-06" }],
  ["Ukrainian drones struck an oil depot in Belgorod on Sunday.", "2024-05-08", [{ text: "on Sunday", value: "2024-05-05" }],
    { type: "attack", modality: "asserted", actors: ["Ukraine"], date: "2024-05-05" }],
  ["The Houthis fired missiles at a cargo ship in the Red Sea on Tuesday.", "2024-02-01", [{ text: "on Tuesday", value: "2024-01-30" }],
    { type: "attack", modality: "asserted", actors: ["Houthis"], date: "2024-01-30" }],
  ["Hezbollah launched a barrage of rockets at northern Israel on Friday.", "2024-06-16", [{ text: "on Friday", value: "2024-06-14" }],
    { type: "attack", modality: "asserted", actors: ["Hezbollah"], date: "2024-06-14" }],
  ["The RSF stormed the town of Wad Madani on December 18.", "2023-12-20", [{ text: "December 18", value: "2023-12-18" }],
    { type: "attack", modality: "asserted", actors: ["Rapid Support Forces"], date: "2023-12-18" }],
  ["The Sudanese army is set to launch a ground offensive on Omdurman next week.", "2024-02-05", [],
    { type: "ground_operation", modality: "planned", actors: ["Sudanese Armed Forces"], date: null }],
  ["Russia does not want to withdraw its troops from the Zaporizhzhia plant.", "2024-03-01", [],
    { type: "withdrawal", modality: "negated", actors: ["Russia"], date: null }],
  ["Israel will send a delegation to Cairo on Sunday for ceasefire talks.", "2024-05-03", [{ text: "on Sunday", value: "2024-05-05" }],
    { type: "talks", modality: "planned", actors: ["Israel"], date: "2024-05-05" }],
  ["Hamas rejected the proposal on Wednesday, officials in Doha said.", "2024-05-10", [{ text: "on Wednesday", value: "2024-05-08" }],
    { type: "proposal_response", modality: "asserted", actors: ["Hamas"], date: "2024-05-08" }],
  ["The Israeli military ordered the evacuation of eastern Rafah on Monday.", "2024-05-07", [{ text: "on Monday", value: "2024-05-06" }],
    { type: "evacuation_order", modality: "asserted", actors: ["Israel"], date: "2024-05-06" }],
  ["Aid trucks crossed into northern Gaza from Egypt on Thursday.", "2024-03-15", [{ text: "on Thursday", value: "2024-03-14" }],
    { type: "aid_entry", modality: "asserted", actors: ["Egypt"], date: "2024-03-14" }],
  ["Russia and Ukraine exchanged 190 prisoners of war on Saturday.", "2024-06-26", [{ text: "on Saturday", value: "2024-06-22" }],
    { type: "release", modality: "asserted", actors: ["Russia", "Ukraine"], date: "2024-06-22" }],
  ["Israel and Hezbollah reached a ceasefire agreement last week.", "2024-12-02", [{ text: "last week", value: "2024-W48" }],
    { type: "agreement", modality: "asserted", actors: ["Israel", "Hezbollah"], date: "2024-11" }],
  ["The truce between Israel and Hezbollah came into effect on November 27.", "2024-12-02", [{ text: "November 27", value: "2024-11-27" }],
    { type: "ceasefire_start", modality: "asserted", actors: ["Israel", "Hezbollah"], date: "2024-11-27" }],
  ["Militants kidnapped 12 aid workers near El Fasher on Monday.", "2024-07-10", [{ text: "on Monday", value: "2024-07-08" }],
    { type: "hostage_taking", modality: "asserted", actors: [], date: "2024-07-08" }],
  ["The Houthis refused to release the crew of the Galaxy Leader.", "2024-03-01", [],
    { type: "release", modality: "negated", actors: ["Houthis"], date: null }],
  ["Qatar proposed a new framework for prisoner talks this week.", "2024-05-17", [{ text: "this week", value: "2024-W20" }],
    { type: "proposal", modality: "asserted", actors: ["Qatar"], date: "2024-05" }],
  ["Negotiators from Kyiv and Moscow are still holding talks in Istanbul.", "2022-03-29", [],
    { type: "talks", modality: "asserted", actors: ["Ukraine", "Russia"], date: "2022-03-29" }],
  ["The truce is expected to expire this weekend, mediators said.", "2025-03-05", [{ text: "this weekend", value: "2025-W10-WE" }],
    { type: "ceasefire_end", modality: "planned", actors: [], date: "2025-03-08" }],
  ["The Sudanese army regained control of the presidential palace in Khartoum on Friday.", "2025-03-24", [{ text: "on Friday", value: "2025-03-21" }],
    { type: "ground_operation", modality: "asserted", actors: ["Sudanese Armed Forces"], date: "2025-03-21" }],
  ["The Houthis launched a ballistic missile at Tel Aviv on Thursday.", "2025-02-20", [{ text: "on Thursday", value: "2025-02-20" }],
    { type: "attack", modality: "asserted", actors: ["Houthis"], date: "2025-02-20" }],
  ["The Red Cross facilitated the return of 20 bodies of soldiers on Friday.", "2025-03-15", [{ text: "on Friday", value: "2025-03-14" }],
    { type: "remains_returned", modality: "asserted", actors: ["Red Cross"], date: "2025-03-14" }],
  ["“We are not going to withdraw from our land,” Zelensky told reporters.", "2025-03-15", [],
    { type: "withdrawal", modality: "negated", actors: ["Ukraine"], date: null }],
  ["A ceasefire between Azerbaijan and Armenia took hold on Monday.", "2020-11-12", [{ text: "on Monday", value: "2020-11-09" }],
    { type: "ceasefire_start", modality: "asserted", actors: ["Azerbaijan", "Armenia"], date: "2020-11-09" }],
  ["M23 rebels retreated from the town of Sake on Tuesday.", "2025-02-06", [{ text: "on Tuesday", value: "2025-02-04" }],
    { type: "withdrawal", modality: "asserted", actors: ["M23"], date: "2025-02-04" }],
  // A presence that has not ended is a state at publication.
  ["The RSF denied that it had withdrawn from the city.", "2025-03-24", [],
    { type: "withdrawal", modality: "negated", actors: ["Rapid Support Forces"], date: "2025-03-24" }],
  // A deal's scheduled terms are plans (examples/gold NOTES, lebanon-ceasefire).
  ["Under the deal, Russia is to withdraw its troops within 60 days.", "2024-05-08", [],
    { type: "withdrawal", modality: "planned", actors: ["Russia"], date: null }],
];

for (const [sentence, dct, times, expected] of ROWS) {
  test(`one event: ${sentence}`, () => {
    const events = eventsOf(sentence, dct, times).filter((e) => e.modality !== "hypothetical");
    assert.equal(events.length, 1, JSON.stringify(events.map(summary)));
    assert.deepEqual(summary(events[0]), expected);
  });
}

// Nothing to report, or only hypothetical events.
const NEGATIVE: string[] = [
  "If talks fail, Russia could launch a new offensive in the spring.",
  "The ceasefire could collapse unless both sides make concessions.",
  "Analysts said the weather in Kyiv was mild and markets were calm about the fighting season.",
  "The minister gave a press conference and thanked the staff.",
  "Residents hope for a possible truce before the holidays.",
  "Hamas wants to extend the first phase of the deal.",
  "He said the statement was released to the press.",
  "The Houthis said they would resume attacks on shipping if the ceasefire collapsed.",
  "The two delegations exchanged views over dinner.",
  "The envoy said the offer was a trap.",
];

for (const sentence of NEGATIVE) {
  test(`no event: ${sentence}`, () => {
    const events = eventsOf(sentence, "2024-05-08").filter((e) => e.modality !== "hypothetical");
    assert.deepEqual(events.map(summary), []);
  });
}

test("the span points at the trigger and the sentence is whole", () => {
  const text = "Officials met in Geneva. Russian forces shelled homes in Kherson on Monday.";
  const [e] = eventsOf(text, "2024-05-08", [{ text: "on Monday", value: "2024-05-06" }]).filter((x) => x.type === "attack");
  assert.equal(text.slice(e.span[0], e.span[1]), "shelled");
  assert.equal(e.sentence, "Russian forces shelled homes in Kherson on Monday.");
  assert.equal(e.rule, "events/attack-verb");
  assert.equal(e.place, "Kherson");
});

test("restatements in one document are one event", () => {
  const text =
    "The truce between Israel and Hezbollah collapsed on Tuesday when Israel bombed Beirut. " +
    "Since the truce collapsed, hundreds have fled. Hezbollah said the truce collapsed because of Israel.";
  const ends = eventsOf(text, "2024-10-04", [{ text: "on Tuesday", value: "2024-10-01" }]).filter((e) => e.type === "ceasefire_end");
  assert.equal(ends.length, 1);
  assert.equal(ends[0].date, "2024-10-01");
  assert.deepEqual(ends[0].actors, ["Israel"]);
});

test("a ceasefire with no named doer goes to the document's two main parties", () => {
  const text = "Russia shelled Kharkiv. Ukraine hit Russian depots. Russia and Ukraine traded blame. The Easter truce ended on Monday.";
  const [e] = eventsOf(text, "2024-04-10", [{ text: "on Monday", value: "2024-04-08" }]).filter((x) => x.type === "ceasefire_end");
  assert.deepEqual(e.actors, ["Russia", "Ukraine"]);
});

test("the more X, the more Y: the second half is conditional, the first is not", () => {
  const events = eventsOf("The more Russia refuses to withdraw its troops, the more sanctions it will face.", "2024-01-01");
  assert.deepEqual(events.map((e) => [e.type, e.modality]), [["withdrawal", "negated"]]);
});

test("a purpose clause is not a plan", () => {
  const events = eventsOf("Egypt kept contacts with both sides to try to re-establish the truce.", "2024-01-01");
  assert.ok(events.every((e) => e.type !== "ceasefire_start" || e.modality === "hypothetical"));
});

test("empty text and unknown publication date", () => {
  assert.deepEqual(eventsOf("", "2024-01-01"), []);
  const doc = "Russian forces shelled Kherson. Talks are still ongoing in Istanbul.";
  const found = eventsOf(doc, null).map((e) => [e.type, e.date]);
  assert.deepEqual(found, [["attack", null], ["talks", null]]);
});

test("a demonym after a locative is not the event's place", () => {
  const [e] = eventsOf("Chadian troops shelled positions on the Sudanese side of the border.", "2024-05-08").filter((x) => x.type === "attack");
  assert.ok(e);
  assert.notEqual(e.place, "Sudanese");
});

test("strikes on two different towns on one day stay two events", () => {
  const text = "Russian missiles struck Kharkiv on Monday. Russian drones also struck Odesa on Monday.";
  const attacks = eventsOf(text, "2024-05-08", [{ text: "on Monday", value: "2024-05-06" }]).filter((x) => x.type === "attack");
  assert.deepEqual(attacks.map((e) => e.place).sort(), ["Kharkiv", "Odesa"]);
});
