import { test } from "node:test";
import assert from "node:assert/strict";
import type { Figure } from "../../src/types.js";
import { figuresOf } from "./helpers.js";

type Expect = Partial<Pick<Figure, "measure" | "subject" | "group" | "condition" | "value" | "qualifier" | "cumulative" | "date" | "since" | "source" | "rule">>;

// DCT is Friday 2024-06-14. Each row: a sentence and the figures it must yield, in order.
const cases: Array<[string, Expect[]]> = [
  ["Russian missiles killed at least 14 civilians in Kharkiv on Tuesday, the regional governor said.",
    [{ measure: "killed", subject: "civilians", value: 14, qualifier: "at_least", cumulative: false, date: "2024-06-11", source: "regional governor", rule: "figures/verb-number-noun" }]],
  ["Since the invasion began, more than 10,500 civilians have been killed in Ukraine, according to the UN monitoring mission.",
    [{ measure: "killed", subject: "civilians", value: 10500, qualifier: "more_than", cumulative: true, date: "2024-06-14", source: "UN monitoring mission", rule: "figures/number-noun-verb" }]],
  ["The death toll from the market bombing rose to 27, officials said.",
    [{ measure: "killed", subject: "people", value: 27, qualifier: "exact", cumulative: true, source: "officials", rule: "figures/toll-passed" }]],
  ["The Sudanese death toll in the siege has passed 15,000, according to a local monitor.",
    [{ measure: "killed", subject: "people", group: "sudanese", value: 15000, qualifier: "more_than", cumulative: true, source: "local monitor" }]],
  ["A medical network said 40 people were killed and 112 wounded when shells hit a camp near El Fasher.",
    [{ measure: "killed", value: 40, subject: "people", source: "medical network" }, { measure: "injured", value: 112, subject: "people" }]],
  ["The war has displaced more than 10 million people since April 2023, the migration agency says.",
    [{ measure: "displaced", value: 10000000, qualifier: "more_than", cumulative: true, source: "migration agency" }]],
  ["Beirut's health ministry said strikes on Tuesday killed 558 people, including 50 children and 94 women, and wounded 1,835.",
    [{ measure: "killed", value: 558, subject: "people", cumulative: false, date: "2024-06-11" },
      { measure: "killed", value: 50, subject: "children", date: "2024-06-11", rule: "figures/including-breakdown" },
      { measure: "killed", value: 94, subject: "women", rule: "figures/coordination" },
      { measure: "injured", value: 1835, subject: "people" }]],
  ["Kyiv said 95 Ukrainian prisoners of war were freed in the swap.",
    [{ measure: "released", subject: "prisoners", group: "ukrainian", value: 95, source: "Kyiv" }]],
  // Captives named by what they are keep that noun (dev2 gold: "passengers" → people).
  ["Houthi fighters seized 25 crew members in the Red Sea in November.",
    [{ measure: "taken_captive", subject: "people", value: 25, date: "2023-11" }]],
  ["Israeli forces arrested 23 Palestinians in raids across the West Bank, a prisoners' group said.",
    [{ measure: "arrested", subject: "people", group: "palestinian", value: 23, source: "prisoners' group" }]],
  ["Almost 300 aid workers have been killed in Gaza since October 2023, the UN says.",
    [{ measure: "killed", subject: "aid_workers", value: 300, qualifier: "nearly", cumulative: true, source: "UN" }]],
  ["About 150 aid trucks entered the enclave on Sunday carrying flour.",
    [{ measure: "aid_delivered", subject: "trucks", value: 150, qualifier: "about", date: "2024-06-09" }]],
  ["Five Ukrainian soldiers were captured near Avdiivka, Russian state media reported.",
    [{ measure: "taken_captive", subject: "soldiers", group: "ukrainian", value: 5, source: "Russian state media" }]],
  ["Ukraine says it has lost 31,000 troops since the war began.",
    [{ measure: "killed", subject: "soldiers", group: "ukrainian", value: 31000, cumulative: true }]],
  ["More than 1,000 people remain missing after the bombardment, rescuers said.",
    [{ measure: "missing", value: 1000, qualifier: "more_than", source: "rescuers" }]],
  ["Two of the injured later died in hospital.", [{ measure: "killed", value: 2 }]],
  ["At least 45 people were killed and 80 others injured in shelling of Donetsk.",
    [{ measure: "killed", value: 45, qualifier: "at_least" }, { measure: "injured", value: 80, subject: "people" }]],
  ["Twenty-three people died when a drone hit a bus near Kherson on Saturday.",
    [{ measure: "killed", value: 23, cumulative: false, date: "2024-06-08" }]],
  ["Militants killed some 300 villagers and abducted 40 in the raid on March 3, 2024.",
    [{ measure: "killed", value: 300, qualifier: "about", cumulative: false, date: "2024-03-03" },
      { measure: "taken_captive", value: 40, subject: "hostages", qualifier: "exact", date: "2024-03-03" }]],
  ["The group still holds an estimated 60 living hostages and 35 more bodies.",
    [{ measure: "held_captive", value: 60, condition: "alive", qualifier: "about", cumulative: false, source: null },
      { measure: "held_captive", value: 35, condition: "dead", qualifier: "about", subject: "hostages" }]],
  ["Over the eight-week truce the group has returned 30 hostages and six bodies.",
    [{ measure: "released", value: 30, subject: "hostages", cumulative: true },
      { measure: "remains_returned", value: 6, subject: "hostages", condition: null }]],
  ["In the ten-day pause, 50 Thais and another 12 foreign nationals were released.",
    [{ measure: "released", value: 50, subject: "people", group: "thai", cumulative: true },
      { measure: "released", value: 12, subject: "foreign_nationals", group: null }]],
  ["The army said 90 people are still being held hostage, including 70 men and 20 women.",
    [{ measure: "held_captive", value: 90, subject: "hostages", cumulative: false, date: "2024-06-14", source: "army" },
      { measure: "held_captive", value: 70, subject: "men" }, { measure: "held_captive", value: 20, subject: "women" }]],
  ["The ministry said 300 detainees are held in the camp. Four of the detainees are minors, it said.",
    [{ measure: "held_captive", value: 300, subject: "prisoners", source: "ministry" },
      { measure: "held_captive", value: 4, subject: "children", source: "ministry", rule: "figures/context-carry" }]],
  ["The strike killed five members of one family, including three children, in Deir al-Balah on Sunday.",
    [{ measure: "killed", value: 5, subject: "people", date: "2024-06-09" }, { measure: "killed", value: 3, subject: "children", date: "2024-06-09" }]],
  ["The truce allowed for the release of 80 Yemeni detainees.",
    [{ measure: "released", value: 80, subject: "prisoners", group: "yemeni", cumulative: true }]],
  ["The city council reported that more than 200 civilians had been killed under the shelling.",
    [{ measure: "killed", value: 200, subject: "civilians", qualifier: "more_than", cumulative: null, source: "city council" }]],
  ["In the years of fighting, Syrian monitors say 500,000 people were killed.",
    [{ measure: "killed", value: 500000, cumulative: true, source: "Syrian monitors" }]],
];

