import { rmSync } from "node:fs";
import { join } from "node:path";
import { ingestCommand } from "./ingest.js";
import { figuresCommand, timelineCommand } from "./listings.js";
import { evalCommand } from "./evaluate.js";
import { packageRoot } from "../package-root.js";

/** The bundled corpus, found from the installed package rather than the working directory. */
export const EXAMPLES_DIR = join(packageRoot(), "examples");

/**
 * `sitrep demo`: ingests the bundled examples into a fresh store, prints the
 * timeline and figure series, and scores the run against the examples' gold.
 */
export async function demoCommand(opts: { db: string }): Promise<number> {
  // The demo store is the demo's own file: start it afresh so reruns show the same thing.
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${opts.db}${suffix}`, { force: true });
  const out = process.stdout;
  out.write(`Ingesting the bundled examples from ${EXAMPLES_DIR}\n`);
  const code = await ingestCommand([join(EXAMPLES_DIR, "articles"), join(EXAMPLES_DIR, "feeds")], { db: opts.db });
  out.write(`\nTimeline (sitrep timeline --db ${opts.db})\n`);
  out.write(timelineCommand({ db: opts.db, format: "table" }));
  out.write(`\nFigures (sitrep figures --db ${opts.db})\n`);
  out.write(figuresCommand({ db: opts.db, format: "table" }));
  out.write(`\nScores against the examples' gold (sitrep eval examples/gold examples/articles)\n`);
  out.write(await evalCommand(join(EXAMPLES_DIR, "gold"), join(EXAMPLES_DIR, "articles"), {}));
  return code;
}
