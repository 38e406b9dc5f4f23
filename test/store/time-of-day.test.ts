import { test } from "node:test";
import assert from "node:assert/strict";
import { openStore } from "../../src/store/index.js";
import { articleRecord } from "./fixtures/records.js";

test("a time of day is saved and read back; a time without one reads back without the field", () => {
  const store = openStore(":memory:");
  const record = articleRecord();
  const untimed = record.times[0];
  const timed = { ...untimed, text: "on Thursday at 10 p.m.", time_of_day: "T22:00" };
  store.saveDocument({ ...record, times: [untimed, timed] }, { origin: "a.txt", duplicateOf: null });
  assert.deepEqual(store.getDocument(record.id)?.times, [untimed, timed]);
  store.close();
});
