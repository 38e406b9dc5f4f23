import { test } from "node:test";
import assert from "node:assert/strict";
import { openStore } from "../../src/store/index.js";
import { articleRecord } from "./fixtures/records.js";

test("a time of day and a pointed-to day are saved and read back; a time without them reads back without the fields", () => {
  const store = openStore(":memory:");
  const record = articleRecord();
  const untimed = record.times[0];
  const timed = { ...untimed, text: "on Thursday at 10 p.m.", time_of_day: "T22:00" };
  const later = { ...untimed, text: "three days", value: "P3D", kind: "duration" as const, points_to: "2031-05-18" };
  store.saveDocument({ ...record, times: [untimed, timed, later] }, { origin: "a.txt", duplicateOf: null });
  assert.deepEqual(store.getDocument(record.id)?.times, [untimed, timed, later]);
  store.close();
});
