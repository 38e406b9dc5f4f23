import { formatTable } from "../../report/table.js";
import type { TimemlError, TimemlReport } from "./evaluate-timeml.js";
import type { TimemlScores } from "./score-timeml.js";

/**
 * The TempEval-3 scores as a table, one row per tagger.
 *
 * @example
 * formatTimemlTable(report) // "documents: 183 …\ntagger  predicted  strict P …"
 */
export function formatTimemlTable(r: TimemlReport): string {
  const rows: Array<{ name: string; predicted: number; seconds: number } & TimemlScores> = [
    { name: "sitrep", predicted: r.predicted, seconds: r.seconds, strict: r.strict, relaxed: r.relaxed, value: r.value },
  ];
  if (r.baseline) rows.push(r.baseline);
  const n = (x: number) => x.toFixed(3);
  const table = formatTable(rows, [
    { header: "tagger", value: (x) => x.name },
    { header: "predicted", value: (x) => x.predicted, align: "right" },
    { header: "strict P", value: (x) => n(x.strict.precision), align: "right" },
    { header: "strict R", value: (x) => n(x.strict.recall), align: "right" },
    { header: "strict F1", value: (x) => n(x.strict.f1), align: "right" },
    { header: "relaxed P", value: (x) => n(x.relaxed.precision), align: "right" },
    { header: "relaxed R", value: (x) => n(x.relaxed.recall), align: "right" },
    { header: "relaxed F1", value: (x) => n(x.relaxed.f1), align: "right" },
    { header: "value P", value: (x) => n(x.value.precision), align: "right" },
    { header: "value R", value: (x) => n(x.value.recall), align: "right" },
    { header: "value F1", value: (x) => n(x.value.f1), align: "right" },
    { header: "seconds", value: (x) => x.seconds.toFixed(2), align: "right" },
  ]);
  return `documents: ${r.documents}, gold time expressions: ${r.gold}\n${table}`;
}

/**
 * sitrep's errors, a line each, grouped by file.
 *
 * @example
 * formatTimemlErrors([{ file: "a.tml", kind: "value", text: "Monday", gold: "1998-01-05", predicted: "1998-01-12", predictedText: null }])
 * // → "a.tml\n  value     \"Monday\"  gold 1998-01-05  sitrep 1998-01-12"
 */
export function formatTimemlErrors(errors: TimemlError[]): string {
  const lines: string[] = [];
  let file = "";
  for (const e of errors) {
    if (e.file !== file) lines.push((file = e.file));
    const said = e.predictedText === null ? "" : ` as "${e.predictedText}"`;
    const gold = e.gold === null ? "" : `  gold ${e.gold}`;
    const ours = e.predicted === null ? "" : `  sitrep ${e.predicted}${said}`;
    lines.push(`  ${e.kind.padEnd(8)}  "${e.text}"${gold}${ours}`);
  }
  return lines.length ? lines.join("\n") : "No errors.";
}
