import { readInputs } from "../ingest/read-inputs.js";
import { extractDocument } from "../pipeline.js";
import { formatTable } from "../report/table.js";
import type { DocumentRecord } from "../types.js";
import { EXIT } from "../errors.js";

export interface ExtractCommandOptions {
  json?: boolean;
  published?: string;
}

function formatRecord(r: DocumentRecord): string {
  const head = [
    `document ${r.id}${r.title ? `  "${r.title}"` : ""}`,
    `outlet ${r.outlet ?? "unknown"}, published ${r.published.date ?? "unknown"} (${r.published.how}, confidence ${r.published.confidence.toFixed(2)})`,
    ...r.published.evidence.map((e) => `  evidence: ${e}`),
  ].join("\n");
  const times = formatTable(r.times, [
    { header: "time", value: (t) => t.text, max: 30 },
    { header: "value", value: (t) => t.value },
    { header: "kind", value: (t) => t.kind },
  ]);
  const figures = formatTable(r.figures, [
    { header: "measure", value: (f) => f.measure },
    { header: "subject", value: (f) => f.subject },
    { header: "group", value: (f) => f.group },
    { header: "value", value: (f) => f.value, align: "right" },
    { header: "qualifier", value: (f) => f.qualifier },
    { header: "date", value: (f) => f.date },
    { header: "source", value: (f) => f.source, max: 30 },
    { header: "evidence", value: (f) => r.text.slice(f.span[0], f.span[1]), max: 50 },
  ]);
  const events = formatTable(r.events, [
    { header: "type", value: (e) => e.type },
    { header: "date", value: (e) => e.date },
    { header: "modality", value: (e) => e.modality },
    { header: "actors", value: (e) => e.actors.join(", "), max: 30 },
    { header: "evidence", value: (e) => r.text.slice(e.span[0], e.span[1]), max: 60 },
  ]);
  return `${head}\n\nTimes\n${times}\n\nFigures\n${figures}\n\nEvents\n${events}\n`;
}

/**
 * `sitrep extract FILE`: runs the pipeline on one file (a feed gives several
 * documents) without touching the store.
 */
export async function extractCommand(file: string, opts: ExtractCommandOptions): Promise<number> {
  const records: DocumentRecord[] = [];
  let failed = 0;
  for await (const item of readInputs([file], { stdin: process.stdin })) {
    if (!item.ok) {
      process.stderr.write(`${item.origin}: ${item.error}\n`);
      failed++;
      continue;
    }
    records.push(extractDocument(item.article, { published: opts.published ?? null }));
  }
  if (opts.json) {
    const out = records.length === 1 ? records[0] : records;
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    process.stdout.write(records.map(formatRecord).join("\n"));
  }
  return failed > 0 ? (records.length ? EXIT.partial : EXIT.usage) : EXIT.ok;
}
