import { test } from "node:test";
import assert from "node:assert/strict";
import { extractTimes } from "../../src/extract/times/index.js";
import { AnalyzedText } from "../../src/text/analyzed-text.js";

type Case = [input: string, dct: string, expected: [text: string, value: string][]];

const tagged = (input: string, dct: string) =>
  extractTimes(new AnalyzedText(input), dct).map((t): [string, string] => [t.text, t.value]);

function check(cases: Case[]): void {
  for (const [input, dct, expected] of cases) assert.deepEqual(tagged(input, dct), expected, input);
}

// 1989-11-02 is a Thursday in the fourth quarter; 2025-04-16 a Wednesday.
const Q4 = "1989-11-02";
const WED = "2025-04-16";

test("extractTimes: reference words", () => {
  check([
    ["Prices are now falling and currently stand low.", WED, [["now", "PRESENT_REF"], ["currently", "PRESENT_REF"]]],
    ["The town was recently retaken.", WED, [["recently", "PAST_REF"]]],
    ["Talks may resume in the future, perhaps soon.", WED, [["the future", "FUTURE_REF"], ["soon", "FUTURE_REF"]]],
    ["Shelling intensified in recent weeks and may go on in the coming months.", WED,
      [["recent weeks", "PAST_REF"], ["the coming months", "FUTURE_REF"]]],
    ["Several years ago the valley was farmland.", WED, [["Several years ago", "PAST_REF"]]],
  ]);
});

test("extractTimes: years, decades and centuries", () => {
  check([
    ["The state was founded in 1948.", WED, [["1948", "1948"]]],
    ["The group has ruled the enclave since 2006.", WED, [["2006", "2006"]]],
    ["Output will recover by the end of 1990.", Q4, [["the end of 1990", "1990"]]],
    ["Profit in fiscal 1989 rose.", Q4, [["fiscal 1989", "1989"]]],
    ["The border was redrawn along the 1967 lines.", WED, [["1967", "1967"]]],
    ["Sales fell in the mid-1990s and in the nineties.", WED, [["the mid-1990s", "199"], ["the nineties", "199"]]],
    ["It was the bloodiest war of the 20th century.", WED, [["the 20th century", "19"]]],
    ["The games opened in nineteen ninety-six.", WED, [["nineteen ninety-six", "1996"]]],
    ["The siege began in 1994. The following year it ended.", WED, [["1994", "1994"], ["The following year", "1995"]]],
  ]);
});

test("extractTimes: quarters and years counted back from them", () => {
  check([
    ["Third-quarter profit rose 5%.", Q4, [["Third-quarter", "1989-Q3"]]],
    ["Sales in the third quarter rose. A year earlier they fell.", Q4, [["the third quarter", "1989-Q3"], ["A year earlier", "1988-Q3"]]],
    ["Results for the latest quarter beat the year-ago period.", Q4, [["the latest quarter", "1989-Q3"], ["the year-ago period", "1988-Q3"]]],
    ["The company expects a loss in the current quarter.", Q4, [["the current quarter", "1989-Q4"]]],
    ["The plant reopens in next year's first quarter.", Q4, [["next year's first quarter", "1990-Q1"]]],
    ["The fourth quarter of 1990 will be weak.", Q4, [["The fourth quarter of 1990", "1990-Q4"]]],
    // Early in a year a fourth quarter already reported is last year's.
    ["Earnings rose in the fourth quarter.", "1990-01-20", [["the fourth quarter", "1989-Q4"]]],
    ["Profit fell a year ago.", Q4, [["a year ago", "1988"]]],
    ["Revenue rose in the full year and the year before.", Q4, [["the full year", "1989"]]],
  ]);
});

test("extractTimes: seasons, parts of day and weekends", () => {
  check([
    ["The offensive is expected this summer.", WED, [["this summer", "2025-SU"]]],
    ["The front froze last winter.", WED, [["last winter", "2024-WI"]]],
    ["Talks resume in the spring of 2026.", WED, [["the spring of 2026", "2026-SP"]]],
    ["Drones struck this morning and again last night.", WED, [["this morning", "2025-04-16"], ["last night", "2025-04-15"]]],
    ["Envoys will meet tonight.", WED, [["tonight", "2025-04-16"]]],
    ["Shelling eased over the weekend.", WED, [["the weekend", "2025-W15-WE"]]],
  ]);
});

