import { evaluateWithDetails } from "../eval/evaluate.js";
import { formatEvalDetails, formatEvalTable } from "../eval/format-table.js";
import { readInputs } from "../ingest/read-inputs.js";
import { evaluateTimeml } from "../eval/timeml/evaluate-timeml.js";
import { formatTimemlErrors, formatTimemlTable } from "../eval/timeml/format-timeml.js";
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
export async function evalCommand(goldDir: string, docsDir: string, opts: { json?: boolean; verbose?: boolean }): Promise<string> {
  const { report, details } = await evaluateWithDetails(goldDir, docsDir, { loadArticle, extract: extractDocument });
  if (opts.json) return `${JSON.stringify(report, null, 2)}\n`;
  return `${formatEvalTable(report)}\n${opts.verbose ? `\n${formatEvalDetails(details)}\n` : ""}`;
}

/** `sitrep eval timeml DIR`: TempEval-3 entity measures on TimeML files (SPEC §3). */
export async function evalTimemlCommand(dir: string, opts: { json?: boolean; baseline?: string; verbose?: boolean }): Promise<string> {
  const report = await evaluateTimeml(dir, opts.baseline, { details: opts.verbose });
  // SPEC's shape plus each tagger's run time in seconds, which the table prints too; `errors` only with -v.
  if (opts.json) return `${JSON.stringify(report, null, 2)}\n`;
  return `${formatTimemlTable(report)}\n${report.errors ? `\n${formatTimemlErrors(report.errors)}\n` : ""}`;
}
