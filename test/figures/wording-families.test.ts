import { figureCases, silentCases, type Expect } from "./helpers.js";


// Wordings of tolls, captives, aid and arrests that the rules first missed, with the attributes
// they must carry. The sentences are invented; DCT is Friday 2024-06-14; each text is one document.
const cases: Array<[string, string, Expect[]]> = [
  ["'claimed the lives of N' is a toll",
    "The siege has claimed the lives of 87 people so far, the health office said.",
    [{ measure: "killed", value: 87, subject: "people", cumulative: true, source: "health office" }]],
  ["'took the lives of N' is a toll",
    "The landslide of shells on the market took the lives of 14 civilians on Tuesday.",
    [{ measure: "killed", value: 14, subject: "civilians", cumulative: false, date: "2024-06-11" }]],
  ["'a day earlier' after a toll is a distance in time, not a rate",
    "The watchdog put the toll at 96 on Thursday. The watchdog had put the toll at 81 a week earlier.",
    [{ measure: "killed", value: 96 }, { measure: "killed", value: 81 }]],
  ["bodies counted by an office are dead",
    "The district council had counted 23 bodies in the ruins by Thursday.",
    [{ measure: "killed", value: 23, subject: "people", source: "district council" }]],
  ["a convoy of trucks is one delivery",
    "A Red Cross convoy of 16 trucks reached the besieged town on Wednesday.",
    [{ measure: "aid_delivered", value: 16, subject: "trucks", cumulative: false, date: "2024-06-12" }]],
  ["gang members are militants; 'suspected' only hedges the noun",
    "Police arrested 22 suspected gang members in the port district on Monday.",
    [{ measure: "arrested", value: 22, subject: "militants", date: "2024-06-10" }]],
  ["a noun before 'passengers' modifies it",
    "Last month the militia freed nine ferry passengers it had seized on the river.",
    [{ measure: "released", value: 9, subject: "people" }]],
  ["members of a named force are militants",
    "The army released 13 Kataib members captured in the raid, the council said.",
    [{ measure: "released", value: 13, subject: "militants", source: "council" }]],
  ["a participle may stand before the nationality",
    "Baku handed over 12 badly wounded Armenian soldiers on Sunday.",
    [{ measure: "released", value: 12, subject: "soldiers", group: "armenian", date: "2024-06-09" }]],
  ["captives 'taken from' a vehicle, named by what they are, and the counts that point back to them",
    "Nine pilgrims were taken from a coach on the mountain road on Tuesday, a provincial official said, and the kidnappers asked for a ransom. "
      + "Three of them were let go on Thursday. The other six are still being held.",
    [{ measure: "taken_captive", value: 9, subject: "people", date: "2024-06-11", source: "provincial official" },
      { measure: "released", value: 3, subject: "people", date: "2024-06-13" },
      { measure: "held_captive", value: 6, subject: "people", cumulative: false, date: "2024-06-14" }]],
  ["'between <day> and <day>' counts a period up to its last day",
    "According to the health ministry, 240 people were killed and 1,310 others wounded between June 2 and Thursday.",
    [{ measure: "killed", value: 240, cumulative: true, since: "2024-06-02", date: "2024-06-13", source: "health ministry" },
      { measure: "injured", value: 1310, cumulative: true, since: "2024-06-02", date: "2024-06-13" }]],
  ["an aside between the source and its verb",
    "The navy, for its part, said its gunboats had killed at least 40 gunmen on Monday.",
    [{ measure: "killed", value: 40, source: "navy" }]],
  ["a relative clause between the source and its verb",
    "The observatory, which counts deaths through a network of doctors, had put the toll at 150.",
    [{ measure: "killed", value: 150, source: "observatory" }]],
  ["a leaked document is a source",
    "A classified army document seen by reporters puts the number of wounded at 75.",
    [{ measure: "injured", value: 75, source: "classified army document seen by reporters" }]],
];

figureCases("wording families", cases);

// Near misses of the same families that must stay silent.
const silent: Array<[string, string]> = [
  ["'taken from' needs talk of captives",
    "Eleven passengers were taken from the wreck to the district hospital."],
  ["'three a day' is still a rate",
    "The camp buries three a day, aid workers said."],
  ["a convoy that is only planned",
    "A convoy of 40 trucks is expected to cross next week."],
];

silentCases("wording families", silent);
