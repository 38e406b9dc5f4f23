import { SingleBar } from "cli-progress";
import { ingestCorpus, type IngestStatus, type IngestSummary } from "../ingest-corpus.js";
import { openStore } from "../store/index.js";
import { EXIT } from "../errors.js";

export interface IngestCommandOptions {
  db: string;
  published?: string;
  quiet?: boolean;
  json?: boolean;
}

function describe(s: IngestStatus): string | null {
  if (s.status === "failed") return `failed: ${s.origin}: ${s.error}`;
  if (s.status === "duplicate") return `duplicate: ${s.origin} is a copy of ${s.of} (similarity ${s.similarity.toFixed(2)})`;
  return null;
}

function summaryLine(s: IngestSummary, seconds: number): string {
  const mb = s.bytes / 1e6;
  return `${s.new} new, ${s.exists} already stored, ${s.duplicates} duplicates, ${s.failed} failed` +
    ` (${mb.toFixed(2)} MB in ${seconds.toFixed(1)} s)`;
}

/**
 * `sitrep ingest PATH…`: stores every readable article, reports the others,
 * and exits 1 when any input failed so scripts notice.
 */
export async function ingestCommand(paths: string[], opts: IngestCommandOptions): Promise<number> {
  const store = openStore(opts.db);
  // A bar only where a person watches; pipes and CI get the summary alone.
  const bar = !opts.quiet && !opts.json && process.stderr.isTTY
    ? new SingleBar({ format: "ingesting: {value} documents, {duration}s | {origin}", stream: process.stderr, hideCursor: true, clearOnComplete: true }) : null;
  bar?.start(0, 0, { origin: "" });
  const started = performance.now();
  // Problems are printed after the bar is gone so they do not tear it.
  const problems: string[] = [];
  try {
    const summary = await ingestCorpus(store, paths, {
      published: opts.published ?? null,
      stdin: process.stdin,
      onItem: (s) => {
        bar?.setTotal(bar.getTotal() + 1);
        bar?.increment(1, { origin: s.origin.slice(-40) });
        const line = describe(s);
        if (line) problems.push(line);
      },
    });
    bar?.stop();
    if (!opts.json && !opts.quiet) for (const line of problems) process.stderr.write(`${line}\n`);
    const seconds = (performance.now() - started) / 1000;
    if (opts.json) process.stdout.write(`${JSON.stringify({ ...summary, seconds }, null, 2)}\n`);
    else process.stderr.write(`${summaryLine(summary, seconds)} → ${opts.db}\n`);
    return summary.failed > 0 ? EXIT.partial : EXIT.ok;
  } finally {
    bar?.stop();
    store.close();
  }
}
