import { test } from "node:test";
import assert from "node:assert/strict";
import { findNumbers, parseNumber } from "../../src/text/numbers.js";

const parses: Array<[string, number | null]> = [
  ["14,800", 14800], ["53,000", 53000], ["1.2 million", 1200000], ["2 million", 2000000], ["three", 3],
  ["twenty-five", 25], ["a thousand", 1000], ["a hundred", 100], ["two hundred", 200], ["five thousand", 5000],
  ["Eleven", 11], ["1.5m", 1500000], ["30k", 30000], ["dozens", null], ["hundreds", null],
];
for (const [input, expected] of parses) {
  test(`parseNumber ${input}`, () => assert.equal(parseNumber(input), expected));
}

const finds: Array<[string, string[]]> = [
  ["Shelling killed 14 people and wounded twenty-five more.", ["14", "twenty-five"]],
  ["Officials counted 1.5 million displaced and a thousand missing.", ["1.5 million", "a thousand"]],
  ["The truce began on 19 January 2025 and ended on March 18.", []],
  ["Fighting resumed on Oct. 7, 2023, near the border.", []],
  ["A 21-year-old medic, aged 21 to 30 by other accounts, was among them.", []],
  ["Two of the captives are under the age of 18 and 10 are aged 75 and over.", ["Two", "10"]],
  ["About 30% of the city was destroyed in 42 days, over two months.", []],
  ["The corridor is 100 metres wide and nine miles long.", []],
  ["The deadline passed at 7 a.m. local time; the 50-day war, a seven-day pause.", []],
  ["The group has held the enclave since 2006, its 2 million-strong population too.", []],
  ["Dozens, hundreds and scores of people fled; a handful returned.", []],
  ["He paid $500 and 3,000 euros; it was the 3rd attempt.", []],
  ["Phase two may see one of the crossings open.", []],
  ["Half a million fled and a quarter of a million stayed.", []],
  ["About 1.5m people fled and 30k were displaced, within 500m of the line.", ["1.5m", "30k"]],
];
for (const [input, expected] of finds) {
  test(`findNumbers: ${input.slice(0, 50)}`, () => {
    const found = findNumbers(input);
    assert.deepEqual(found.map((n) => n.text), expected);
    for (const n of found) assert.equal(input.slice(n.start, n.end), n.text);
  });
}
