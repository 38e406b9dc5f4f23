import { eventRows, type Row } from "./helpers.js";


// Constructions met in a fourth round of invented articles, one family per row; each row lists every non-hypothetical event.
const ROWS: Row[] = [
  // agreement: a finished negotiation of a text is the text agreed
  ["Armenia and Azerbaijan have finished negotiating the draft of a border accord, officials said on Friday.", "2025-06-07", [{ text: "on Friday", value: "2025-06-06" }],
    [{ type: "agreement", modality: "asserted", actors: ["Armenia", "Azerbaijan"], date: "2025-06-06" }]],
  // proposal and response: an answered proposal names its maker after "to a"; a floated plan; a perfect refusal
  ["Ukraine agreed to a US proposal for a truce on Monday.", "2025-06-07", [{ text: "on Monday", value: "2025-06-02" }],
    [{ type: "proposal_response", modality: "asserted", actors: ["Ukraine"], date: "2025-06-02" }, { type: "proposal", modality: "asserted", actors: ["United States"], date: "2025-06-02" }]],
  ["Egypt floated a plan for a week-long truce in Gaza last week.", "2025-06-07", [{ text: "last week", value: "2025-W22" }],
    [{ type: "proposal", modality: "asserted", actors: ["Egypt"], date: "2025-05" }]],
  ["Hamas said on Sunday that it had not agreed to the plan.", "2025-06-07", [{ text: "on Sunday", value: "2025-06-01" }],
    [{ type: "proposal_response", modality: "asserted", actors: ["Hamas"], date: "2025-06-01" }]],
  // a purpose is no response
  ["Washington wants to push Moscow to accept a truce.", "2025-06-07", [], []],
  // ground operation: taken back, driven out, a push that began on a day, a siege that goes on
  ["The Sudanese army took back the Presidential Palace on Friday.", "2025-06-07", [{ text: "on Friday", value: "2025-06-06" }],
    [{ type: "ground_operation", modality: "asserted", actors: ["Sudanese Armed Forces"], date: "2025-06-06" }]],
  ["The town has been quiet since the Ukrainian push began on Aug. 6, 2024.", "2025-06-07", [{ text: "on Aug. 6, 2024", value: "2024-08-06" }],
    [{ type: "ground_operation", modality: "asserted", actors: ["Ukraine"], date: "2024-08-06" }]],
  ["The RSF is still strong in Darfur. It has been besieging El Fasher for a year.", "2025-06-07", [],
    [{ type: "ground_operation", modality: "asserted", actors: ["Rapid Support Forces"], date: "2025-06-07" }]],
  // withdrawal: a number of soldiers pulled out
  ["Kenya pulled 1,000 soldiers out of Somalia in March.", "2025-06-07", [{ text: "in March", value: "2025-03" }],
    [{ type: "withdrawal", modality: "asserted", actors: ["Kenya"], date: "2025-03" }]],
  // attack: fire suffered with no doer; a bomb the armed group claimed; unit names and headings are no attacks
  ["Filler one. Filler two. Filler three. An aid team's car came under fire near Kassala on 4 June.", "2025-06-07", [{ text: "on 4 June", value: "2025-06-04" }],
    [{ type: "attack", modality: "asserted", actors: [], date: "2025-06-04" }]],
  ["On 2 June, a car bomb exploded outside a Mogadishu hotel; al-Shabaab claimed the attack hours later.", "2025-06-07", [{ text: "On 2 June", value: "2025-06-02" }],
    [{ type: "attack", modality: "asserted", actors: ["al-Shabaab"], date: "2025-06-02" }]],
  ["Soldiers of the 93rd Separate Assault Brigade held the line.", "2025-06-07", [], []],
  // dates: a bullet under a heading line, an adverbial over a place, a clause after a colon (out of reach of the cues before it), a since-when clause
  ["North Zone (Tessenei, Ali Ghider)\n- On 3 June, armed men stopped a truck near Tessenei and abducted 12 passengers.", "2025-06-07", [{ text: "3 June", value: "2025-06-03" }],
    [{ type: "hostage_taking", modality: "asserted", actors: [], date: "2025-06-03" }]],
  ["Filler one. Filler two. Filler three. At talks in Cairo, Egypt, on May 30, the Hamas delegation, led by a senior official, rejected the plan.", "2025-06-07", [{ text: "on May 30", value: "2025-05-30" }],
    [{ type: "talks", modality: "asserted", actors: ["Hamas"], date: "2025-05-30" }, { type: "proposal_response", modality: "asserted", actors: ["Hamas"], date: "2025-05-30" }]],
  ["Filler one. Filler two. Filler three. Washington has shifted its attention: on 1 June, US aircraft struck militant camps in the Golis mountains.", "2025-06-07", [{ text: "on 1 June", value: "2025-06-01" }],
    [{ type: "attack", modality: "asserted", actors: ["United States"], date: "2025-06-01" }]],
  ["Filler one. Filler two. Filler three. Hundreds have died since 3 May, when rockets exploded in attacks blamed on Hezbollah.", "2025-06-07", [{ text: "3 May", value: "2025-05-03" }],
    [{ type: "attack", modality: "asserted", actors: ["Hezbollah"], date: "2025-05-03" }]],
  // standing orders and closures; a denied present state
  ["Filler one. Filler two. Filler three. Residents of ten villages have been told by the Israeli army to leave at once.", "2025-06-07", [],
    [{ type: "evacuation_order", modality: "asserted", actors: ["Israel"], date: "2025-06-07" }]],
  ["Filler one. Filler two. Filler three. A mandatory evacuation has been ordered for six more villages.", "2025-06-07", [],
    [{ type: "evacuation_order", modality: "asserted", actors: [], date: "2025-06-07" }]],
  ["Filler one. Filler two. Filler three. No direct negotiations between the army and the RSF are under way.", "2025-06-07", [],
    [{ type: "talks", modality: "negated", actors: ["Rapid Support Forces"], date: "2025-06-07" }]],
  ["Filler one. Filler two. Filler three. A food convoy had been held at the checkpoint for 12 days.", "2025-06-07", [],
    [{ type: "aid_blockade", modality: "asserted", actors: [], date: null }]],
  // plans: fighting on until a condition, coming back, a planned offensive; a negotiated settlement is no talks
  ["Filler one. Filler two. Filler three. The RSF leader said his fighters will be back in the capital.", "2025-06-07", [],
    [{ type: "ground_operation", modality: "planned", actors: ["Rapid Support Forces"], date: null }]],
  ["Filler one. Filler two. Filler three. A negotiated settlement is not in sight.", "2025-06-07", [], []],
  // combatant convoys leaving are a withdrawal, not aid; captives freed are a release
  ["Filler one. Filler two. Filler three. Convoys of RSF pickup trucks crossed the bridge on Monday, heading west out of the city.", "2025-06-07", [{ text: "on Monday", value: "2025-06-02" }],
    [{ type: "withdrawal", modality: "asserted", actors: ["Rapid Support Forces"], date: "2025-06-02" }]],
  ["Filler one. Filler two. Filler three. Officials say 20 of the passengers have been released in May.", "2025-06-07", [{ text: "in May", value: "2025-05" }],
    [{ type: "release", modality: "asserted", actors: [], date: "2025-05" }]],
  // the toll of a list of weapons is a period total, not an attack; a capability is not an act
  ["Filler one. Filler two. Filler three. Over 90 civilians have been killed in drone strikes, shelling and clashes since 1 May.", "2025-06-07", [{ text: "1 May", value: "2025-05-01" }], []],
  ["Filler one. Filler two. Filler three. Al-Shabaab remains capable of large attacks in the capital.", "2025-06-07", [], []],
  // a present perfect progressive is still going on
  ["Filler one. Filler two. Filler three. Qatar has been quietly sounding out both sides.", "2025-06-07", [],
    [{ type: "talks", modality: "asserted", actors: ["Qatar"], date: "2025-06-07" }]],
];

eventRows("events", ROWS);
