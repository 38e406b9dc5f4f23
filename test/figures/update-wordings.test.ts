import { test } from "node:test";
import assert from "node:assert/strict";
import { figuresOf, figureCases, type Expect } from "./helpers.js";


// Wordings of a fourth round of unseen reports (evacuations, displacement, key-figure lines, multi-word
// nationalities), one family per case. The sentences are invented; DCT is Friday 2024-06-14; each text is one document.
const cases: Array<[string, string, Expect[]]> = [
  ["a two-word nationality names the group, and the gapped count keeps the hedge and the noun",
    "Seoul's spy agency said in May that about 150 South Korean marines had been killed and 900 wounded in the strait.",
    [{ measure: "killed", value: 150, subject: "soldiers", group: "south korean", qualifier: "about" },
      { measure: "injured", value: 900, subject: "soldiers", group: "south korean", qualifier: "about" }]],
  ["staff moved away by an agency are evacuated",
    "After the clashes, the agency relocated 14 non-essential staff from the border town on 3 June.",
    [{ measure: "evacuated", value: 14, subject: "aid_workers", date: "2024-06-03" }]],
  ["a state that flies its own citizens out evacuates foreign nationals",
    "Canada said it flew 240 of its citizens out of the capital on Tuesday.",
    [{ measure: "evacuated", value: 240, subject: "foreign_nationals", group: "canadian", date: "2024-06-11" }]],
  ["people unable to return home are displaced",
    "Some 45,000 Georgians have been unable to return to their villages for two years.",
    [{ measure: "displaced", value: 45000, group: "georgian", qualifier: "about", cumulative: true }]],
  ["an exodus after a dated offensive is one event of that month",
    "The army overran the valley in a swift offensive in March 2022, after which about 20,000 ethnic Uzbeks fled the area.",
    [{ measure: "displaced", value: 20000, group: "uzbek", cumulative: false, date: "2022-03" }]],
  ["a reported clause opens after 'said that'; the passive after a long subject gives the measure",
    "The governor said that about 900 residents of villages near the front had been evacuated since the start of May.",
    [{ measure: "evacuated", value: 900, qualifier: "about", cumulative: true, source: "governor" }]],
  ["a definite incident that is the trigger's subject takes the day of the sentence before, though a source speaks now",
    "On Monday, militia fighters shelled a bus station in the north. Local doctors say the shells killed 14 people and wounded 30.",
    [{ measure: "killed", value: 14, cumulative: false, date: "2024-06-10", source: "Local doctors" },
      { measure: "injured", value: 30, cumulative: false, date: "2024-06-10" }]],
  ["'those blasts alone' counts the blasts dated in the sentence before",
    "Officials say 400 people have been killed since 2 May, when bombs hidden in parcels exploded in attacks across the city. "
      + "Those blasts alone killed 25 people, according to officials.",
    [{ measure: "killed", value: 400, cumulative: true }, { measure: "killed", value: 25, cumulative: false, date: "2024-05-02" }]],
  ["'the next morning' ties a pluperfect count to the day of the sentence before",
    "On 4 June the rebels entered the town after the police withdrew. The ministry said the next morning that 60 fighters had been killed there.",
    [{ measure: "killed", value: 60, subject: "militants", cumulative: false, date: "2024-06-04" }]],
  ["a convoy told as a noun keeps the day that opens its line",
    "Updates\n- On 3 June, a convoy of 22 trucks carrying flour reached the camp.",
    [{ measure: "aid_delivered", value: 22, date: "2024-06-03" }]],
  ["an estimate of what had happened is a total",
    "The agency estimated in April that around 800 fighters had been killed and 1,900 wounded in the valley.",
    [{ measure: "killed", value: 800, qualifier: "about", cumulative: true }, { measure: "injured", value: 1900, qualifier: "about", cumulative: true }]],
  ["a perfect over 'this week' is a running count of the report's day",
    "The police say officers have freed nearly 400 detainees from hidden cells this week.",
    [{ measure: "released", value: 400, subject: "prisoners", qualifier: "nearly", cumulative: true, date: "2024-06-14" }]],
  ["'others' after a list's whole are of the whole's kind, not of its named part",
    "On Monday, shelling hit a clinic, killing eight civilians, among them two children, and injuring 15 others.",
    [{ measure: "killed", value: 8, subject: "civilians" }, { measure: "killed", value: 2, subject: "children" },
      { measure: "injured", value: 15, subject: "civilians" }]],
  ["'others' after counts of several kinds stay people",
    "Medics said four women and three children were killed on Monday and that 20 others were wounded.",
    [{ subject: "women" }, { subject: "children" }, { measure: "injured", value: 20, subject: "people" }]],
  ["a bare count of the other state in the sentence that named the captives counts them too",
    "Gunmen seized 30 travellers from a minibus on Sunday. Elders say 18 of the travellers have since been released; 12 remain in captivity.",
    [{ measure: "taken_captive", value: 30 }, { measure: "released", value: 18, subject: "people" },
      { measure: "held_captive", value: 12, subject: "people" }]],
  ["members of a named armed group are militants",
    "The drone strike killed four members of the Popular Resistance Front, the group said.",
    [{ measure: "killed", value: 4, subject: "militants" }]],
  ["members of a civilian body stay people",
    "The drone strike killed four members of the Red Crescent on Monday.",
    [{ measure: "killed", value: 4, subject: "people" }]],
  ["people from a television crew are journalists",
    "The shell killed two people from a local television crew on Monday.",
    [{ measure: "killed", value: 2, subject: "journalists" }]],
  ["an ordinal names a unit that speaks",
    "The 93rd Mechanized Brigade said on Tuesday that its soldiers had captured 9 enemy soldiers.",
    [{ measure: "taken_captive", value: 9, source: "93rd Mechanized Brigade" }]],
  ["a sentence that frames a crisis sources the counts right after it",
    "The agency calls this the worst hunger crisis in a decade. More than two million people have been forced from their homes. "
      + "About 600,000 of them have fled abroad.",
    [{ measure: "displaced", value: 2000000, source: "agency" }, { measure: "displaced", value: 600000, source: "agency" }]],
  ["a sentence with counts of its own frames nothing",
    "Officials described 30 villages as empty. More than 2,000 people have been forced from their homes.",
    [{ measure: "displaced", value: 2000, source: null }]],
  ["a noun before the counted noun modifies it",
    "Officials said 60 rebel fighters were killed on Monday.",
    [{ measure: "killed", value: 60, subject: "militants", date: "2024-06-10" }]],
  ["a plain word before a counted noun modifies it; a generic head keeps the modifier's kind",
    "At least 20 militia fighters were killed on Monday. Three civilian workers were wounded in the same attack.",
    [{ measure: "killed", value: 20, subject: "militants", qualifier: "at_least" }, { measure: "injured", value: 3, subject: "civilians" }]],
];

figureCases("update wordings", cases);

test("update wordings: key-figure lines count with their label's subject, source and date", () => {
  const got = figuresOf("KEY FIGURES\n\n- Children displaced in the province (UNICEF, May 2024): over 80,000.\n"
    + "- Civilians killed since 1 April (monitors): at least 310.\n- Schools damaged or closed: 64.\n");
  assert.deepEqual(got.map((f) => [f.measure, f.subject, f.value, f.qualifier, f.cumulative, f.date, f.source]), [
    ["displaced", "children", 80000, "more_than", true, "2024-05", "UNICEF"],
    ["killed", "civilians", 310, "at_least", true, "2024-06-14", "monitors"],
  ]);
});
