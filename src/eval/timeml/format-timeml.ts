import { formatTable } from "../../report/table.js";
import type { TimemlReport } from "./evaluate-timeml.js";
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
