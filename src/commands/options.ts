import { InvalidArgumentError } from "commander";

/** Parses a `--published`/`--since` value: a real calendar day as YYYY-MM-DD. */
export function parseDay(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) {
    throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

/** The default store file, so that `ingest` and the listing commands meet without flags. */
export const DEFAULT_DB = "sitrep.db";

/** Output format shared by the listing commands. */
export type OutputFormat = "table" | "json" | "csv" | "geojson";

export function outputFormat(opts: { json?: boolean; csv?: boolean; geojson?: boolean }): OutputFormat {
  return opts.json ? "json" : opts.csv ? "csv" : opts.geojson ? "geojson" : "table";
}
