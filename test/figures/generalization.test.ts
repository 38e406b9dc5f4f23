import { test } from "node:test";
import assert from "node:assert/strict";
import type { Figure } from "../../src/types.js";
import { figuresOf, type Expect } from "./helpers.js";


// Constructions beyond the first five articles, one row per family, several conflicts.
// DCT is Friday 2024-06-14; each text is one document.
const cases: Array<[string, string, Expect[]]> = [
  ["running total: pluperfect with a 'since <clause> on <day>' start",
    "A medical charity said 310 people had been killed and more than 900 injured in Nyala since the militia began shelling the town on April 2.",
    [{ measure: "killed", value: 310, cumulative: true, date: "2024-06-14", since: "2024-04-02", source: "medical charity" },
      { measure: "injured", value: 900, qualifier: "more_than", cumulative: true, date: "2024-06-14" }]],
  ["running total: a mass displacement with no day of its own",
    "Nearly 2.5 million people were displaced by the fighting in Tigray, aid agencies said.",
    [{ measure: "displaced", value: 2500000, qualifier: "nearly", cumulative: true, date: "2024-06-14", source: "aid agencies" }]],
  ["running total: a mass evacuation with no day of its own",
    "In the north, some 45,000 Armenians were evacuated from frontier villages.",
    [{ measure: "evacuated", value: 45000, group: "armenian", qualifier: "about", cumulative: true }]],
  ["a dated evacuation stays one event",
    "About 300 patients were evacuated from the hospital in Sumy on Tuesday.",
    [{ measure: "evacuated", value: 300, cumulative: false, date: "2024-06-11" }]],
  ["perfect inside the trigger: 'have fled'",
    "More than 600,000 Sudanese have fled to Chad, the refugee agency says.",
    [{ measure: "displaced", value: 600000, group: "sudanese", cumulative: true, source: "refugee agency" }]],
  ["a bare number with a relative clause about fleeing is displaced, not aid",
    "Over 3 million people have been uprooted, including some 400,000 who crossed into Uganda.",
    [{ measure: "displaced", value: 3000000, cumulative: true },
      { measure: "displaced", value: 400000, qualifier: "about", cumulative: true, rule: "figures/number-noun-verb" }]],
  ["an 'as of' day makes a total on that day",
    "As of Thursday, 1,850 Ukrainian soldiers had been returned home.",
    [{ measure: "released", value: 1850, subject: "soldiers", group: "ukrainian", cumulative: true, date: "2024-06-13" }]],
  ["a period after a coordinated pair covers both counts",
    "Shelling killed 12 civilians and wounded 45 over the past week, according to the UN.",
    [{ measure: "killed", value: 12, cumulative: true, date: "2024-06-14" }, { measure: "injured", value: 45, cumulative: true, source: "UN" }]],
  ["'remained missing' is missing",
    "A week after the flood, 52 people were confirmed dead and 30 remained missing.",
    [{ measure: "killed", value: 52 }, { measure: "missing", value: 30 }]],
  ["a hedge in front of a coordinated pair covers both counts",
    "At least 86 people have been killed and 240 wounded in Donetsk since May, the governor said.",
    [{ measure: "killed", value: 86, qualifier: "at_least" }, { measure: "injured", value: 240, qualifier: "at_least", cumulative: true }]],
  ["the dead included: a part of the count just stated, on its day",
    "Army shelling hit a market in Omdurman on Monday, killing 19 people. The dead included four children, medics said.",
    [{ measure: "killed", value: 19, date: "2024-06-10" },
      { measure: "killed", value: 4, subject: "children", cumulative: false, date: "2024-06-10", source: "medics" }]],
  ["among the dead: a count after the verb",
    "Two paramedics were among the dead, the Red Crescent said.",
    [{ measure: "killed", value: 2, subject: "aid_workers", source: "Red Crescent" }]],
  ["prisoner swap: a phrasal 'handed over' is no hedge",
    "Armenia and Azerbaijan each handed over 32 soldiers on Thursday.",
    [{ measure: "released", value: 32, subject: "soldiers", qualifier: "exact", cumulative: false, date: "2024-06-13" }]],
  ["prisoner swap: 'an exchange of N' totals the process",
    "The truce ended with an exchange of nearly 700 detainees, the Red Cross said.",
    [{ measure: "released", value: 700, subject: "prisoners", qualifier: "nearly", cumulative: true, source: "Red Cross" }]],
  ["prisoner swap: flown home, with a listed breakdown held by the captor",
    "On Sunday the last 140 detainees were flown home, among them nine Kenyan and two Ugandan prisoners held by the rebels.",
    [{ measure: "released", value: 140, subject: "prisoners", date: "2024-06-09" },
      { measure: "released", value: 9, subject: "prisoners", group: "kenyan", rule: "figures/including-breakdown" },
      { measure: "released", value: 2, subject: "prisoners", group: "ugandan", rule: "figures/coordination" }]],
  ["prisoner swap: 'came home' counts where captives are talked of",
    "The swap took three days. In all, 600 Moldovans came home, the president said.",
    [{ measure: "released", value: 600, subject: "people", group: "moldovan", source: "president" }]],
  ["prisoner swap: 'received N of its own' in a war between states",
    "Kyiv said 75 prisoners of war were freed. Moscow said it had received 75 of its own servicemen in the exchange.",
    [{ measure: "released", value: 75, subject: "prisoners" },
      { measure: "released", value: 75, subject: "soldiers", group: "russian", source: "Moscow" }]],
  ["the other side of a swap 'in return' shares the first side's total",
    "The prisoner swap ended on Sunday. In total, 480 Armenians came home over two days, the prime minister said. "
      + "Baku said it had received 480 of its own people in return.",
    [{ measure: "released", value: 480, group: "armenian", cumulative: true, date: "2024-06-14" },
      { measure: "released", value: 480, group: "azerbaijani", subject: "people", cumulative: true, date: "2024-06-14", source: "Baku" }]],
  ["a lower-case headquarters is a source",
    "Ukraine has returned 2,700 prisoners of war since the start of the invasion, the coordination headquarters said.",
    [{ measure: "released", value: 2700, subject: "prisoners", cumulative: true, source: "coordination headquarters" }]],
  ["captives in a war between states are prisoners",
    "The two armies have traded prisoners before; the last swap freed about 150 captives from each side.",
    [{ measure: "released", value: 150, subject: "prisoners", qualifier: "about" }]],
  ["a bare freed count in a prisoner story is prisoners",
    "The prisoner exchange began on Friday. Another 210 were freed on Saturday.",
    [{ measure: "released", value: 210, subject: "prisoners", date: "2024-06-08" }]],
  // "villagers" names who they are, so that count stays people (dev2 gold: "passengers" → people).
  ["captives held by an armed group stay hostages",
    "The gunmen abducted 40 villagers; officials said 12 hostages were freed on Monday and the group still holds 28 captives.",
    [{ measure: "taken_captive", value: 40, subject: "people" }, { measure: "released", value: 12, subject: "hostages" },
      { measure: "held_captive", value: 28, subject: "hostages" }]],
  ["captives swapped for prisoners are the hostages of that swap",
    "The movement freed 20 captives in exchange for 600 prisoners on Sunday.",
    [{ measure: "released", value: 20, subject: "hostages" }, { measure: "released", value: 600, subject: "prisoners" }]],
  ["a superlative 'since' compares and counts no period",
    "It was the largest swap since 2019, when about 400 prisoners were exchanged.",
    [{ measure: "released", value: 400, cumulative: false }]],
  ["a period noun after 'in a' is no rate",
    "Rebels took the town, where at least 500 people were killed in a week of fighting.",
    [{ measure: "killed", value: 500, qualifier: "at_least", cumulative: true }]],
  ["an attack named before keeps its day inside an attributed relative clause",
    "Kyiv blamed Moscow for Tuesday's strike on a hospital. Officials said that strike, which killed seven people, hit the maternity ward.",
    [{ measure: "killed", value: 7, cumulative: false, date: "2024-06-11", source: "Officials" }]],
  ["a source with a bracketed short form",
    "The Norwegian Refugee Council (NRC) said 1,500 people had been killed in Darfur since January.",
    [{ measure: "killed", value: 1500, cumulative: true, source: "Norwegian Refugee Council" }]],
  ["a source noun starting with 'a' keeps its letters",
    "Gunmen killed 14 farmers in Plateau state on Sunday, activists said.",
    [{ measure: "killed", value: 14, date: "2024-06-09", source: "activists" }]],
  ["a part named by a verb no measure knows is no figure",
    "Police said 8 suspects were arrested and 3 of them were charged.",
    [{ measure: "arrested", value: 8, subject: "people", source: "Police" }]],
  ["bodies received in a swap are remains returned; bodies received at hospitals are the dead",
    "The prisoner swap was completed on Friday. Kyiv also received the bodies of 640 soldiers. Hospitals received 30 bodies after the strike.",
    [{ measure: "remains_returned", value: 640, subject: "soldiers" }, { measure: "killed", value: 30, subject: "people" }]],
  ["'forced N people to flee' is displaced",
    "Fighting has forced more than 250,000 people to flee their homes since January, the UN said.",
    [{ measure: "displaced", value: 250000, qualifier: "more_than", cumulative: true, since: "2024-01", source: "UN" }]],
  ["'claimed N lives' is killed",
    "The fighting has claimed at least 500 lives, according to the Red Cross.",
    [{ measure: "killed", value: 500, subject: "people", qualifier: "at_least", cumulative: true, source: "Red Cross" }]],
  ["a participle before the counted noun modifies it; captives among people are hostages",
    "Troops rescued 12 kidnapped students on Monday. Medics evacuated 300 wounded people.",
    [{ measure: "released", value: 12, subject: "hostages", date: "2024-06-10" }, { measure: "evacuated", value: 300, subject: "people" }]],
  ["a one-off count with only the day of the statement happened by that day",
    "Three soldiers were killed, the army said in a statement on Tuesday.",
    [{ measure: "killed", value: 3, cumulative: false, date: "2024-06-11", source: "army" }]],
  // dev3 gold notes: a running count "gets the DCT, or the day it was reported when the report is dated".
  ["a total holds on the day of the statement when that day is given",
    "The ministry said on Tuesday that 4,100 people have been killed since the war began.",
    [{ measure: "killed", value: 4100, cumulative: true, date: "2024-06-11" }]],
  ["a total keeps the DCT when the statement is not dated",
    "The ministry says 4,100 people have been killed since the war began.",
    [{ measure: "killed", value: 4100, cumulative: true, date: "2024-06-14" }]],
  ["the side that gets its people back names their group",
    "The prisoner exchange ended on Friday. Kyiv received 300 soldiers. Gaza hospitals received 30 bodies overnight.",
    [{ measure: "released", value: 300, subject: "soldiers", group: "ukrainian" },
      { measure: "killed", value: 30, group: null }]],
  ["nominal triggers: 'the killing of', 'the abduction of'",
    "Rights groups condemned the killing of 14 villagers. The UN decried the abduction of 30 aid workers.",
    [{ measure: "killed", value: 14, subject: "people" }, { measure: "taken_captive", value: 30, subject: "aid_workers" }]],
  ["the cargo of counted trucks belongs to their phrase",
    "A further 40 trucks of food and medicine entered through the crossing on Sunday.",
    [{ measure: "aid_delivered", value: 40, subject: "trucks", date: "2024-06-09" }]],
  ["a count of 'last week' is dated to that week's month",
    "Shelling killed 11 civilians last week, officials said.",
    [{ measure: "killed", value: 11, cumulative: false, date: "2024-06" }]],
  ["a period closing a breakdown list covers the whole list",
    "Militias killed 420 people, including 80 children, during the war, a monitor said.",
    [{ measure: "killed", value: 420, cumulative: true }, { measure: "killed", value: 80, subject: "children", cumulative: true }]],
  ["the remains are of the counted noun",
    "The two sides exchanged the bodies of 60 soldiers.",
    [{ measure: "remains_returned", value: 60, subject: "soldiers" }]],
];

