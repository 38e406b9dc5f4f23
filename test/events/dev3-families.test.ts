import { eventRows, type Row } from "./helpers.js";


// Constructions met in a third round of invented articles, one family per row; each row lists every non-hypothetical event.
const ROWS: Row[] = [
  // agreement: signing told as putting names to a text; a signing still to come
  ["Russia and Ukraine put their names to a grain accord in Istanbul on Monday.", "2025-05-07", [{ text: "on Monday", value: "2025-05-05" }],
    [{ type: "agreement", modality: "asserted", actors: ["Russia", "Ukraine"], date: "2025-05-05" }]],
  // proposal: one handed over, maps presented; responses delivered, rejected and welcomed
  ["A UN envoy last week handed Houthi officials a proposal on the port of Hodeidah.", "2025-05-07", [{ text: "last week", value: "2025-W18" }],
    [{ type: "proposal", modality: "asserted", actors: ["United Nations"], date: "2025-05" }]],
  ["Hamas said Israel submitted revised maps on Tuesday.", "2025-05-08", [{ text: "on Tuesday", value: "2025-05-06" }],
    [{ type: "proposal", modality: "asserted", actors: ["Israel"], date: "2025-05-06" }]],
  ["Hezbollah rejected any timetable for handing over its arms.", "2025-05-08", [],
    [{ type: "proposal_response", modality: "asserted", actors: ["Hezbollah"], date: "2025-05-08" }]],
  ["The Houthis said they welcomed the initiative.", "2025-05-08", [],
    [{ type: "proposal_response", modality: "asserted", actors: ["Houthis"], date: "2025-05-08" }]],
  // ceasefire start: a truce that halted the fighting; "called on" the truce's monitors is no declaration
  ["A truce halted the fighting between Israel and Hamas in January.", "2025-05-08", [{ text: "in January", value: "2025-01" }],
    [{ type: "ceasefire_start", modality: "asserted", actors: ["Israel", "Hamas"], date: "2025-01" }]],
  ["Lebanon called on the ceasefire committee to act.", "2025-05-08", [], []],
  // attack: a salvo, fire on a ship, a campaign that began on a day, fire blamed on a side, a force led by a side
  ["Hamas fired on a cargo ship off Gaza on Sunday.", "2025-05-08", [{ text: "on Sunday", value: "2025-05-04" }],
    [{ type: "attack", modality: "asserted", actors: ["Hamas"], date: "2025-05-04" }]],
  ["Israel began striking Hezbollah positions on March 2.", "2025-05-08", [{ text: "on March 2", value: "2025-03-02" }],
    [{ type: "attack", modality: "asserted", actors: ["Israel"], date: "2025-03-02" }]],
  ["Shelling blamed on the Rapid Support Forces killed nine people in Omdurman on Friday.", "2025-05-08", [{ text: "on Friday", value: "2025-05-02" }],
    [{ type: "attack", modality: "asserted", actors: ["Rapid Support Forces"], date: "2025-05-02" }]],
  ["The war began in October 2023 when Hamas-led gunmen attacked southern Israel.", "2025-05-08", [{ text: "in October 2023", value: "2023-10" }],
    [{ type: "attack", modality: "asserted", actors: ["Hamas"], date: "2023-10" }]],
  // attack: a promise to refrain from attacks is no attack
  ["Both sides undertook to refrain from attacks on civilians.", "2025-05-08", [], []],
  // denial: the denied act keeps the time of the act it answers; a denied intention is no event
  ["Gunmen raided two villages near Bunia on Monday. The M23 denied carrying out the killings.", "2025-05-08", [{ text: "on Monday", value: "2025-05-05" }],
    [{ type: "attack", modality: "asserted", actors: [], date: "2025-05-05" }, { type: "attack", modality: "negated", actors: ["M23"], date: "2025-05-05" }]],
  ["Qatar had no indication that Israel was going to breach the truce.", "2025-05-08", [], []],
  // ground operation: a city taken by a side named before a relative clause
  ["The M23, which the UN says is backed by Rwanda, seized Goma in January.", "2025-05-08", [{ text: "in January", value: "2025-01" }],
    [{ type: "ground_operation", modality: "asserted", actors: ["M23"], date: "2025-01" }]],
  // aid entry: food handed out from a day on
  ["Aid groups began handing out food parcels in Rafah on 3 May.", "2025-05-08", [{ text: "on 3 May", value: "2025-05-03" }],
    [{ type: "aid_entry", modality: "asserted", actors: [], date: "2025-05-03" }]],
  // hostage taking: captives named by a reduced relative clause
  ["Talks on prisoners stalled. Officials met in Beirut. Lebanon says so. Israel is holding 12 Lebanese fishermen and soldiers captured during the war.", "2025-05-08", [],
    [{ type: "talks", modality: "asserted", actors: ["Lebanon", "Israel"], date: "2025-05-08" }, { type: "hostage_taking", modality: "asserted", actors: ["Israel"], date: null }]],
];

eventRows("events", ROWS);
