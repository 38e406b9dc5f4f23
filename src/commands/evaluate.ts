import { evaluate } from "../eval/evaluate.js";
import { formatEvalTable } from "../eval/format-table.js";
import { readInputs } from "../ingest/read-inputs.js";
import { extractDocument } from "../pipeline.js";
import type { Article } from "../types.js";
import { UserError } from "../errors.js";

/** Reads one document file through ingest, exactly as `sitrep ingest` would see it. */
export async function loadArticle(path: string): Promise<Article> {
  for await (const item of readInputs([path])) {
    if (!item.ok) throw new UserError(`${item.origin}: ${item.error}`);
    return item.article;
  }
  throw new UserError(`${path}: no article in the file`);
}

/** `sitrep eval GOLD_DIR DOCS_DIR`: scores the pipeline against gold (SPEC §3). */
export async function evalCommand(goldDir: string, docsDir: string, opts: { json?: boolean }): Promise<string> {
  const report = await evaluate(goldDir, docsDir, { loadArticle, extract: extractDocument });
  return opts.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatEvalTable(report)}\n`;
}