for (const [sentence, expected] of cases) {
  test(`figures: ${sentence.slice(0, 60)}`, () => {
    const got = figuresOf(sentence);
    assert.equal(got.length, expected.length, JSON.stringify(got.map((f) => [f.measure, f.value])));
    expected.forEach((want, i) => {
      const f = got[i];
      for (const [k, v] of Object.entries(want)) assert.deepEqual(f[k as keyof Figure], v, `${k} of ${f.measure} ${f.value}`);
      const evidence = sentence.slice(f.span[0], f.span[1]);
      assert.ok(evidence.length > 0 && f.sentence.includes(evidence), `span ${evidence}`);
    });
  });
}

test("figures: the span covers the number as written", () => {
  const text = "Officials said nearly 600 people were killed.";
  const [f] = figuresOf(text);
  assert.equal(text.slice(f.span[0], f.span[1]), "nearly 600 people");
});

test("figures: a pronoun source takes the source named in the sentence before", () => {
  const text = "The governor's office said shelling continued overnight. It said 12 soldiers were wounded.";
  assert.equal(figuresOf(text)[0].source, "governor's office");
});

test("figures: a date stated for an attack carries to the next sentence's count", () => {
  const text = "The war began with a raid on border towns on May 2, 2024. Gunmen killed 300 residents.";
  const [f] = figuresOf(text);
  assert.deepEqual([f.value, f.date, f.cumulative], [300, "2024-05-02", false]);
});

test("figures: a fact restated later in the document is kept once, with its first qualifier", () => {
  const text = "The deal freed about 240 Palestinian prisoners. By Thursday, 240 Palestinians had been freed from jails.";
  const got = figuresOf(text);
  assert.deepEqual(got.map((f) => [f.value, f.qualifier]), [[240, "about"]]);
});

test("figures: an empty or number-free document yields nothing", () => {
  assert.deepEqual(figuresOf(""), []);
  assert.deepEqual(figuresOf("Talks resumed in Cairo.", null), []);
});

