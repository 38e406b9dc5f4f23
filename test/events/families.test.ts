import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsOf, summary, eventRows, type Row } from "./helpers.js";


// Constructions news copy uses for each event type, one family per row, written for these tests about several wars.
// Each row lists every non-hypothetical event of its text, in order.
const ROWS: Row[] = [
  // agreement: signed / agreed to + verb / passive "was agreed" / "brokered by" / "signed a ceasefire"
  ["Armenia and Azerbaijan signed a peace agreement in Washington on Friday.", "2025-08-10", [{ text: "on Friday", value: "2025-08-08" }],
    [{ type: "agreement", modality: "asserted", actors: ["Armenia", "Azerbaijan"], date: "2025-08-08" }]],
  ["Kinshasa and Kigali signed a declaration of principles on April 25.", "2025-05-02", [{ text: "April 25", value: "2025-04-25" }],
    [{ type: "agreement", modality: "asserted", actors: ["DR Congo", "Rwanda"], date: "2025-04-25" }]],
  ["Sudan's army and the paramilitary RSF signed a ceasefire in Jeddah.", "2023-05-21", [],
    [{ type: "agreement", modality: "asserted", actors: ["Sudanese Armed Forces", "Rapid Support Forces"], date: "2023-05-21" }]],
  ["Russian and Ukrainian negotiators agreed on Tuesday to swap 500 prisoners each.", "2025-06-05", [{ text: "on Tuesday", value: "2025-06-03" }],
    [{ type: "agreement", modality: "asserted", actors: ["Russia", "Ukraine"], date: "2025-06-03" }]],
  ["The accord, brokered by Qatar, was announced on Monday.", "2025-07-02", [{ text: "on Monday", value: "2025-06-30" }],
    [{ type: "agreement", modality: "asserted", actors: ["Qatar"], date: "2025-06-30" }]],
  // ceasefire_start: take effect / come into force, planned with "due to"
  ["A truce between Thailand and Cambodia took effect at midnight on Monday.", "2025-07-30", [{ text: "on Monday", value: "2025-07-28" }],
    [{ type: "ceasefire_start", modality: "asserted", actors: ["Thailand", "Cambodia"], date: "2025-07-28" }]],
  ["The ceasefire is due to come into force on Sunday morning, mediators said.", "2024-04-05", [{ text: "on Sunday", value: "2024-04-07" }],
    [{ type: "ceasefire_start", modality: "planned", actors: [], date: "2024-04-07" }]],
  // one clause, two state changes, two dates
  ["A ceasefire between India and Pakistan that began in May 2025 collapsed in August.", "2025-10-01",
    [{ text: "in May 2025", value: "2025-05" }, { text: "in August", value: "2025-08" }],
    [{ type: "ceasefire_end", modality: "asserted", actors: ["India", "Pakistan"], date: "2025-08" },
      { type: "ceasefire_start", modality: "asserted", actors: ["India", "Pakistan"], date: "2025-05" }]],
  // ceasefire_extension: "would remain in force until" is the extension, dated when it was announced
  ["Late on Friday, Egypt said the truce between Israel and Hamas would remain in force until March 10.", "2025-03-02",
    [{ text: "Late on Friday", value: "2025-02-28" }, { text: "March 10", value: "2025-03-10" }],
    [{ type: "ceasefire_extension", modality: "asserted", actors: ["Israel", "Hamas"], date: "2025-02-28" }]],
  // proposal_response: approved it / turned that request down / rejected the request / has not responded
  ["Pakistan's cabinet approved the deal on Wednesday.", "2025-05-12", [{ text: "on Wednesday", value: "2025-05-07" }],
    [{ type: "proposal_response", modality: "asserted", actors: ["Pakistan"], date: "2025-05-07" }]],
  ["Ukraine asked for a 20-day truce. The Kremlin turned that request down.", "2025-04-12", [],
    [{ type: "proposal", modality: "asserted", actors: ["Ukraine"], date: "2025-04-12" },
      { type: "proposal_response", modality: "asserted", actors: ["Russia"], date: "2025-04-12" }]],
  ["Moscow has rejected calls for an unconditional 30-day truce.", "2025-07-31", [],
    [{ type: "proposal_response", modality: "asserted", actors: ["Russia"], date: "2025-07-31" }]],
  ["The Houthis have not responded to the offer.", "2024-03-01", [],
    [{ type: "proposal_response", modality: "negated", actors: ["Houthis"], date: null }]],
  // proposal: set out its terms / ready for another exchange
  ["Moscow rejected the plan, according to a Ukrainian diplomat, and set out its own conditions.", "2025-03-20", [],
    [{ type: "proposal_response", modality: "asserted", actors: ["Russia"], date: "2025-03-20" },
      { type: "proposal", modality: "asserted", actors: ["Russia"], date: "2025-03-20" }]],
  // release: handing over N / swapped / flown home; a several-day total is dated by its month
  ["Ethiopia and Eritrea handed over 120 prisoners of war on Thursday.", "2024-03-02", [{ text: "on Thursday", value: "2024-02-29" }],
    [{ type: "release", modality: "asserted", actors: ["Ethiopia", "Eritrea"], date: "2024-02-29" }]],
  ["In total, 840 Armenians came home over four days, Yerevan said.", "2024-06-03", [],
    [{ type: "release", modality: "asserted", actors: [], date: "2024-06" }]],
  // attack: opened fire on / carried out strikes / denied -ing
  ["Indian troops opened fire on a Pakistani post on Tuesday night.", "2025-05-08", [{ text: "on Tuesday night", value: "2025-05-06" }],
    [{ type: "attack", modality: "asserted", actors: ["India"], date: "2025-05-06" }]],
  ["Thai jets carried out several air strikes on Cambodian positions on Thursday.", "2025-07-26", [{ text: "on Thursday", value: "2025-07-24" }],
    [{ type: "attack", modality: "asserted", actors: ["Thailand"], date: "2025-07-24" }]],
  ["Hezbollah denied firing the rockets.", "2024-06-01", [],
    [{ type: "attack", modality: "negated", actors: ["Hezbollah"], date: null }]],
  // ground_operation: launched its assault on the city / seized a named place
  ["The RSF launched its assault on the city of Nyala on Monday.", "2024-06-01", [{ text: "on Monday", value: "2024-05-27" }],
    [{ type: "ground_operation", modality: "asserted", actors: ["Rapid Support Forces"], date: "2024-05-27" }]],
  ["The conflict escalated in 2022, when the M23 seized Bunagana.", "2025-02-01", [],
    [{ type: "ground_operation", modality: "asserted", actors: ["M23"], date: null }]],
  // withdrawal: "would remain beyond the deadline" denies it; "failing to pull back" too; "will withdraw" plans it
  ["Russia said on Monday that its troops would remain in the region beyond the deadline.", "2025-03-05", [{ text: "on Monday", value: "2025-03-03" }],
    [{ type: "withdrawal", modality: "negated", actors: ["Russia"], date: "2025-03-03" }]],
  ["Kyiv accused Moscow of failing to pull its forces back.", "2025-03-05", [],
    [{ type: "withdrawal", modality: "negated", actors: ["Russia"], date: null }]],
  ["Under the agreement, Rwandan troops will withdraw from eastern Congo within 90 days.", "2025-06-28", [],
    [{ type: "withdrawal", modality: "planned", actors: ["Rwanda"], date: null }]],
  // aid_entry negated: "no convoy has reached" is a state at publication
  ["No aid convoy has entered the city since March, the UN said.", "2024-06-01", [{ text: "since March", value: "2024-03" }],
    [{ type: "aid_entry", modality: "negated", actors: [], date: "2024-06-01" }]],
  // talks: "after N weeks of talks" ends with the main clause; a refusal to return is negated talks; "will talk to"
  ["The deal was signed in Doha on June 27 after three weeks of talks.", "2025-06-30", [{ text: "June 27", value: "2025-06-27" }],
    [{ type: "agreement", modality: "asserted", actors: [], date: "2025-06-27" },
      { type: "talks", modality: "asserted", actors: [], date: "2025-06" }]],
  ["The M23 has refused to return to negotiations in Doha.", "2025-08-01", [],
    [{ type: "talks", modality: "negated", actors: ["M23"], date: null }]],
  ["Erdogan said he would talk to Vladimir Putin about the grain corridor.", "2023-07-19", [],
    [{ type: "talks", modality: "planned", actors: ["Turkey"], date: null }]],
  ["The meeting, held on March 11 in Jeddah, lasted eight hours.", "2025-03-13", [{ text: "March 11", value: "2025-03-11" }],
    [{ type: "talks", modality: "asserted", actors: [], date: "2025-03-11" }]],
  // a coordinated subject owns "their"; "X's military" is X's force; bodies exchanged are remains, not a release
  ["Russia and Ukraine held their first direct peace talks in three years on Friday.", "2025-05-17", [{ text: "on Friday", value: "2025-05-16" }],
    [{ type: "talks", modality: "asserted", actors: ["Russia", "Ukraine"], date: "2025-05-16" }]],
  ["Israel's military said it had begun a ground operation in the north.", "2024-10-01", [],
    [{ type: "ground_operation", modality: "asserted", actors: ["Israel"], date: "2024-10-01" }]],
  ["The two sides exchanged the bodies of 1,200 soldiers on Wednesday.", "2025-06-13", [{ text: "on Wednesday", value: "2025-06-11" }],
    [{ type: "remains_returned", modality: "asserted", actors: [], date: "2025-06-11" }]],
  ["Thailand and Cambodia agreed to an immediate and unconditional ceasefire on Monday.", "2025-07-29", [{ text: "on Monday", value: "2025-07-28" }],
    [{ type: "agreement", modality: "asserted", actors: ["Thailand", "Cambodia"], date: "2025-07-28" }]],
  ["Israel ordered residents of 20 villages in southern Lebanon to evacuate on Monday.", "2024-10-01", [{ text: "on Monday", value: "2024-09-30" }],
    [{ type: "evacuation_order", modality: "asserted", actors: ["Israel"], date: "2024-09-30" }]],
  ["The RSF said it had taken full control of El Fasher.", "2025-10-27", [],
    [{ type: "ground_operation", modality: "asserted", actors: ["Rapid Support Forces"], date: "2025-10-27" }]],
  ["Talks between Washington and Tehran on the nuclear programme are expected to resume next week.", "2025-06-24", [],
    [{ type: "talks", modality: "planned", actors: ["United States", "Iran"], date: null }]],
  ["India and Pakistan agreed on Saturday to a full and immediate ceasefire.", "2025-05-10", [{ text: "on Saturday", value: "2025-05-10" }],
    [{ type: "agreement", modality: "asserted", actors: ["India", "Pakistan"], date: "2025-05-10" }]],
  ["Syrian government forces entered Sweida city on Tuesday.", "2025-07-16", [{ text: "on Tuesday", value: "2025-07-15" }],
    [{ type: "ground_operation", modality: "asserted", actors: ["Syria"], date: "2025-07-15" }]],
  // a truce with no named doer is between the sides last named as agreeing to one
  ["Israel and Iran agreed to a ceasefire on Monday, Trump said. The truce took effect early on Tuesday.", "2025-06-24",
    [{ text: "on Monday", value: "2025-06-23" }, { text: "early on Tuesday", value: "2025-06-24" }],
    [{ type: "agreement", modality: "asserted", actors: ["Israel", "Iran"], date: "2025-06-23" },
      { type: "ceasefire_start", modality: "asserted", actors: ["Israel", "Iran"], date: "2025-06-24" }]],
  // modality: "agreed to withdraw" plans it; "only after a withdrawal" is a condition; "no agreement was reached" denies it
  ["Russia agreed to withdraw its troops from the bridgehead by Friday.", "2024-06-03", [],
    [{ type: "withdrawal", modality: "planned", actors: ["Russia"], date: null }]],
  ["No agreement was reached in Geneva.", "2024-06-03", [],
    [{ type: "agreement", modality: "negated", actors: [], date: null }]],
];

