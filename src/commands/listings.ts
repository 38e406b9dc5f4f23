import { buildSeries } from "../corpus/figure-series.js";
import { buildTimeline } from "../corpus/timeline.js";
import { formatCsv } from "../report/csv.js";
import { formatTable } from "../report/table.js";
import { openStore } from "../store/index.js";
import { UserError } from "../errors.js";
import { existsSync } from "node:fs";
import type { OutputFormat } from "./options.js";

export interface ListingOptions {
  db: string;
  format: OutputFormat;
  since?: string;
  until?: string;
  type?: string;
  measure?: string;
}

function openExisting(db: string) {
  // Opening a missing file would create an empty store and print nothing: say why instead.
  if (!existsSync(db)) throw new UserError(`${db}: no such store; run \`sitrep ingest PATH --db ${db}\` first`);
  return openStore(db);
}

/** `sitrep timeline`: one entry per real-world event, in date order. */
export function timelineCommand(opts: ListingOptions): string {
  const store = openExisting(opts.db);
  try {
    const entries = buildTimeline(store.listEvents({ since: opts.since, until: opts.until, type: opts.type }));
    if (opts.format === "json") return `${JSON.stringify(entries, null, 2)}\n`;
    if (opts.format === "csv") {
      return formatCsv(entries, {
        date: (t) => t.date, type: (t) => t.type, modality: (t) => t.modality, actors: (t) => t.actors,
        targets: (t) => t.targets, place: (t) => t.place, reports: (t) => t.reports.length,
        outlets: (t) => [...new Set(t.reports.map((r) => r.outlet ?? r.doc))], sentence: (t) => t.reports[0].sentence,
      });
    }
    return `${formatTable(entries, [
      { header: "date", value: (t) => t.date ?? "undated" },
      { header: "type", value: (t) => t.type },
      { header: "modality", value: (t) => t.modality },
      { header: "actors", value: (t) => t.actors.join(", "), max: 28 },
      { header: "place", value: (t) => t.place, max: 16 },
      { header: "reports", value: (t) => t.reports.length, align: "right" },
      { header: "sentence", value: (t) => t.reports[0].sentence, max: 70 },
    ])}\n`;
  } finally {
    store.close();
  }
}

/** `sitrep figures`: reported numbers grouped into series, each point with its source. */
export function figuresCommand(opts: ListingOptions): string {
  const store = openExisting(opts.db);
  try {
    const series = buildSeries(store.listFigures({ measure: opts.measure }));
    if (opts.format === "json") return `${JSON.stringify(series, null, 2)}\n`;
    const rows = series.flatMap((s) => s.points.map((p) => ({ ...s.key, ...p })));
    if (opts.format === "csv") {
      return formatCsv(rows, {
        measure: (r) => r.measure, subject: (r) => r.subject, group: (r) => r.group, condition: (r) => r.condition,
        place: (r) => r.place, date: (r) => r.date, value: (r) => r.value, qualifier: (r) => r.qualifier,
        cumulative: (r) => r.cumulative, source: (r) => r.source, doc: (r) => r.doc, sentence: (r) => r.sentence,
      });
    }
    return `${formatTable(rows, [
      { header: "measure", value: (r) => r.measure },
      { header: "subject", value: (r) => r.subject },
      { header: "group", value: (r) => r.group },
      { header: "date", value: (r) => r.date ?? "undated" },
      { header: "value", value: (r) => r.value, align: "right" },
      { header: "qualifier", value: (r) => r.qualifier },
      { header: "source", value: (r) => r.source, max: 28 },
      { header: "sentence", value: (r) => r.sentence, max: 60 },
    ])}\n`;
  } finally {
    store.close();
  }
}
