import { test } from "node:test";
import assert from "node:assert/strict";
import { extractTimes } from "../../src/extract/times/index.js";
import { AnalyzedText } from "../../src/text/analyzed-text.js";

type Case = [input: string, dct: string | null, expected: [text: string, value: string][]];

// DCT 2025-03-21 is a Friday.
const FRI = "2025-03-21";

const DATES: Case[] = [
  ["The truce collapsed on Tuesday after weeks of strain.", FRI, [["on Tuesday", "2025-03-18"]]],
  // A past clause about a day just ahead tells of a plan, not of that day a year before.
  ["The offer had been set to expire on March 28.", FRI, [["March 28", "2025-03-28"]]],
  // A day ending a span looks ahead in a future clause or as a deadline to act, not when told as past.
  ["Fighters are to withdraw to their bases by Monday.", FRI, [["Monday", "2025-03-24"]]],
  ["The envoy gave the council until Tuesday to respond.", FRI, [["Tuesday", "2025-03-25"]]],
  ["The council had until Tuesday to respond, and it did not.", FRI, [["Tuesday", "2025-03-18"]]],
  // "this coming Sunday" looks ahead whatever verb is near.
  ["The vote was called for this coming Sunday.", FRI, [["this coming Sunday", "2025-03-23"]]],
  ["Negotiators will meet again on Sunday in Doha.", FRI, [["on Sunday", "2025-03-23"]]],
  ["The army said Friday that it had seized the ridge.", FRI, [["Friday", "2025-03-21"]]],
  ["Shelling resumed today in the north.", FRI, [["today", "2025-03-21"]]],
  ["Officials met yesterday and will meet again tomorrow.", FRI, [["yesterday", "2025-03-20"], ["tomorrow", "2025-03-22"]]],
  ["The talks were held three days ago.", FRI, [["three days ago", "2025-03-18"]]],
  ["The siege began three months ago.", FRI, [["three months ago", "2024-12"]]],
  ["The border closed a year ago.", FRI, [["a year ago", "2024"]]],
  ["Talks collapsed last April.", FRI, [["last April", "2024-04"]]],
  ["The envoy floated a plan last week.", FRI, [["last week", "2025-W11"]]],
  ["Strikes intensified this week.", FRI, [["this week", "2025-W12"]]],
  ["The ceasefire is expected to expire this weekend.", FRI, [["this weekend", "2025-W12-WE"]]],
  ["The offensive began in January.", FRI, [["January", "2025-01"]]],
  ["The aid blockade started in May.", FRI, [["May", "2024-05"]]],
  ["Elections are expected in May.", FRI, [["May", "2025-05"]]],
  ["The envoy suggested extending the pause through early April.", FRI, [["early April", "2025-04"]]],
  ["Earlier this month, the rebels took the town.", FRI, [["Earlier this month", "2025-03"]]],
  ["The deadline falls next month.", FRI, [["next month", "2025-04"]]],
  ["Casualties rose sharply last year.", FRI, [["last year", "2024"]]],
  ["Talks ended on Oct. 7, 2023, without a deal.", FRI, [["Oct. 7, 2023", "2023-10-07"]]],
  ["Fighting broke out on 7 October 2023 in the south.", FRI, [["7 October 2023", "2023-10-07"]]],
  ["The march was planned for 2025-04-02.", FRI, [["2025-04-02", "2025-04-02"]]],
  ["A truce took effect on December 30.", FRI, [["December 30", "2024-12-30"]]],
  ["Monitors arrived on February 3.", FRI, [["February 3", "2025-02-03"]]],
  ["The delegation left on February 28th but will return the next day.", FRI,
    [["February 28th", "2025-02-28"], ["the next day", "2025-03-01"]]],
  ["Negotiators met on Monday, March 17, in Cairo.", FRI, [["Monday, March 17", "2025-03-17"]]],
  ["The army said on Thursday it would attack on Sunday.", FRI, [["on Thursday", "2025-03-20"], ["on Sunday", "2025-03-23"]]],
  ["A missile struck the barracks on New Year's Eve.", "2023-01-03", [["New Year's Eve", "2022-12-31"]]],
  ["Talks will resume after Christmas Day.", "2024-12-20", [["Christmas Day", "2024-12-25"]]],
  // In a Sunday article (2023-12-03) a past Friday is two days back.
  ["Shelling broke out again on Friday, medics said.", "2023-12-03", [["on Friday", "2023-12-01"]]],
  // A weekday with no tense is the one just past, unless that is five or six days back (2025-04-16 is a Wednesday).
  ["The curfew lifts on Friday.", "2025-04-16", [["on Friday", "2025-04-18"]]],
  ["Envoys from both sides in Cairo on Thursday.", "2025-04-16", [["on Thursday", "2025-04-17"]]],
  ["Envoys from both sides in Cairo on Monday.", "2025-04-16", [["on Monday", "2025-04-14"]]],
  ["Envoys from both sides in Cairo on Saturday.", "2025-04-16", [["on Saturday", "2025-04-12"]]],
  ["The curfew was lifted on Friday.", "2025-04-16", [["on Friday", "2025-04-11"]]],
  // "since March" is a month already begun, whatever the clause plans.
  ["The carrier has been on patrol since March and is scheduled to return.", "1990-08-13", [["March", "1990-03"]]],
];