eventRows("family", ROWS);

// Words of the same families used for something else: nothing, or only hypothetical events.
const NEGATIVE: Array<[string, string]> = [
  ["Russia pulled out of the grain deal in July.", "2023-08-01"],
  ["The ministry released figures showing 300 people had died.", "2024-06-01"],
  ["The freed prisoners were greeted by relatives in Kyiv.", "2024-06-01"],
  ["Drone attacks have killed more than 200 civilians since January, the UN said.", "2024-06-01"],
  ["The deadline for the withdrawal of foreign fighters passed on Sunday.", "2024-06-03"],
  ["The 90-day window set out in the truce expired on Friday.", "2024-06-03"],
  ["Security forces captured Russian soldiers near Kupiansk.", "2024-06-03"],
  ["He said he would speak with reporters later.", "2024-06-03"],
  ["The rebels turned down the offer of talks in Luanda and said nothing more.", "2024-12-16"],
  ["Hezbollah has rejected calls to disarm.", "2025-08-10"],
  ["Israel will consider a deal only after a full withdrawal of Hamas fighters.", "2025-08-10"],
  ["Ukrainian forces would first have to pull out of the four regions, Moscow demanded.", "2025-05-17"],
  ["Monitors say the sides could swap more prisoners if talks resume.", "2025-05-17"],
  ["The truce ended more than a year of fighting, officials said.", "2024-11-28"],
  ["Tehran would stop its attacks as long as Israel halted its strikes.", "2025-06-24"],
  ["Hamas accused Israel of delaying the entry of tents and fuel.", "2025-02-01"],
  ["Angola withdrew as mediator in March.", "2025-04-01"],
  ["The deadline for Israel's withdrawal from the south ran out on Sunday.", "2025-01-27"],
];

for (const [text, dct] of NEGATIVE) {
  test(`family, no event: ${text}`, () => {
    const events = eventsOf(text, dct).filter((e) => e.modality !== "hypothetical" && e.type !== "proposal_response");
    assert.deepEqual(events.map(summary), []);
  });
}
