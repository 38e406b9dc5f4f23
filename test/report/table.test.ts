import { test } from "node:test";
import assert from "node:assert/strict";
import { formatTable } from "../../src/report/table.js";
import { formatCsv } from "../../src/report/csv.js";

test("formatTable aligns columns and cuts long cells", () => {
  const rows = [{ a: "x", n: 5 }, { a: "a much longer cell", n: 123 }];
  const out = formatTable(rows, [
    { header: "name", value: (r) => r.a, max: 8 },
    { header: "n", value: (r) => r.n, align: "right" },
  ]);
  assert.equal(out, ["name        n", "--------  ---", "x           5", "a much …  123"].join("\n"));
});

test("formatCsv quotes commas, quotes and line breaks and joins arrays", () => {
  const out = formatCsv([{ s: 'He said "no", twice', xs: ["A", "B"], n: null }], {
    s: (r) => r.s, xs: (r) => r.xs, n: (r) => r.n,
  });
  assert.equal(out, 's,xs,n\r\n"He said ""no"", twice",A; B,\r\n');
});
