import { buildAgreements } from "../corpus/agreements/index.js";
import { formatAgreements } from "../corpus/agreements/format.js";
import { findFigureConflicts } from "../corpus/conflicts.js";
import { findDateConflicts } from "../corpus/date-conflicts.js";
import { buildSeries } from "../corpus/figure-series.js";
import { ACLED_COLUMNS, toAcledRows, type AcledRow } from "../report/acled.js";
import { formatCsv } from "../report/csv.js";
import { toGeoJson } from "../report/geojson.js";
import { formatTable } from "../report/table.js";
import { openStore, type Store } from "../store/index.js";
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
  /** Regroup every stored event into timeline entries before listing. */
  rebuild?: boolean;
}

/**
 * Runs `read` on an existing store and closes it whatever happens. A missing
 * file is an error: opening it would create an empty store and print nothing.
 */
export function withStore<T>(db: string, read: (store: Store) => T): T {
  if (!existsSync(db)) throw new UserError(`${db}: no such store; run \`sitrep ingest PATH --db ${db}\` first`);
  const store = openStore(db);
  try {
    return read(store);
  } finally {
    store.close();
  }
}

const filtered = (opts: ListingOptions) => opts.since !== undefined || opts.until !== undefined || opts.type !== undefined;

/**
 * `sitrep timeline`: one entry per real-world event, in date order. The store
 * keeps the grouping it filed earlier, so `rebuild` is how entries filed under
 * older matching rules or lexicon get regrouped.
 */
export function timelineCommand(opts: ListingOptions): string {
  return withStore(opts.db, (store) => {
    if (opts.rebuild) store.rebuildTimeline();
    const entries = store.listTimeline({ since: opts.since, until: opts.until, type: opts.type });
    if (opts.format === "json") return `${JSON.stringify(entries, null, 2)}\n`;
    if (opts.format === "csv" || opts.format === "geojson") {
      const rows = toAcledRows(entries, store.listFigures({ measure: "killed" }));
      if (opts.format === "geojson") return `${JSON.stringify(toGeoJson(rows), null, 2)}\n`;
      return formatCsv(rows, Object.fromEntries(ACLED_COLUMNS.map((c) => [c, (r: AcledRow) => r[c]])));
    }
    if (entries.length === 0) return `No events${filtered(opts) ? " match these filters" : " in the store yet"}.\n`;
    return `${formatTable(entries, [
      { header: "date", value: (t) => t.date ?? "undated" },
      { header: "type", value: (t) => t.type },
      { header: "modality", value: (t) => t.modality },
      { header: "actors", value: (t) => t.actors.join(", "), max: 28 },
      { header: "place", value: (t) => t.place, max: 16 },
      { header: "reports", value: (t) => t.reports.length, align: "right" },
      { header: "outlets", value: (t) => t.outlets, align: "right" },
      { header: "sentence", value: (t) => t.sentence, max: 70 },
    ])}\n`;
  });
}

/** `sitrep figures`: reported numbers grouped into series, each point with its source. */
export function figuresCommand(opts: ListingOptions): string {
  return withStore(opts.db, (store) => {
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
    if (rows.length === 0) return `No figures${opts.measure ? ` with measure ${opts.measure}` : " in the store yet"}.\n`;
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
  });
}

/** `sitrep conflicts`: pairs of reports that cannot both be true, with the reason. */
export function conflictsCommand(opts: ListingOptions): string {
  return withStore(opts.db, (store) => {
    // a measure filter asks about figures; date conflicts are about events
    const dates = opts.measure ? [] : findDateConflicts(store.listEvents());
    const conflicts = [...findFigureConflicts(store.listFigures({ measure: opts.measure })), ...dates];
    if (opts.format === "json") return `${JSON.stringify(conflicts, null, 2)}\n`;
    type Side = (typeof conflicts)[number]["a"];
    const side = (r: Side) => "value" in r
      ? `${r.qualifier === "exact" ? "" : `${r.qualifier} `}${r.value} (${r.outlet ?? r.doc}, ${r.date ?? "undated"})`
      : `${r.date} (${r.outlet ?? r.doc})`;
    const value = (r: Side) => ("value" in r ? r.value : null);
    const qualifier = (r: Side) => ("value" in r ? r.qualifier : null);
    const rows = conflicts.map((c) => ({ ...c, side }));
    if (opts.format === "csv") {
      return formatCsv(conflicts, {
        reason: (c) => c.reason, about: (c) => c.about,
        a_value: (c) => value(c.a), a_qualifier: (c) => qualifier(c.a), a_date: (c) => c.a.date, a_doc: (c) => c.a.doc, a_sentence: (c) => c.a.sentence,
        b_value: (c) => value(c.b), b_qualifier: (c) => qualifier(c.b), b_date: (c) => c.b.date, b_doc: (c) => c.b.doc, b_sentence: (c) => c.b.sentence,
      });
    }
    if (rows.length === 0) return "No contradictions found: no figures that disagree or fall, no event dated two ways.\n";
    return `${formatTable(rows, [
      { header: "reason", value: (r) => r.reason },
      { header: "about", value: (r) => r.about, max: 40 },
      { header: "one report", value: (r) => r.side(r.a), max: 40 },
      { header: "the other", value: (r) => r.side(r.b), max: 40 },
      { header: "sentence", value: (r) => r.b.sentence, max: 60 },
    ])}\n`;
  });
}

/** `sitrep agreements`: ceasefires, deals and proposals with parties, status history, phases and terms. */
export function agreementsCommand(opts: ListingOptions): string {
  return withStore(opts.db, (store) => {
    const agreements = buildAgreements({ events: store.listEvents(), terms: store.listTerms() });
    return opts.format === "json" ? `${JSON.stringify(agreements, null, 2)}\n` : `${formatAgreements(agreements)}\n`;
  });
}