const more: Array<[string, Expect[]]> = [
  ["The civil defence said the bodies of 24 people were brought to hospitals overnight.",
    [{ measure: "killed", value: 24, subject: "people", condition: null, source: "civil defence" }]],
  ["Rescuers recovered the bodies of 9 people from the rubble.", [{ measure: "killed", value: 9 }]],
  ["Four soldiers died on Wednesday, bringing the number of troops killed in the offensive to 330.",
    [{ measure: "killed", value: 4, subject: "soldiers", date: "2024-06-12" },
      { measure: "killed", value: 330, subject: "soldiers", cumulative: true, rule: "figures/toll-passed" }]],
  ["Some 9 million people have been displaced, including 2 million who fled abroad, the agency says.",
    [{ measure: "displaced", value: 9000000, cumulative: true }, { measure: "displaced", value: 2000000, cumulative: true }]],
  ["Kyiv says more than 3,500 Ukrainians have been returned home in total.",
    [{ measure: "released", value: 3500, subject: "people", group: "ukrainian", cumulative: true, source: "Kyiv" }]],
  ["Commandos rescued four hostages in Nuseirat on Saturday.",
    [{ measure: "released", value: 4, subject: "hostages", date: "2024-06-08" }]],
  ["Militia fighters freed 39 Yemeni prisoners in exchange for 13 soldiers.",
    [{ measure: "released", value: 39, subject: "prisoners", group: "yemeni" },
      { measure: "released", value: 13, subject: "soldiers", rule: "figures/exchange" }]],
  ["Israel says 59 captives remain in Gaza, 24 of whom are believed to be alive.",
    [{ measure: "held_captive", value: 59, subject: "hostages", condition: null },
      { measure: "held_captive", value: 24, subject: "hostages", condition: "alive" }]],
  ["Officials said 33 of the hostages are dead.",
    [{ measure: "held_captive", value: 33, condition: "dead", rule: "figures/captive-state" }]],
  ["At least 226 people have been killed since fighting intensified on May 10, medics said.",
    [{ measure: "killed", value: 226, cumulative: true, date: "2024-06-14", since: "2024-05-10", source: "medics" }]],
  ["UN agencies say 1.7 million people - most of the population - have been displaced.",
    [{ measure: "displaced", value: 1700000, cumulative: true, source: "UN agencies" }]],
  ["The rebels have freed 75 captives — 60 Nigerians and 15 foreigners.",
    [{ measure: "released", value: 75, subject: "hostages" },
      { measure: "released", value: 60, subject: "people", group: "nigerian", rule: "figures/including-breakdown" },
      { measure: "released", value: 15, subject: "foreign_nationals", rule: "figures/coordination" }]],
  ["At least 20 people were killed on Monday, 8 of them children, the ministry said.",
    [{ measure: "killed", value: 20, date: "2024-06-10" },
      { measure: "killed", value: 8, subject: "children", cumulative: false, date: "2024-06-10", rule: "figures/context-carry" }]],
  ["Nearly 40,000 Syrians have been killed and more than 90,000 injured, monitors say.",
    [{ measure: "killed", value: 40000, cumulative: true }, { measure: "injured", value: 90000, qualifier: "more_than", cumulative: true }]],
  ["About 1,100 people, mostly civilians, were killed in the raid on June 3.",
    [{ measure: "killed", value: 1100, qualifier: "about", cumulative: false, date: "2024-06-03" }]],
  ["Kyiv's army says 300 of its soldiers have died in the region since May.",
    [{ measure: "killed", value: 300, subject: "soldiers", group: "ukrainian", cumulative: true }]],
  ["The ministry said 300 Gazans were killed.", [{ measure: "killed", value: 300, subject: "people", group: "palestinian" }]],
  ["Around 100 captives remain in the enclave, about a third of whom are believed dead.",
    [{ measure: "held_captive", value: 100, subject: "hostages", qualifier: "about", cumulative: false }]],
];

for (const [sentence, expected] of more) {
  test(`figures: ${sentence.slice(0, 60)}`, () => {
    const got = figuresOf(sentence);
    assert.deepEqual(got.map((f) => [f.measure, f.value]), expected.map((e) => [e.measure, e.value]));
    expected.forEach((want, i) => {
      for (const [k, v] of Object.entries(want)) assert.deepEqual(got[i][k as keyof Figure], v, `${k} of ${got[i].measure} ${got[i].value}`);
    });
  });
}

test("figures: place comes from the gazetteer", () => {
  const [f] = figuresOf("Shelling killed 12 people in Kharkiv on Monday.");
  assert.equal(f.place, "Kharkiv");
});

test("figures: a passive perfect total after a dated attack stays a total at the DCT", () => {
  const text = "A drone strike hit a market in Kherson on Tuesday. More than 10,000 civilians have been killed, the UN says.";
  const [f] = figuresOf(text);
  assert.deepEqual([f.value, f.cumulative, f.date], [10000, true, "2024-06-14"]);
});

test("figures: an attributed total after a dated attack is not dated by that attack", () => {
  const text = "The war began on May 2, 2023, when militia fighters attacked the capital. "
    + "The offensive has killed more than 20,000 people, according to health officials.";
  const [f] = figuresOf(text);
  assert.deepEqual([f.value, f.cumulative, f.date, f.source], [20000, true, "2024-06-14", "health officials"]);
});
