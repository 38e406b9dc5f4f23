import { figureCases, silentCases, type Expect } from "./helpers.js";


// One row per family of wording that the first rules missed. The sentences are invented;
// DCT is Friday 2024-06-14; each text is one document.
const cases: Array<[string, string, Expect[]]> = [
  ["swap: 'handed back' counts each side's release",
    "Armenia and Azerbaijan handed back 40 detainees each on Tuesday, officials said.",
    [{ measure: "released", value: 40, subject: "prisoners", cumulative: false, date: "2024-06-11", source: "officials" }]],
  ["swap: the returnees listed after 'among those coming home were'",
    "The two armies swapped prisoners on Sunday. Among those coming home were 14 marines captured in Kherson, the ombudsman said.",
    [{ measure: "released", value: 14, subject: "soldiers", cumulative: false, source: "ombudsman" }]],
  ["swap: 'the N soldiers it received' is the side's own people back",
    "After the prisoner exchange, the defence ministry said the 90 Georgian soldiers it received were taken to hospital.",
    [{ measure: "released", value: 90, subject: "soldiers", group: "georgian" }]],
  ["swap: a running total of people 'brought home'",
    "In all, 1,200 Armenians have been brought home in prisoner swaps since 2021, the ombudsman said.",
    [{ measure: "released", value: 1200, subject: "people", group: "armenian", cumulative: true }]],
  ["attackers and assailants are militants",
    "Four attackers were killed and two assailants were arrested, the army said.",
    [{ measure: "killed", value: 4, subject: "militants" }, { measure: "arrested", value: 2, subject: "militants" }]],
  ["a group name with a hyphenated article ('al-…') modifies the counted noun",
    "A drone strike near Marib on Monday killed three al-Qaeda operatives.",
    [{ measure: "killed", value: 3, subject: "militants", date: "2024-06-10" }]],
  ["a partitive over a casualty word takes its measure",
    "The district hospital said it had treated 23 of the wounded, including five children.",
    [{ measure: "injured", value: 23, subject: "people", source: "district hospital", rule: "figures/partitive-state" },
      { measure: "injured", value: 5, subject: "children" }]],
  ["a spelled-out count opens a long subject before its passive verb",
    "Eleven soldiers and peacekeepers from Kenya, Burundi and Uganda serving with the regional force were killed in an ambush on Monday.",
    [{ measure: "killed", value: 11, subject: "soldiers", cumulative: false, date: "2024-06-10" }]],
  ["'in the fighting last week' dates one incident; it counts no period",
    "Nine policemen were killed in the fighting last week.",
    [{ measure: "killed", value: 9, cumulative: false, date: "2024-06" }]],
  ["a ship's crew named with a possessive",
    "At least three of the Sea Falcon's crew were injured, the coastguard said.",
    [{ measure: "injured", value: 3, subject: "people", qualifier: "at_least", source: "coastguard" }]],
  ["people driven 'from their homes' are displaced",
    "The fighting has driven some 15,000 people from their homes since March, the UN said.",
    [{ measure: "displaced", value: 15000, qualifier: "about", cumulative: true, date: "2024-06-14", source: "UN" }]],
  ["people who left under an order were evacuated",
    "About 9,000 villagers who fled their homes under army orders are living in tents.",
    [{ measure: "evacuated", value: 9000, qualifier: "about" }]],
  ["'relocated' staff are evacuated",
    "The agency relocated 60 staff members to the capital on Wednesday.",
    [{ measure: "evacuated", value: 60, subject: "aid_workers", date: "2024-06-12" }]],
  ["the 'still missing' are a state on the report's date",
    "Six fishermen were killed in the storm on Monday and nine others remain missing.",
    [{ measure: "killed", value: 6, date: "2024-06-10" }, { measure: "missing", value: 9, cumulative: true, date: "2024-06-14" }]],
  ["a headline's count gives way to the body's full statement",
    "Toll from market bombing rises to 18\n\nAt least 18 people were killed in a market bombing in Kabul on Tuesday, police said.",
    [{ measure: "killed", value: 18, qualifier: "at_least", cumulative: false, date: "2024-06-11", source: "police" }]],
  ["a simple-past toll told by a source keeps the day of the attack before it",
    "Gunmen launched an attack on a hotel in the capital on Tuesday.\n\nAt least 12 people were killed, a police spokesman told reporters.",
    [{ measure: "killed", value: 12, date: "2024-06-11", source: "police spokesman" }]],
  ["a bullet takes only its own line's source",
    "Key points\n- Rebels claim a new offensive\n- Shelling kills at least six in the north, officials say\n\nThe army denied the claim.",
    [{ measure: "killed", value: 6, source: "officials" }]],
  ["captives 'many of them civilians' stay people",
    "The prisoner exchange was postponed. More than 2,000 Eritreans are still held in camps, many of them civilians.",
    [{ measure: "held_captive", value: 2000, subject: "people", group: "eritrean" }]],
];

figureCases("families", cases);

// Near misses of the same families that must stay silent.
const silent: Array<[string, string]> = [
  ["returnees of a displacement are no displaced figure",
    "More than 300,000 people who had fled the fighting have returned home since the truce, officials said."],
  ["a relative clause is not the verb of a distant subject",
    "Three soldiers who guarded the convoy said civilians were killed."],
  ["'the N … it received' needs talk of captives",
    "The 30 visitors it received were journalists."],
  ["'agree to swap' is a deal term",
    "Both sides agree to swap 500 prisoners each"],
];

silentCases("families", silent);
