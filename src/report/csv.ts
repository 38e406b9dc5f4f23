/**
 * RFC 4180 CSV: fields with a comma, quote or line break are quoted and
 * quotes doubled, so spreadsheet tools read sentences intact.
 */
function field(v: unknown): string {
  if (v === null || v === undefined) return "";
  const s = Array.isArray(v) ? v.join("; ") : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Renders rows as CSV with the given header names and cell getters.
 *
 * @example
 * formatCsv([{ a: "x,y" }], { a: (r) => r.a }) // → 'a\r\n"x,y"\r\n'
 */
export function formatCsv<Row>(rows: Row[], columns: Record<string, (row: Row) => unknown>): string {
  const names = Object.keys(columns);
  const lines = [names.map(field).join(",")];
  for (const r of rows) lines.push(names.map((n) => field(columns[n](r))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
