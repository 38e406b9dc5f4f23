import { test } from "node:test";
import assert from "node:assert/strict";
import { findFigureConflicts } from "../../src/corpus/conflicts.js";
import type { ReportedFigure } from "../../src/corpus/figure-series.js";
import type { Qualifier } from "../../src/types.js";

function fig(doc: string, value: number, qualifier: Qualifier, date: string, extra: Partial<ReportedFigure> = {}): ReportedFigure {
  return {
    doc, outlet: null, published: null, measure: "taken_captive", subject: "hostages", group: null, condition: null,
    value, qualifier, cumulative: false, date, since: null, place: null, source: null,
    span: [0, 1], sentence: `${doc} sentence`, rule: "test", ...extra,
  };
}

test("exact counts of one day that differ disagree; compatible qualifiers do not", () => {
  const conflicts = findFigureConflicts([
    fig("a", 250, "exact", "2024-06-01"),
    fig("b", 251, "exact", "2024-06-01"),
    fig("c", 200, "more_than", "2024-06-01"),
    fig("d", 250, "about", "2024-06-01"),
  ]);
  assert.deepEqual(conflicts.map((c) => [c.reason, c.a.doc, c.b.doc]), [["disagree", "a", "b"]]);
});

test("'some 1,200' and '1,200' agree, 'nearly 600' and '600' do not", () => {
  const killed = { measure: "killed" as const, subject: "people" as const };
  assert.equal(findFigureConflicts([fig("a", 1200, "about", "2024-01-01", killed), fig("b", 1200, "exact", "2024-01-01", killed)]).length, 0);
  assert.equal(findFigureConflicts([fig("a", 600, "nearly", "2024-01-01", killed), fig("b", 600, "exact", "2024-01-01", killed)]).length, 1);
});

test("one document never contradicts itself, and other days or groups are other quantities", () => {
  assert.equal(findFigureConflicts([fig("a", 10, "exact", "2024-06-01"), fig("a", 12, "exact", "2024-06-01")]).length, 0);
  assert.equal(findFigureConflicts([fig("a", 10, "exact", "2024-06-01"), fig("b", 12, "exact", "2024-06-02")]).length, 0);
  assert.equal(findFigureConflicts([fig("a", 10, "exact", "2024-06-01", { group: "ukrainian" }), fig("b", 12, "exact", "2024-06-01")]).length, 0);
});

test("a running total that falls is flagged once; a rise, another start or a collapse to a small count are not", () => {
  const total = (doc: string, value: number, date: string, extra: Partial<ReportedFigure> = {}) =>
    fig(doc, value, "exact", date, { measure: "killed", subject: "people", cumulative: true, ...extra });
  const fell = findFigureConflicts([total("a", 1400, "2024-03-01"), total("b", 1139, "2024-03-05"), total("c", 1100, "2024-03-09")]);
  assert.deepEqual(fell.map((c) => [c.reason, c.a.doc, c.b.doc]), [["decreasing", "a", "b"], ["decreasing", "b", "c"]]);
  assert.equal(findFigureConflicts([total("a", 1000, "2024-03-01"), total("b", 1200, "2024-03-05")]).length, 0);
  assert.equal(findFigureConflicts([total("a", 1000, "2024-03-01"), total("b", 900, "2024-03-05", { since: "2024-03-02" })]).length, 0);
  assert.equal(findFigureConflicts([total("a", 48000, "2024-03-01"), total("b", 600, "2024-03-05")]).length, 0);
});
