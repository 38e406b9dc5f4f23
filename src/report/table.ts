/**
 * Aligned plain-text tables for the terminal. Cells are cut to a column's
 * maximum width so a long sentence does not wrap a whole table.
 */
export interface Column<Row> {
  header: string;
  value: (row: Row) => string | number | null | undefined;
  /** Longest cell before it is cut with "…". */
  max?: number;
  align?: "left" | "right";
}

function cell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return "";
  return String(v).replace(/\s+/g, " ");
}

function cut(s: string, max: number | undefined): string {
  return max !== undefined && s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/**
 * Renders rows as an aligned table with a header and a rule.
 *
 * @example
 * formatTable([{ a: 1 }], [{ header: "A", value: (r) => r.a }]) // → "A\n-\n1"
 */
export function formatTable<Row>(rows: Row[], columns: Column<Row>[]): string {
  const cells = rows.map((r) => columns.map((c) => cut(cell(c.value(r)), c.max)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i].length)));
  const line = (parts: string[]) =>
    parts
      .map((p, i) => (columns[i].align === "right" ? p.padStart(widths[i]) : p.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n");
}
