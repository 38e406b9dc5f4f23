import { test } from "node:test";
import assert from "node:assert/strict";
import {
  addMonths, fromDay, isoDay, isoMonth, isoWeek, parseIsoDay, toDay, weekday, weekdayOnOrAfter, weekdayOnOrBefore,
} from "../../src/dates/calendar.js";

test("calendar: days, weekdays and ISO weeks", () => {
  const fri = toDay(2025, 3, 21);
  assert.equal(isoDay(fri), "2025-03-21");
  assert.deepEqual(fromDay(fri), { y: 2025, m: 3, d: 21 });
  assert.equal(parseIsoDay("2025-03-21"), fri);
  assert.equal(parseIsoDay("March 21"), null);
  assert.equal(weekday(fri), 5);
  assert.equal(isoDay(weekdayOnOrBefore(fri, 2)), "2025-03-18");
  assert.equal(isoDay(weekdayOnOrBefore(fri, 5)), "2025-03-21");
  assert.equal(isoDay(weekdayOnOrAfter(fri, 0)), "2025-03-23");
  assert.equal(isoWeek(fri), "2025-W12");
  assert.equal(isoWeek(toDay(2025, 3, 1)), "2025-W09");
  // ISO years: 2024-12-30 belongs to week 1 of 2025, 2021-01-03 to week 53 of 2020.
  assert.equal(isoWeek(toDay(2024, 12, 30)), "2025-W01");
  assert.equal(isoWeek(toDay(2021, 1, 3)), "2020-W53");
  assert.equal(isoMonth(2025, 0), "2024-12");
  assert.equal(isoDay(addMonths(toDay(2025, 1, 31), 1)), "2025-02-28");
  assert.equal(isoDay(addMonths(toDay(2023, 10, 7), 19)), "2025-05-07");
});