const LENGTHS: Case[] = [
  ["Israel wants the first phase extended for 42 days.", FRI, [["42 days", "P42D"]]],
  ["During the six-week pause both sides regrouped.", FRI, [["six-week", "P6W"]]],
  ["The strikes ended two months of calm.", FRI, [["two months", "P2M"]]],
  ["Mediators hope to end the 19-month-old war.", FRI, [["19-month-old", "P19M"]]],
  ["It was the worst day of the more than 50-day conflict.", FRI, [["more than 50-day", "P50D"]]],
  ["A week-long truce broke down.", FRI, [["week-long", "P1W"]]],
  ["It was the deadliest day in the last year.", FRI, [["the last year", "P1Y"]]],
  ["Rockets were fired for 24 hours.", FRI, [["24 hours", "PT24H"]]],
  ["Three hostages are to be freed weekly.", FRI, [["weekly", "P1W"]]],
  ["Aid trucks cross every day.", FRI, [["every day", "P1D"]]],
];

const NO_DCT: Case[] = [
  ["Talks collapsed on Tuesday after 42 days of calm that began on March 3, 2024.", null,
    [["42 days", "P42D"], ["March 3, 2024", "2024-03-03"]]],
  ["Officials met yesterday and again in early April.", null, []],
];

for (const [name, cases] of [["dates", DATES], ["lengths and sets", LENGTHS], ["without a DCT", NO_DCT]] as const) {
  test(`extractTimes: ${name}`, () => {
    for (const [input, dct, expected] of cases) {
      const times = extractTimes(new AnalyzedText(input), dct);
      assert.deepEqual(times.map((t) => [t.text, t.value]), expected, input);
      for (const t of times) {
        assert.equal(input.slice(t.span[0], t.span[1]), t.text, input);
        assert.ok(t.rule.startsWith("times/"), t.rule);
        assert.equal(t.sentence, input);
      }
    }
  });
}

test("extractTimes: kinds", () => {
  const times = extractTimes(new AnalyzedText("On Tuesday the 42-day truce ended; hostages were freed weekly."), FRI);
  assert.deepEqual(times.map((t) => t.kind), ["date", "duration", "set"]);
});

test("extractTimes: a date ending a span in a 'would' clause keeps its year (a future in the past)", () => {
  const times = extractTimes(new AnalyzedText("The truce, under an extension, would remain in force until February 18."), "2025-07-15");
  assert.deepEqual(times.map((t) => t.value), ["2025-02-18"]);
});

test("extractTimes: a month in a 'YEAR, when …' clause is of that year", () => {
  const values = (text: string) => extractTimes(new AnalyzedText(text), "2025-05-05").map((t) => [t.text, t.value]);
  assert.deepEqual(values("It is unlike 2017, when the militia took the port in March."), [["2017", "2017"], ["March", "2017-03"]]);
  // A later sentence speaks of its own time again.
  assert.deepEqual(values("It is unlike 2017. In March the militia took the port."), [["2017", "2017"], ["March", "2025-03"]]);
});
