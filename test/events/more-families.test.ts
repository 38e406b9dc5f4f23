import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsOf, summary, eventRows, type Row } from "./helpers.js";


// Further constructions of news copy, one family per row, written for these tests about several wars.
// Each row lists every non-hypothetical event of its text, in order.
const ROWS: Row[] = [
  // attack: a weapon that "slammed into" a place; a passive with a weapon as by-agent; downed drones are the other side's attack
  ["A Russian glide bomb slammed into a school in Sumy on Tuesday.", "2025-03-06", [{ text: "on Tuesday", value: "2025-03-04" }],
    [{ type: "attack", modality: "asserted", actors: ["Russia"], date: "2025-03-04" }]],
  ["A fuel depot near Kursk was struck by a drone on Monday.", "2025-03-06", [{ text: "on Monday", value: "2025-03-03" }],
    [{ type: "attack", modality: "asserted", actors: [], date: "2025-03-03" }]],
  ["Kyiv said its air defences had shot down 41 Russian drones.", "2025-03-06", [],
    [{ type: "attack", modality: "asserted", actors: ["Russia"], date: "2025-03-06" }]],
  // attack: "overnight" dates the act to the night before publication
  ["Residents of Odesa reported explosions. Overnight, Russia fired 30 drones at the port, officials said.", "2025-03-06", [],
    [{ type: "attack", modality: "asserted", actors: ["Russia"], date: "2025-03-06" }]],
  // attack: denied or not done, threatened, carried on
  ["The Houthis denied targeting the tanker.", "2024-02-01", [],
    [{ type: "attack", modality: "negated", actors: ["Houthis"], date: null }]],
  ["Hezbollah has not attacked Haifa since the summer, analysts said.", "2024-10-01", [],
    [{ type: "attack", modality: "negated", actors: ["Hezbollah"], date: null }]],
  ["Iran warned that it would retaliate.", "2024-04-02", [],
    [{ type: "attack", modality: "planned", actors: ["Iran"], date: null }]],
  ["Thailand said it would respond militarily to any incursion.", "2025-07-25", [],
    [{ type: "attack", modality: "planned", actors: ["Thailand"], date: null }]],
  // attack: "repeated" fire is a campaign, not the day's strike told beside it
  ["India struck camps in Pakistan on Wednesday in response to repeated Pakistani shelling.", "2025-05-09", [{ text: "on Wednesday", value: "2025-05-07" }],
    [{ type: "attack", modality: "asserted", actors: ["India"], date: "2025-05-07" },
      { type: "attack", modality: "asserted", actors: ["Pakistan"], date: "2025-05-07" }]],
  // ground_operation: forces that crossed the border, entered a named town, a siege dated by its start
  ["Rwandan troops crossed the border into Congo on January 20.", "2025-02-01", [{ text: "January 20", value: "2025-01-20" }],
    [{ type: "ground_operation", modality: "asserted", actors: ["Rwanda"], date: "2025-01-20" }]],
  ["RSF fighters entered Nyala in the early hours of Saturday.", "2023-10-30", [{ text: "Saturday", value: "2023-10-28" }],
    [{ type: "ground_operation", modality: "asserted", actors: ["Rapid Support Forces"], date: "2023-10-28" }]],
  ["Hamas attacked the town. Israel's army has besieged it since March 2024.", "2024-10-01", [{ text: "since March 2024", value: "2024-03" }],
    [{ type: "attack", modality: "asserted", actors: ["Hamas"], date: "2024-10-01" },
      { type: "ground_operation", modality: "asserted", actors: ["Israel"], date: "2024-03" }]],
  ["The M23 said it would advance on Uvira.", "2025-02-20", [],
    [{ type: "ground_operation", modality: "planned", actors: ["M23"], date: null }]],
  // ground_operation: "which began on" dates the named offensive
  ["Troops are still in the villages they took during the offensive, which began on 3 March.", "2025-04-01", [{ text: "3 March", value: "2025-03-03" }],
    [{ type: "ground_operation", modality: "asserted", actors: [], date: "2025-03-03" }]],
  // hostage_taking: a ship seized with its crew; "kidnapping" after "accused … of"
  ["Iran seized the tanker Talara in the Strait of Hormuz in April 2023 and held its crew for weeks.", "2024-01-10", [{ text: "in April 2023", value: "2023-04" }],
    [{ type: "hostage_taking", modality: "asserted", actors: ["Iran"], date: "2023-04" }]],
  // release: handed back
  ["Armenia and Azerbaijan handed back 32 prisoners each on Friday.", "2023-12-16", [{ text: "on Friday", value: "2023-12-15" }],
    [{ type: "release", modality: "asserted", actors: ["Armenia", "Azerbaijan"], date: "2023-12-15" }]],
  // talks: refusal of talks is negated talks; skipping a summit; staying away; a planned summit
  ["Hezbollah has rejected calls for direct negotiations with Israel.", "2025-08-10", [],
    [{ type: "talks", modality: "negated", actors: ["Hezbollah"], date: null }]],
  ["Rwanda's president did not take part in the summit in Luanda on Sunday.", "2024-12-17", [{ text: "on Sunday", value: "2024-12-15" }],
    [{ type: "talks", modality: "negated", actors: ["Rwanda"], date: "2024-12-15" }]],
  ["The RSF sent a delegation to the Geneva talks in August, but Sudan's army stayed away.", "2024-09-01", [{ text: "in August", value: "2024-08" }],
    [{ type: "talks", modality: "asserted", actors: ["Rapid Support Forces"], date: "2024-08" },
      { type: "talks", modality: "negated", actors: ["Sudanese Armed Forces"], date: "2024-08" }]],
  ["The two blocs decided to hold a joint summit in Nairobi.", "2025-02-01", [],
    [{ type: "talks", modality: "planned", actors: [], date: null }]],
  // proposal and proposal_response: a plan to be presented; an invitation accepted
  ["Zelensky said he would unveil a new peace plan next week.", "2024-09-10", [],
    [{ type: "proposal", modality: "planned", actors: ["Ukraine"], date: null }]],
  ["The Houthis accepted an invitation to talks in Muscat.", "2024-05-01", [],
    [{ type: "proposal_response", modality: "asserted", actors: ["Houthis"], date: "2024-05-01" }]],
  // agreement: "which was reached" dates the deal; a meeting that ended without a deal
  ["Both sides say they respect the accord, which was reached on 10 May.", "2025-06-01", [{ text: "10 May", value: "2025-05-10" }],
    [{ type: "agreement", modality: "asserted", actors: [], date: "2025-05-10" }]],
  ["The talks in Istanbul ended without an agreement.", "2025-06-03", [],
    [{ type: "talks", modality: "asserted", actors: [], date: "2025-06-03" },
      { type: "agreement", modality: "negated", actors: [], date: null }]],
  // aid: a convoy brought into a city; blocked trucks; a crossing kept closed to aid
  ["The Red Cross brought a convoy of 20 trucks into Kadugli on Monday.", "2024-06-05", [{ text: "on Monday", value: "2024-06-03" }],
    [{ type: "aid_entry", modality: "asserted", actors: ["Red Cross"], date: "2024-06-03" }]],
  ["The UN said on Friday that the militia was still blocking food convoys on the main road.", "2024-06-08", [{ text: "on Friday", value: "2024-06-07" }],
    [{ type: "aid_blockade", modality: "asserted", actors: [], date: "2024-06-07" }]],
  ["Israel has kept the Rafah crossing shut to humanitarian convoys for two weeks.", "2024-05-21", [],
    [{ type: "aid_blockade", modality: "asserted", actors: ["Israel"], date: "2024-05-21" }]],
  // ceasefire: collapsed after a long subject; extended and expired in coordination
  ["The truce between Thailand and Cambodia, which took effect in July, has effectively collapsed.", "2025-10-01", [{ text: "in July", value: "2025-07" }],
    [{ type: "ceasefire_start", modality: "asserted", actors: ["Thailand", "Cambodia"], date: "2025-07" },
      { type: "ceasefire_end", modality: "asserted", actors: ["Thailand", "Cambodia"], date: "2025-10-01" }]],
  ["A truce between Israel and Hamas took effect in November 2023, was extended twice, and collapsed on 1 December.", "2024-01-05",
    [{ text: "in November 2023", value: "2023-11" }, { text: "on 1 December", value: "2023-12-01" }],
    [{ type: "ceasefire_start", modality: "asserted", actors: ["Israel", "Hamas"], date: "2023-11" },
      { type: "ceasefire_extension", modality: "asserted", actors: ["Israel", "Hamas"], date: null },
      { type: "ceasefire_end", modality: "asserted", actors: ["Israel", "Hamas"], date: "2023-12-01" }]],
  // withdrawal: a deal that gives forces days to leave plans it; "have not withdrawn" is a state today
  ["Ethiopia says it respects the accord, which gives its forces 90 days to leave Tigray.", "2022-11-05", [],
    [{ type: "withdrawal", modality: "planned", actors: ["Ethiopia"], date: null }]],
  ["Ukraine's general staff denied that its troops had pulled back from the town.", "2024-09-14", [],
    [{ type: "withdrawal", modality: "negated", actors: ["Ukraine"], date: "2024-09-14" }]],
];