test("extractTimes: durations, vague and spoken", () => {
  check([
    ["Prices fell in the last twenty four hours.", WED, [["the last twenty four hours", "PT24H"]]],
    ["The border post was shelled two days before the talks.", WED, [["two days", "P2D"]]],
    ["A few days later the column moved on.", WED, [["A few days", "PXD"]]],
    ["The siege lasted a year and a half.", WED, [["a year and a half", "P1Y6M"]]],
    ["The lease runs for at least 20 more years.", WED, [["at least 20 more years", "P20Y"]]],
    ["The mandate was renewed for an additional year.", WED, [["an additional year", "P1Y"]]],
    ["The pilot radioed a minute and a half later, then went silent for 40 minutes.", WED,
      [["a minute and a half", "PT1M30S"], ["40 minutes", "PT40M"]]],
    ["Crews worked for several minutes.", WED, [["several minutes", "PTXM"]]],
    ["Three days later the column moved on. A day earlier it had stalled.", WED, [["Three days", "P3D"], ["A day", "P1D"]]],
    ["Over the next couple of years the camps grew.", WED, [["couple of years", "P2Y"]]],
    ["The war has dragged on for two decades.", WED, [["two decades", "P20Y"]]],
    ["The truce held for a couple of years.", WED, [["a couple of years", "P2Y"]]],
    ["The siege lasted several months.", WED, [["several months", "PXM"]]],
    ["Families waited for weeks at the crossing.", WED, [["weeks", "PXW"]]],
  ]);
});

test("extractTimes: named days from calendar rules, in context", () => {
  check([
    // Passover 2025 is April 13–20; the clause looks ahead, so its end is this year's.
    ["Troops will hold the line until the end of Passover.", WED, [["the end of Passover", "2025-04-20"]]],
    // Ramadan 2025 (1446) ran from March 1 under Umm al-Qura.
    ["Fighting eased during Ramadan.", WED, [["Ramadan", "2025-03-01/2025-03-29"]]],
    // Western Easter 2025 is April 20, after the DCT: a past clause means Easter 2024.
    ["Churches were shelled on Easter.", WED, [["Easter", "2024-03-31"]]],
    ["A ceasefire is planned for Easter.", WED, [["Easter", "2025-04-20"]]],
    ["Orthodox Easter falls on the same day this year.", WED, [["Orthodox Easter", "2025-04-20"], ["the same day", "2025-04-20"], ["this year", "2025"]]],
    // The Sabbath is a Saturday: the last one for a past clause.
    ["The statement was issued during the Jewish Sabbath.", WED, [["the Jewish Sabbath", "2025-04-12"]]],
  ]);
});

test("extractTimes: tense and weekday fix the year of a yearless day", () => {
  check([
    // 1998-04-25 is a Saturday; April 25 of the year before was not.
    ["The paper said in an editorial on Saturday, April 25, that the ruling stood.", "1998-04-24", [["Saturday, April 25", "1998-04-25"]]],
    // "payable" sets a date that the reporting verb's past tense does not move back a year.
    ["The company said the dividend is payable Dec. 15.", Q4, [["Dec. 15", "1989-12-15"]]],
    ["The stock is to resume trading Tuesday.", "1989-10-27", [["Tuesday", "1989-10-31"]]],
    ["The offer was extended to Nov. 20.", Q4, [["Nov. 20", "1989-11-20"]]],
  ]);
});

test("extractTimes: a year earlier counts from a nearby quarter only", () => {
  const far = `Third-quarter profit rose.${" Filler text about other matters.".repeat(15)} A year earlier the plant was shut.`;
  assert.deepEqual(tagged(far, Q4), [["Third-quarter", "1989-Q3"], ["A year earlier", "1988"]]);
});

test("extractTimes: half units are written in the next smaller unit", () => {
  check([
    ["The siege of the town lasted 2 1/2 years.", WED, [["2 1/2 years", "P2Y6M"]]],
    ["Negotiators met for two and a half days.", WED, [["two and a half days", "P2DT12H"]]],
    ["The shelling went on for 5½ hours.", WED, [["5½ hours", "PT5H30M"]]],
    ["The convoy waited half an hour at the crossing.", WED, [["half an hour", "PT30M"]]],
    ["They spent 1.5 years in detention.", WED, [["1.5 years", "P1Y6M"]]],
  ]);
});

test("extractTimes: named days and months that recur, and a count of units 'or so' ago", () => {
  check([
    ["Protesters gather in the square every Friday.", WED, [["every Friday", "XXXX-WXX-5"]]],
    ["Shepherds move the flocks each October.", WED, [["each October", "XXXX-10"]]],
    ["The envoy visited the camp a week or so ago.", WED, [["a week or so ago", "2025-04-09"]]],
  ]);
});

