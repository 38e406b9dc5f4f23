import { EVENT_ATTRIBUTES, FIGURE_ATTRIBUTES, type DocumentDetails, type EvalReport, type MatchSection } from "./report.js";

const fixed = (n: number) => n.toFixed(3);
const LABEL = 19;

function columns(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ").trimEnd()).join("\n");
}

function matchRow(name: string, s: MatchSection): string[] {
  return [name, String(s.gold), String(s.predicted), String(s.matched), fixed(s.precision), fixed(s.recall), fixed(s.f1), fixed(s.strict_f1)];
}

/**
 * The human-readable form of an eval report: one aligned table.
 *
 * @example
 * console.log(formatEvalTable(report));
 * // documents: 8
 * //           gold  predicted  matched      P      R     F1  strict F1
 * // figures     41         38       33  0.868  0.805  0.835      0.532 …
 */
export function formatEvalTable(report: EvalReport): string {
  const { figures, events, dct, times } = report;
  const attrs = (names: readonly string[], values: Record<string, number>) => names.map((n) => `${n} ${fixed(values[n])}`).join("  ");
  return [
    `documents: ${report.documents}`,
    columns([
      ["", "gold", "predicted", "matched", "P", "R", "F1", "strict F1"],
      matchRow("figures", figures),
      matchRow("events", events),
    ]),
    "",
    `${"figure attributes".padEnd(LABEL)}${attrs(FIGURE_ATTRIBUTES, figures.attributes)}`,
    `${"event attributes".padEnd(LABEL)}${attrs(EVENT_ATTRIBUTES, events.attributes)}`,
    `${"publication date".padEnd(LABEL)}${dct.documents} inferred  within 1 day ${fixed(dct.within_1_day)}  within 7 days ${fixed(dct.within_7_days)}`,
    `${"time expressions".padEnd(LABEL)}${times.gold} gold  ${times.found} found with equal value  accuracy ${fixed(times.value_accuracy)}`,
  ].join("\n");
}

/**
 * The `--verbose` listing: per document, each miss, false positive, wrong
 * attribute and gold quote that could not be found in the text.
 *
 * @example
 * formatEvalDetails([{ doc: "a", findings: [{ kind: "miss", area: "figures", message: "killed 12 — \"…\"" }] }])
 * // → "a\n  figures miss: killed 12 — \"…\""
 */
export function formatEvalDetails(details: DocumentDetails[]): string {
  return details
    .filter((d) => d.findings.length > 0)
    .map((d) => [d.doc, ...d.findings.map((f) => `  ${f.area} ${f.kind.replace("_", " ")}: ${f.message}`)].join("\n"))
    .join("\n");
}
