import { test } from "node:test";
import assert from "node:assert/strict";
import { extractTimes } from "../../src/extract/times/index.js";
import { extractDocument } from "../../src/pipeline.js";
import { AnalyzedText } from "../../src/text/analyzed-text.js";

const pointed = (text: string) =>
  extractTimes(new AnalyzedText(text), "2025-03-21").map((t) => [t.text, t.value, t.points_to ?? null]);

test("extractTimes: a length anchored on a stated day stays a length and points to its day", () => {
  assert.deepEqual(pointed("Rebels took the town on March 3. Three days later they lost it."),
    [["March 3", "2025-03-03", null], ["Three days", "P3D", "2025-03-06"]]);
  assert.deepEqual(pointed("Envoys met two days before the March 18 offensive."),
    [["two days", "P2D", "2025-03-16"], ["March 18", "2025-03-18", null]]);
  assert.deepEqual(pointed("The truce began on March 10. A week earlier, shelling had stopped."),
    [["March 10", "2025-03-10", null], ["A week", "P1W", "2025-03-03"]]);
  // No stated day to count from, a day in another sentence, or a length of months: nothing to point to.
  assert.deepEqual(pointed("Three days later they lost it."), [["Three days", "P3D", null]]);
  assert.deepEqual(pointed("Envoys met two days before the offensive. It began on March 18."),
    [["two days", "P2D", null], ["March 18", "2025-03-18", null]]);
  assert.deepEqual(pointed("On March 3 rebels took the town. Two months later they lost it."),
    [["March 3", "2025-03-03", null], ["Two months", "P2M", null]]);
});

test("extractDocument: an event told 'three days later' is dated by the day the length points to", () => {
  const text = "Rebels captured the town of Karo on March 3. Three days later, government troops launched a counteroffensive.";
  const record = extractDocument({ origin: "a.txt", url: null, outlet: null, title: null, byline: null, publishedMeta: null, boilerplate: [], text },
    { published: "2025-03-21" });
  assert.deepEqual(record.events.map((e) => [e.date, e.date_text]), [["2025-03-03", "March 3"], ["2025-03-06", "Three days"]]);
  // The record keeps the TIMEX3 length.
  assert.equal(record.times[1].value, "P3D");
});

test("extractTimes: a length anchored across a line break points nowhere", () => {
  assert.deepEqual(pointed("The buses left a day after the strike\nOn March 18 they crossed."),
    [["a day", "P1D", null], ["March 18", "2025-03-18", null]]);
});