const timed = (input: string, dct: string) =>
  extractTimes(new AnalyzedText(input), dct).map((t) => [t.text, t.value, t.time_of_day ?? null]);

test("extractTimes: a time of day stays beside the day's value", () => {
  const cases: Array<[string, string, Array<[string, string, string | null]>]> = [
    ["Drones struck this morning and again last night.", WED, [["this morning", "2025-04-16", "TMO"], ["last night", "2025-04-15", "TNI"]]],
    ["The convoy was hit at 10 p.m. Tuesday.", WED, [["10 p.m. Tuesday", "2025-04-15", "T22:00"]]],
    ["The curfew lifts at noon on Friday.", WED, [["noon on Friday", "2025-04-18", "T12:00"]]],
    ["Talks resumed Monday at 9:30 a.m. local time.", WED, [["Monday at 9:30 a.m. local time", "2025-04-14", "T09:30"]]],
    ["Shelling began Thursday evening, before dawn.", "2025-04-18", [["Thursday evening", "2025-04-17", "TEV"]]],
    ["Sirens sounded on the night of March 3.", WED, [["the night of March 3", "2025-03-03", "TNI"]]],
    ["The strike came at 0445 GMT on April 2.", WED, [["0445 GMT on April 2", "2025-04-02", "T04:45"]]],
    ["Mortars fell on Sunday. A second barrage came at 11 p.m.", WED,
      [["on Sunday", "2025-04-13", null], ["11 p.m.", "2025-04-13", "T23:00"]]],
    ["The 7 a.m. deadline passed without a deal.", WED, [["7 a.m.", "2025-04-16", "T07:00"]]],
    ["The ultimatum expires at midnight.", WED, [["midnight", "2025-04-16", "T24:00"]]],
  ];
  for (const [input, dct, expected] of cases) assert.deepEqual(timed(input, dct), expected, input);
});

test("extractTimes: numbers that are no clock time", () => {
  for (const input of ["The score was 3:1 at the break.", "He said: I am 14 and I am afraid.", "Unit 1430 crossed the river."]) {
    assert.deepEqual(timed(input, WED), [], input);
  }
});

test("extractTimes: days, weeks and months counted from the last one the text stated", () => {
  check([
    ["Envoys met on March 3. Later that day the talks broke down.", WED, [["March 3", "2025-03-03"], ["that day", "2025-03-03"]]],
    ["The dam failed on June 2, 2024. The following week the river flooded.", WED,
      [["June 2, 2024", "2024-06-02"], ["The following week", "2024-W23"]]],
    ["In March 2023 the army withdrew. The following month it came back.", WED,
      [["March 2023", "2023-03"], ["The following month", "2023-04"]]],
    // With nothing stated before them they are left out, not guessed from the DCT.
    ["The following month the army came back.", WED, []],
  ]);
});

test("extractTimes: a month after an article qualifies a noun", () => {
  check([
    ["Under a June agreement the port reopened.", WED, [["June", "2024-06"]]],
    ["The March offensive stalled.", WED, [["March", "2025-03"]]],
    // "the May government" is a person's; "the March" alone is a procession.
    ["Critics of the May government marched.", WED, []],
  ]);
});

test("extractTimes: a month just ahead told in the past tense is the plan's", () => {
  check([
    ["Traders placed orders for November deliveries.", "1989-10-30", [["November", "1989-11"]]],
    ["Talks collapsed last April.", "2025-03-21", [["last April", "2024-04"]]],
  ]);
});

test("extractTimes: the end of the month or year, passed in a past clause", () => {
  check([
    ["The envoy hopes for a deal by year-end.", WED, [["year-end", "2025"]]],
    ["Troops are to leave by the end of the month.", WED, [["the end of the month", "2025-04"]]],
    ["Prices have fallen 4% since year-end.", WED, [["year-end", "2024"]]],
  ]);
});

test("extractTimes: a clock time alone on its line is a time stamp of the day of writing", () => {
  const blog = "Troops entered the town on March 3, officials said.\n\n18:05 GMT\nShelling resumed near the river.";
  assert.deepEqual(timed(blog, WED), [["March 3", "2025-03-03", null], ["18:05 GMT", "2025-04-16", "T18:05"]]);
  // A stamp over a paragraph that opens with a day is not that day's hour.
  assert.deepEqual(timed("18:05 GMT\nMonday's strikes killed four.", WED), [["18:05 GMT", "2025-04-16", "T18:05"], ["Monday", "2025-04-14", null]]);
});