for (const [name, text, expected] of cases) {
  test(`generalization: ${name}`, () => {
    const got = figuresOf(text);
    assert.deepEqual(got.map((f) => [f.measure, f.value]), expected.map((e) => [e.measure, e.value]));
    expected.forEach((want, i) => {
      for (const [k, v] of Object.entries(want)) assert.deepEqual(got[i][k as keyof Figure], v, `${k} of ${got[i].measure} ${got[i].value}`);
    });
  });
}

// Numbers that count weapons, objects or non-captive returns, and verbs that say nothing measurable.
const negatives = [
  "Air defences downed 41 of the 55 drones launched overnight.",
  "Engineers repaired 12 of the 30 damaged bridges.",
  "Some 120 arrived in the port on Tuesday.",
  "After the truce, 5,000 residents came home to the valley.",
  "The envoy received 30 delegates in Geneva.",
  "The militia recovered 40 of its vehicles.",
  "Doctors said 5 remain in critical condition.",
  "The agreement calls for 3 phases and the release of 33 captives in the first phase.",
];

for (const sentence of negatives) {
  test(`generalization, no figure: ${sentence.slice(0, 60)}`, () => {
    assert.deepEqual(figuresOf(sentence).map((f) => [f.measure, f.value, f.rule]), []);
  });
}

test("generalization: a headline count restated with more detail in the body is one figure", () => {
  const text = "Kyiv and Moscow swap 95 prisoners\n\nKYIV — Ninety-five Ukrainian prisoners of war were freed on Tuesday, officials said.";
  const got = figuresOf(text);
  assert.deepEqual(got.map((f) => [f.measure, f.value, f.subject, f.group]), [["released", 95, "prisoners", "ukrainian"]]);
});

test("generalization: equal one-off counts on different days stay two figures", () => {
  const text = "The swap began on Monday, when 120 detainees were freed. On Tuesday another 120 were freed.";
  assert.deepEqual(figuresOf(text).map((f) => [f.value, f.date]), [[120, "2024-06-10"], [120, "2024-06-11"]]);
});