eventRows("more families", ROWS);

// Words of the same families used for something else: nothing, or only hypothetical events.
const NEGATIVE: Array<[string, string]> = [
  ["The envoy said Israel had violated the ceasefire 30 times since it began.", "2024-12-05"],
  ["A delivery van slammed into a wall in Kyiv.", "2024-06-01"],
  ["Thousands of displaced people entered Rafah on foot.", "2024-06-01"],
  ["The talks, which have collapsed twice, resumed in Cairo.", "2024-06-01"],
];

for (const [text, dct] of NEGATIVE) {
  test(`more families, no event: ${text}`, () => {
    const events = eventsOf(text, dct).filter((e) => e.modality !== "hypothetical" && e.type !== "talks");
    assert.deepEqual(events.map(summary), []);
  });
}

test("an unnamed shelling that hit a victim is not credited to the last attacker", () => {
  const text = "The M23 shelled Sake on Monday. On Tuesday, a clinic in Goma was hit during shelling, medics said.";
  const events = eventsOf(text, "2025-01-30", [{ text: "on Monday", value: "2025-01-27" }, { text: "On Tuesday", value: "2025-01-28" }]);
  assert.deepEqual(events.map(summary), [
    { type: "attack", modality: "asserted", actors: ["M23"], date: "2025-01-27" },
    { type: "attack", modality: "asserted", actors: [], date: "2025-01-28" },
  ]);
});

test("a mediator named inside a relative clause is not the next sentence's subject", () => {
  const text = "The Houthis fired at a tanker on Monday. The truce that Oman brokered took effect in May. The group has not attacked a US-flagged ship since then.";
  const negated = eventsOf(text, "2025-07-10", [{ text: "on Monday", value: "2025-07-07" }, { text: "in May", value: "2025-05" }]).filter((e) => e.modality === "negated");
  assert.deepEqual(negated.map((e) => e.actors), [["Houthis"]]);
});

test("'government troops' are the army of the government the text is about, not of the last army named", () => {
  const text = "The US military said it struck a camp near Kismayo. Somalia's government welcomed it. Later, government troops and clan militias backed by AU forces retook a town.";
  const taken = eventsOf(text, "2024-08-04").filter((e) => e.type === "ground_operation");
  assert.deepEqual(taken.map((e) => e.actors), [["Somalia"]]);
});

test("a combatant command names its state", () => {
  const text = "Four militants were killed. The US Africa Command said it had carried out an air strike near Jilib.";
  const strikes = eventsOf(text, "2024-08-04").filter((e) => e.type === "attack");
  assert.deepEqual(strikes.map((e) => e.actors), [["United States"]]);
});
