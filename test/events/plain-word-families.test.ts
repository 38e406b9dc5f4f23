import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsOf, summary, type TimeFixture } from "./helpers.js";

type Expected = { type: string; modality: string; actors: string[]; date: string | null };
type Row = [text: string, dct: string, times: TimeFixture[], expected: Expected[]];

// Events told in plain words rather than the usual trigger nouns, written for these tests about several wars.
// Each row lists every non-hypothetical event of its text, in order.
const ROWS: Row[] = [
  // ground_operation: reaching a town's centre, taking a named site, pressing on in a direction, overrunning
  ["RSF fighters reached the centre of El Fasher on Thursday.", "2024-06-01", [{ text: "on Thursday", value: "2024-05-30" }],
    [{ type: "ground_operation", modality: "asserted", actors: ["Rapid Support Forces"], date: "2024-05-30" }]],
  ["M23 rebels had taken the town's main airport by Tuesday.", "2025-01-30", [{ text: "by Tuesday", value: "2025-01-28" }],
    [{ type: "ground_operation", modality: "asserted", actors: ["M23"], date: "2025-01-28" }]],
  ["Houthi forces pressed east towards the city of Marib on Monday.", "2021-02-10", [{ text: "on Monday", value: "2021-02-08" }],
    [{ type: "ground_operation", modality: "asserted", actors: ["Houthis"], date: "2021-02-08" }]],
  ["Gunmen from al-Shabaab overran the army positions near the river on Sunday.", "2024-03-05", [{ text: "on Sunday", value: "2024-03-03" }],
    [{ type: "ground_operation", modality: "asserted", actors: ["al-Shabaab"], date: "2024-03-03" }]],
  ["Ethiopia said it was not involved in the fighting.", "2024-03-05", [],
    [{ type: "ground_operation", modality: "negated", actors: ["Ethiopia"], date: null }]],
  // ceasefire life-cycle: a truce announced in the passive, one that two states brokered, an extension announced
  ["The truce was first declared by Sudan's army on Friday.", "2024-06-03", [{ text: "on Friday", value: "2024-05-31" }],
    [{ type: "ceasefire_start", modality: "asserted", actors: ["Sudanese Armed Forces"], date: "2024-05-31" }]],
  ["A truce that Qatar and Egypt brokered in May 2021 held for two years.", "2024-06-03", [{ text: "in May 2021", value: "2021-05" }],
    [{ type: "ceasefire_start", modality: "asserted", actors: ["Qatar", "Egypt"], date: "2021-05" }]],
  ["The African Union said on Friday that the truce would be extended by a month.", "2024-06-03", [{ text: "on Friday", value: "2024-05-31" }],
    [{ type: "ceasefire_extension", modality: "asserted", actors: [], date: "2024-05-31" }]],
  // talks: meeting both sides, hours spent with a delegation, a meeting called off, one to come
  ["Envoys from Kenya met both camps in Nairobi on Monday.", "2024-06-05", [{ text: "on Monday", value: "2024-06-03" }],
    [{ type: "talks", modality: "asserted", actors: ["Kenya"], date: "2024-06-03" }]],
  ["Saudi officials spent ten hours with the Houthi delegation on Monday.", "2024-06-05", [{ text: "on Monday", value: "2024-06-03" }],
    [{ type: "talks", modality: "asserted", actors: ["Saudi Arabia"], date: "2024-06-03" }]],
  ["The meeting between Armenia and Azerbaijan in Brussels on June 2 was called off.", "2024-06-05", [{ text: "on June 2", value: "2024-06-02" }],
    [{ type: "talks", modality: "negated", actors: ["Armenia", "Azerbaijan"], date: "2024-06-02" }]],
  ["Rubio said Russian and American officials would meet in Riyadh.", "2025-02-15", [],
    [{ type: "talks", modality: "planned", actors: ["Russia", "United States"], date: null }]],
  ["A further round is scheduled for Friday, mediators said.", "2024-06-05", [{ text: "for Friday", value: "2024-06-07" }],
    [{ type: "talks", modality: "planned", actors: [], date: "2024-06-07" }]],
  // proposals and answers: a condition attached, signing up to a plan, an answer still awaited
  ["On Monday the Houthis attached a condition to the prisoner plan.", "2024-06-05", [{ text: "On Monday", value: "2024-06-03" }],
    [{ type: "proposal", modality: "asserted", actors: ["Houthis"], date: "2024-06-03" }]],
  ["Armenia signed up to the plan on Tuesday.", "2024-06-05", [{ text: "on Tuesday", value: "2024-06-04" }],
    [{ type: "proposal_response", modality: "asserted", actors: ["Armenia"], date: "2024-06-04" }]],
  ["Hamas has still not accepted that offer.", "2024-06-05", [],
    [{ type: "proposal_response", modality: "negated", actors: ["Hamas"], date: null }]],
  // attacks: a weapon that hit a site, a destroyed installation, a missile reply, a "ban on strikes" that is no attack
  ["On Friday a Russian missile hit a hospital in Kharkiv.", "2024-06-05", [{ text: "On Friday", value: "2024-05-31" }],
    [{ type: "attack", modality: "asserted", actors: ["Russia"], date: "2024-05-31" }]],
  ["Israeli jets destroyed a radar station in Syria on Sunday.", "2024-06-05", [{ text: "on Sunday", value: "2024-06-02" }],
    [{ type: "attack", modality: "asserted", actors: ["Israel"], date: "2024-06-02" }]],
  ["Hezbollah responded with dozens of rockets on Sunday.", "2024-06-05", [{ text: "on Sunday", value: "2024-06-02" }],
    [{ type: "attack", modality: "asserted", actors: ["Hezbollah"], date: "2024-06-02" }]],
  ["Both sides called for a ban on strikes against dams.", "2024-06-05", [], []],
  // attack: a denial whose "saying …" clause makes a claim of its own (a lead sentence: the news of the day)
  ["Ukraine denied it, saying the depot had been shelled by Russian troops.", "2024-06-05", [],
    [{ type: "attack", modality: "asserted", actors: ["Russia"], date: "2024-06-05" }]],
  // attack nouns that restate the sentence's act or point back at one already told
  ["Russia struck Odesa on Monday in a night assault that killed 9 people, Ukrainian officials said.", "2024-06-05", [{ text: "on Monday", value: "2024-06-03" }],
    [{ type: "attack", modality: "asserted", actors: ["Russia"], date: "2024-06-03" }]],
  ["Russia shelled Kherson on Monday. The attack came a day before a funeral in the city.", "2024-06-05", [{ text: "on Monday", value: "2024-06-03" }],
    [{ type: "attack", modality: "asserted", actors: ["Russia"], date: "2024-06-03" }]],
  // evacuation orders to families and those who stayed
  ["Police on Monday ordered families in parts of the valley, near the dam, to leave.", "2024-06-05", [{ text: "on Monday", value: "2024-06-03" }],
    [{ type: "evacuation_order", modality: "asserted", actors: [], date: "2024-06-03" }]],
  // aid: a convoy that reached a town, a road closed by a group
  ["Al-Shabaab has closed the main road to Baidoa.", "2024-06-05", [],
    [{ type: "aid_blockade", modality: "asserted", actors: ["al-Shabaab"], date: "2024-06-05" }]],
  // releases and hostage taking in the passive
  ["Nine passengers were taken from a bus near Kaduna on Monday.", "2024-06-05", [{ text: "on Monday", value: "2024-06-03" }],
    [{ type: "hostage_taking", modality: "asserted", actors: [], date: "2024-06-03" }]],
  ["Three of them were let go on Wednesday.", "2024-06-06", [{ text: "on Wednesday", value: "2024-06-05" }],
    [{ type: "release", modality: "asserted", actors: [], date: "2024-06-05" }]],
];

for (const [text, dct, times, expected] of ROWS) {
  test(text, () => {
    assert.deepEqual(eventsOf(text, dct, times).map(summary), expected);
  });
}
