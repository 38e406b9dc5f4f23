import { test } from "node:test";
import assert from "node:assert/strict";
import { isoDay, toDay } from "../../src/dates/calendar.js";
import { candidateDays } from "../../src/dates/candidates.js";
import { candidate, eitherDayFit, futureDayFit, mergeClues, pastDayFit, type Clue } from "../../src/dates/clue.js";
import { collectClues, inferPublished } from "../../src/dates/publication-date.js";
import { AnalyzedText } from "../../src/text/analyzed-text.js";

const NOW = new Date("2026-06-01T00:00:00Z");
const NOW_DAY = toDay(2026, 6, 1);

test("pastDayFit: recent days pull, background days only bound from below", () => {
  assert.ok(pastDayFit(1) > pastDayFit(5) && pastDayFit(5) > pastDayFit(20));
  // Three months or a year and a half back: the same weak rating, so old history does not pull the DCT.
  assert.equal(pastDayFit(90), pastDayFit(540));
  assert.ok(pastDayFit(-1) < 0.05);
  assert.ok(pastDayFit(5 * 365) < pastDayFit(400));
});

test("eitherDayFit: a day in a clause without tense may be ahead, less likely than behind", () => {
  assert.equal(eitherDayFit(3), pastDayFit(3));
  assert.equal(eitherDayFit(-5), futureDayFit(5) / 2);
  assert.ok(eitherDayFit(-5) > pastDayFit(-5));
});

test("mergeClues: clues with one key become one clue with their summed weight", () => {
  const clue = (key: string | undefined, weight: number): Clue =>
    ({ kind: "k", text: "t", weight, key, fit: () => 0.5, explain: () => "e" });
  const merged = mergeClues([clue("a", 1), clue("b", 1), clue("a", 1), clue(undefined, 2), clue(undefined, 2)]);
  assert.deepEqual(merged.map((c) => [c.key, c.weight]), [["a", 2], ["b", 1], [undefined, 2], [undefined, 2]]);
  // The lede's weekday counts twice, the repeat once more.
  const sundays = collectClues(new AnalyzedText("Talks ended on Sunday. Strikes hit on Sunday."), [], NOW_DAY);
  assert.deepEqual(sundays.map((c) => [c.kind, c.weight]), [["weekday", 3]]);
});

test("candidateDays: every day of a year fixed by copyright, even with no stated day near it", () => {
  const doc = new AnalyzedText("Gunmen attacked a base on Thursday. The war began on October 7, 2023.");
  const days = candidateDays(collectClues(doc, ["© 2024 Example Wire"], NOW_DAY), NOW_DAY);
  assert.equal(days.length, 366);
  assert.equal(isoDay(days[0].day), "2024-01-01");
  // Without a year-bound clue only the days the clues propose are scored.
  const loose = candidateDays(collectClues(doc, [], NOW_DAY), NOW_DAY);
  assert.ok(loose.length < 100 && loose.every((c) => c.year === 2023), String(loose.length));
});

test("inferPublished: a planned day ahead does not push the DCT past it", () => {
  const doc = new AnalyzedText("Fighting flared on Tuesday. Talks are due to resume on June 3 and a deal could follow by June 15.");
  const p = inferPublished(doc, { given: null, meta: null, boilerplate: ["© 2025"], now: NOW });
  assert.ok(p.date !== null && p.date < "2025-06-03", String(p.date));
});

test("inferPublished: old background days do not pull the DCT back", () => {
  const text = "Ministers met in Kyiv on Monday to mark three years since the invasion. The invasion began on " +
    "February 24, 2022, and troops withdrew from the north on April 2, 2022. Drones struck overnight on Sunday.";
  const p = inferPublished(new AnalyzedText(text), { given: null, meta: null, boilerplate: ["© 2025"], now: NOW });
  assert.equal(p.date, "2025-02-24");
});

test("period-duration clue: an N-month-old war is likeliest where whole months and calendar months agree", () => {
  const text = "The war began on March 20, 2026. Shelling went on in the 7-month-old war.";
  const clue = collectClues(new AnalyzedText(text), [], NOW_DAY).find((c) => c.kind === "period-duration")!;
  const fit = (m: number, d: number) => clue.fit(candidate(toDay(2026, m, d)));
  // Seven whole months run from October 20 to November 19; seven calendar months after March is October.
  assert.ok(fit(10, 25) > fit(10, 20) && fit(10, 25) > fit(11, 8));
  assert.ok(fit(11, 18) > fit(11, 20) && fit(10, 10) < fit(10, 20));
});
