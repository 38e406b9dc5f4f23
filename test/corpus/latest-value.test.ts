import { test } from "node:test";
import assert from "node:assert/strict";
import { buildSeries, latestValue, type ReportedFigure } from "../../src/corpus/figure-series.js";
import type { Qualifier } from "../../src/types.js";

function toll(doc: string, value: number, date: string | null, qualifier: Qualifier = "exact", cumulative = true): ReportedFigure {
  return {
    doc, outlet: null, published: null, measure: "killed", subject: "civilians", group: "sudanese", condition: null,
    value, qualifier, cumulative, date, since: null, place: null, source: null, span: [0, 1], sentence: `${doc} toll`, rule: "test",
  };
}

test("the latest day wins; on that day a total beats a day's count, a precise number a bound, a higher total a lower", () => {
  const [series] = buildSeries([
    toll("a", 15000, "2024-06-01"),
    toll("b", 15500, "2024-06-08", "more_than"),
    toll("c", 15480, "2024-06-08"),
    toll("d", 40, "2024-06-08", "exact", false),
    toll("e", 15460, "2024-06-08"),
    toll("f", 99999, null),
  ]);
  assert.equal(latestValue(series)?.doc, "c");
  assert.equal(latestValue(series)?.value, 15480);
});

test("a series without dated points has no latest value", () => {
  const [series] = buildSeries([toll("a", 10, null)]);
  assert.equal(latestValue(series), null);
});
