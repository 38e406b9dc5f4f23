import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "../../src/pipeline.js";

const record = (text: string) =>
  extractDocument({ origin: "a.txt", url: null, outlet: null, title: null, byline: null, publishedMeta: null, boilerplate: [], text },
    { published: "2031-06-13" });

test("extractDocument: a running total 'since the truce collapsed' starts on the day the article dates the collapse", () => {
  const r = record("The truce between the two militias collapsed on Monday when rebels shelled Dara. "
    + "Shelling has killed at least 140 people in the province since the truce collapsed, local medics said.");
  assert.deepEqual(r.figures.map((f) => [f.value, f.cumulative, f.since]), [[140, true, "2031-06-09"]]);
});

test("extractDocument: an event anchor the article does not date, or dates two ways, sets no start", () => {
  const undated = record("Shelling has killed at least 140 people in the province since the truce collapsed, local medics said.");
  assert.deepEqual(undated.figures.map((f) => f.since), [null]);
  const twoWays = record("A truce in the north collapsed on Monday. A second truce, in the south, collapsed on Wednesday. "
    + "Shelling has killed at least 140 people since the truce collapsed, medics said.");
  assert.deepEqual(twoWays.figures.map((f) => f.since), [null]);
  // A comparison counts no period.
  const compared = record("The truce collapsed on Monday. Rebels fired 40 rockets on Thursday, the most since the truce collapsed.");
  assert.ok(compared.figures.every((f) => f.since === null));
});

test("extractDocument: a length before an event the article dates points to its day, and dates the events it tells", () => {
  const r = record("The ceasefire collapsed on Wednesday. "
    + "Mediators had met both delegations in Doha two days before the ceasefire collapsed.");
  const length = r.times.find((t) => t.text === "two days");
  assert.equal(length?.value, "P2D");
  assert.equal(length?.points_to, "2031-06-09");
  assert.deepEqual(r.events.filter((e) => e.type === "talks").map((e) => e.date), ["2031-06-09"]);
});

test("extractDocument: a length set beside a stated day ('on Friday, a week after …') points nowhere: the day dates it", () => {
  const r = record("The last aid convoy reached the camp on Saturday. "
    + "Clinics in the camp ran out of fuel on Friday, a week after the aid convoy arrived.");
  assert.equal(r.times.find((t) => t.text === "a week")?.points_to, undefined);
});
