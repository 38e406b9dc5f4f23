import { test } from "node:test";
import assert from "node:assert/strict";
import { namedDay } from "../src/calendars/named-days.js";
import { orthodoxEaster, westernEaster } from "../src/calendars/easter.js";

// Dates checked against published calendars for those years.
const cases: Array<[string, number, string, string]> = [
  ["Passover", 2025, "2025-04-13", "2025-04-20"],
  ["Passover", 2024, "2024-04-23", "2024-04-30"],
  ["Yom Kippur", 2023, "2023-09-25", "2023-09-25"],
  ["Hanukkah", 2023, "2023-12-08", "2023-12-15"],
  ["Purim", 2024, "2024-03-24", "2024-03-24"],
  ["Ramadan", 2025, "2025-03-01", "2025-03-29"],
  ["Ramadan", 2024, "2024-03-11", "2024-04-09"],
  ["Eid al-Fitr", 2025, "2025-03-30", "2025-04-01"],
  ["Eid al-Adha", 2024, "2024-06-16", "2024-06-19"],
  ["Easter", 2024, "2024-03-31", "2024-03-31"],
  ["Orthodox Easter", 2025, "2025-04-20", "2025-04-20"],
  ["Good Friday", 2025, "2025-04-18", "2025-04-18"],
  ["Christmas", 2022, "2022-12-25", "2022-12-25"],
  ["Orthodox Christmas", 2023, "2023-01-07", "2023-01-07"],
];

for (const [name, year, start, end] of cases) {
  test(`${name} ${year}`, () => assert.deepEqual(namedDay(name, year), { start, end }));
}

test("Easter computus over several years", () => {
  assert.deepEqual([2019, 2020, 2021, 2022, 2023].map(westernEaster), ["2019-04-21", "2020-04-12", "2021-04-04", "2022-04-17", "2023-04-09"]);
  assert.deepEqual([2019, 2020, 2021, 2022, 2023].map(orthodoxEaster), ["2019-04-28", "2020-04-19", "2021-05-02", "2022-04-24", "2023-04-16"]);
});

test("unknown names give null", () => {
  assert.equal(namedDay("Thanksgiving on Mars", 2025), null);
});
