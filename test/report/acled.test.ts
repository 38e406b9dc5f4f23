import { test } from "node:test";
import assert from "node:assert/strict";
import { toAcledRows } from "../../src/report/acled.js";
import { toGeoJson } from "../../src/report/geojson.js";
import type { TimelineEntry } from "../../src/corpus/timeline.js";
import type { ReportedFigure } from "../../src/corpus/figure-series.js";

const SENTENCE = "Shelling killed 7 people in Kharkiv on Monday.";

function entry(type: string, place: string | null): TimelineEntry {
  return {
    id: "x", type, date: "2024-05-06", actors: ["Russia"], targets: ["Ukraine"], place, modality: "asserted",
    summary: "", reports: [{ doc: "d1", outlet: "Example Wire", published: "2024-05-07", sentence: SENTENCE, span: [0, 8] }],
  };
}

const killed: ReportedFigure = {
  doc: "d1", outlet: null, published: null, measure: "killed", subject: "people", group: null, condition: null, value: 7,
  qualifier: "exact", cumulative: false, date: "2024-05-06", since: null, place: "Kharkiv", source: null,
  span: [16, 17], sentence: SENTENCE, rule: "test",
};

test("ACLED rows carry located places and the deaths stated in the event's sentence", () => {
  const [row] = toAcledRows([entry("attack", "Kharkiv")], [killed]);
  assert.equal(row.event_date, "2024-05-06");
  assert.equal(row.actor1, "Russia");
  assert.equal(row.actor2, "Ukraine");
  assert.equal(row.fatalities, 7);
  assert.equal(row.source, "Example Wire");
  assert.ok(row.latitude !== null && Math.abs(row.latitude - 50) < 0.5, `Kharkiv latitude ${row.latitude}`);
  assert.ok(row.longitude !== null && Math.abs(row.longitude - 36.2) < 0.5, `Kharkiv longitude ${row.longitude}`);
});

test("a non-violent event is not credited with a toll, and unlocated rows stay off the map", () => {
  const rows = toAcledRows([entry("talks", null)], [killed]);
  assert.equal(rows[0].fatalities, null);
  assert.equal(toGeoJson(rows).features.length, 0);
  assert.equal(toGeoJson(toAcledRows([entry("attack", "Kharkiv")], [])).features.length, 1);
});
