import { test } from "node:test";
import assert from "node:assert/strict";
import { parseIsoDay, toDay } from "../../src/dates/calendar.js";
import { candidate, type ClueContext } from "../../src/dates/clue.js";
import { pageStampClues } from "../../src/dates/clues/page-stamp.js";
import { inferPublished } from "../../src/dates/publication-date.js";
import { recognizeTimes } from "../../src/extract/times/recognize.js";
import { AnalyzedText } from "../../src/text/analyzed-text.js";

const NOW = new Date("2026-06-01T00:00:00Z");
const context = (text: string, boilerplate: string[] = []): ClueContext => {
  const doc = new AnalyzedText(text);
  return { doc, mentions: recognizeTimes(doc), now: toDay(2026, 6, 1), boilerplate };
};
const kinds = (text: string, boilerplate: string[] = []) =>
  pageStampClues(context(text, boilerplate)).map((c) => `${c.kind} ${c.text}`);
const fitOn = (text: string, iso: string) => pageStampClues(context(text))[0].fit(candidate(parseIsoDay(iso)!));

test("pageStampClues: datelines, stamps and date headings", () => {
  assert.deepEqual(kinds("GOMA, July 21 — Rebels entered the city."), ["dateline July 21"]);
  assert.deepEqual(kinds("KHARTOUM/JEDDAH, May 21 — The two sides signed."), ["dateline May 21"]);
  assert.deepEqual(kinds("UNITED NATIONS, Oct. 3, 2024 — The council met."), ["dateline Oct. 3, 2024"]);
  assert.deepEqual(kinds("Intro.\nKYIV, Ukraine, March 5 (Wire) - Drones struck."), ["dateline March 5"]);
  assert.deepEqual(kinds("Updated 9 March 2024, 14:05 GMT\n\nAid was dropped."), ["updated 9 March 2024, 14:05 GMT"]);
  assert.deepEqual(kinds("Published: 3 September 2023\nThe junta spoke."), ["published 3 September 2023"]);
  assert.deepEqual(kinds("Live\n\nMonday, 15 April\nThe cabinet met.\n\nSunday, 14 April\nDrones flew."),
    ["heading Monday, 15 April", "heading Sunday, 14 April"]);
  assert.deepEqual(kinds("Published Mon 15 Apr 2024 13.45 BST\nThe cabinet met."), ["published 15 Apr 2024"]);
  assert.deepEqual(kinds("Date: 2024-04-15\nThe cabinet met."), ["published 2024-04-15"]);
  assert.deepEqual(kinds("Talks\nSun 14 Apr 2024 09.10 BST\nDrones flew."), ["heading 14 Apr 2024"]);
  // A report's header line with a cut-off day and an issue day: the issue day is the page's own.
  assert.deepEqual(kinds("Situation as of 3 June 2024 | Issued Wednesday, 5 June 2024\nRoads stayed shut."),
    ["published Wednesday, 5 June 2024"]);
  // Cleaning may set a stamp line aside; it is read from there too, copyright lines are not.
  assert.deepEqual(kinds("Talks resumed.", ["Updated: Aug. 14, 2025 10:32 AM ET", "© 2025 Example Wire"]),
    ["updated Aug. 14, 2025"]);
});

test("pageStampClues: days inside sentences are not stamps", () => {
  for (const text of [
    "The truce took effect on July 21 — and collapsed a week later.",
    "Rebels said on July 21 that they had entered the city.",
    "GOMA — Rebels entered the city on July 21.",
    "He was updated on the talks on March 9 by aides.",
    "July 21 was the deadliest day of the war, officials said.",
    "The date: July 21, when the truce ends.",
    "The 14 April\nwas quiet.",
    "",
  ]) assert.deepEqual(kinds(text), [], text);
});

test("pageStampClues: a dateline is the DCT or the day before it, an update on or after it", () => {
  const dateline = "GOMA, July 21 — Rebels entered the city.";
  assert.equal(fitOn(dateline, "2025-07-21"), 1);
  assert.ok(fitOn(dateline, "2025-07-22") < 0.5);
  assert.ok(fitOn(dateline, "2025-07-25") < 0.05);
  assert.ok(fitOn(dateline, "2025-07-20") < 0.05);
  const updated = "Updated 9 March 2024\nAid was dropped.";
  assert.equal(fitOn(updated, "2024-03-09"), 1);
  assert.ok(fitOn(updated, "2024-03-08") > 0.1);
  assert.ok(fitOn(updated, "2024-03-10") < 0.05);
});

test("inferPublished: a year-less dateline with weekdays that agree", () => {
  // 5 March 2025 was a Wednesday; the copyright line that cleaning set aside gives the year.
  const doc = new AnalyzedText("KYIV, March 5 — Drones struck on Tuesday, and officials will meet on Friday.");
  const p = inferPublished(doc, { given: null, meta: null, boilerplate: ["© 2025 Example Wire"], now: NOW });
  assert.equal(p.date, "2025-03-05");
  assert.ok(p.evidence.includes("dateline March 5 → 2025-03-05"), p.evidence.join("; "));
});

test("inferPublished: a year-less late-December dateline takes the copyright year", () => {
  const doc = new AnalyzedText("JUBA, Dec 31 — The truce was extended on Tuesday. Talks will resume in January.");
  const p = inferPublished(doc, { given: null, meta: null, boilerplate: ["© 2024"], now: NOW });
  assert.equal(p.date, "2024-12-31");
});
