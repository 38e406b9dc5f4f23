import { test } from "node:test";
import assert from "node:assert/strict";
import { attributionIn } from "../../src/extract/figures/attribution.js";
import { figuresOf, figureCases, type Expect } from "./helpers.js";


// Wordings of a third round of unseen reports, one family per case. The sentences are invented;
// DCT is Friday 2024-06-14; each text is one document.
const cases: Array<[string, string, Expect[]]> = [
  ["a count written in words after 'and' is coordinated with the one before",
    "The council said 9 men and four boys were among those killed on Wednesday.",
    [{ measure: "killed", value: 9, subject: "men", date: "2024-06-12" }, { measure: "killed", value: 4, subject: "children" }]],
  ["'N dozen' is a count",
    "The clinic treated about three dozen wounded on Tuesday.",
    [{ measure: "injured", value: 36, qualifier: "about", date: "2024-06-11" }]],
  ["deaths by trampling and stabbing, told with the event in an 'as' clause",
    "Organisers said 12 people had been trampled and two fatally stabbed as the crowd surged at the gate.",
    [{ measure: "killed", value: 12, cumulative: false, source: "Organisers" }, { measure: "killed", value: 2, cumulative: false }]],
  ["a recorded number of killings is a running count dated on the day it was given",
    "The monitor said on Wednesday it had recorded 310 killings of civilians since March, 120 of them near checkpoints.",
    [{ measure: "killed", value: 310, cumulative: true, date: "2024-06-12", source: "monitor" },
      { measure: "killed", value: 120, cumulative: true, date: "2024-06-12" }]],
  ["remains handed to a side named between the verb and the count",
    "The two sides held another prisoner swap this week. Since then, Baku says it has received the remains of 412 soldiers, "
      + "while handing Yerevan the bodies of 35 Armenian troops.",
    [{ measure: "remains_returned", value: 412, subject: "soldiers", cumulative: true },
      { measure: "remains_returned", value: 35, subject: "soldiers", group: "armenian", cumulative: true }]],
  ["'the deadliest attack since …' compares; it counts no period",
    "Missiles struck the port overnight, killing at least five people and wounding 31 in one of the deadliest attacks on the city "
      + "since the war began in March 2022, officials said Friday.",
    [{ measure: "killed", value: 5, cumulative: false, date: "2024-06-14", source: "officials" },
      { measure: "injured", value: 31, cumulative: false, date: "2024-06-14" }]],
  ["the events that opened a counted period are dated to that day and are no one's tally",
    "The ministry says 9,400 people have been killed since the war began on 3 May 2023, when militants stormed border towns, "
      + "killing about 700 people and taking 90 hostage.",
    [{ measure: "killed", value: 9400, cumulative: true, since: "2023-05-03", source: "ministry" },
      { measure: "killed", value: 700, cumulative: false, date: "2023-05-03", source: null },
      { measure: "taken_captive", value: 90, cumulative: false, date: "2023-05-03", source: null }]],
  ["'in May alone' closes the period: its month, no running total; an apposition between source and verb",
    "Earlier this month, the UN mission, UNMISS, said at least 90 civilians had been killed by militias in May alone.",
    [{ measure: "killed", value: 90, subject: "civilians", cumulative: false, date: "2024-05", source: "UN mission" }]],
  ["a period closed by 'alone' outweighs a period noun",
    "Provincial authorities have said about 2,000 people were killed in the offensive in March and April alone.",
    [{ measure: "killed", value: 2000, cumulative: false }]],
  ["a pluperfect whose subject is the strike is that strike's toll",
    "The ministry said in a statement that the strikes on the outskirts of the town had also wounded six people.",
    [{ measure: "injured", value: 6, cumulative: false, source: "ministry" }]],
  ["a pluperfect followed by the event that caused it; a participle's speaker opens the sentence",
    "The regional ministry gave a higher toll, saying 15 people had died after guards shut the gates.",
    [{ measure: "killed", value: 15, cumulative: false, source: "regional ministry" }]],
  ["a time inside a relative aside does not date the count after it",
    "The war, which began when rebels took the capital in March 2015, has killed more than 90,000 people, according to U.N. agencies.",
    [{ measure: "killed", value: 90000, cumulative: true, date: "2024-06-14", source: "U.N. agencies" }]],
  ["'two days after a strike … left 40 dead' dates the strike two days before",
    "Shelling killed 9 people on Thursday, a local group said, two days after a strike on a school left 40 pupils dead.",
    [{ measure: "killed", value: 9, date: "2024-06-13" }, { measure: "killed", value: 40, date: "2024-06-11" }]],
  ["the predicate names the part of the dead: nationals are foreigners",
    "A security official, speaking on condition of anonymity, told reporters that four of the dead were Turkish nationals.",
    [{ measure: "killed", value: 4, subject: "foreign_nationals", group: "turkish", source: "security official" }]],
  ["the predicate names the part of a period's count",
    "The UN rights office said in April that at least 30 of those killed in the first month of the truce were civilians.",
    [{ measure: "killed", value: 30, subject: "civilians", cumulative: true, date: "2024-04" }]],
  ["people held in a detention centre are prisoners",
    "An air strike hit a detention centre on Monday. The rebels said the facility held about 60 migrants.",
    [{ measure: "held_captive", value: 60, subject: "prisoners", qualifier: "about", source: "rebels" }]],
  ["migrants are foreign nationals, and the gapped count counts them too",
    "At least 20 Ethiopian migrants were killed and 14 injured when the boat capsized on Monday.",
    [{ measure: "killed", value: 20, subject: "foreign_nationals", group: "ethiopian" },
      { measure: "injured", value: 14, subject: "foreign_nationals", group: "ethiopian" }]],
  ["a sentence that names 'the attack' continues the attack dated just before",
    "Rebels said on Sunday they had captured the town on Saturday. The army denied it, saying its troops had repelled the attack and killed 60 fighters.",
    [{ measure: "killed", value: 60, subject: "militants", date: "2024-06-08", source: "army" }]],
];

figureCases("unseen wordings", cases);

test("unseen wordings: where the wounded were taken is no new count", () => {
  assert.deepEqual(figuresOf("Of the 30 wounded, 12 were taken to hospitals, he said.").map((f) => [f.measure, f.value]), [["injured", 30]]);
});

const sources: Array<[string, string]> = [
  ["Anna Petrenko, head of the city military administration, said on Telegram that one man was killed.", "Anna Petrenko"],
  ["The army denied that the town had fallen.", "army"],
  ["A farmers' coalition in the valley accused the militia of killing 8 herders.", "farmers' coalition in the valley"],
  ["The clinic was hit at night, which the rebels said held 40 patients.", "rebels"],
  ["The paramilitary reported that six civilians were killed.", "paramilitary"],
];

for (const [sentence, source] of sources) {
  test(`unseen wordings (source): ${sentence.slice(0, 50)}`, () => {
    assert.equal(attributionIn(sentence)?.text, source);
  });
}
