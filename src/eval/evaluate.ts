import { readdir } from "node:fs/promises";
import { extname, join } from "node:path";
import type { Article, DocumentRecord } from "../types.js";
import { loadGold, type GoldDocument } from "./gold.js";
import { QuoteLocator } from "./locate.js";
import type { DocumentDetails, EvalReport } from "./report.js";
import { scoreDct, summarizeDct, type DctScore } from "./score-dct.js";
import { scoreEvents, summarizeEvents, type EventScore } from "./score-events.js";
import { scoreFigures, summarizeFigures, type FigureScore } from "./score-figures.js";
import { scoreTimes, summarizeTimes, type TimeScore } from "./score-times.js";

/** What the scorer needs from the rest of sitrep, injected so tests can fake it. */
export interface EvalDeps {
  loadArticle: (path: string) => Promise<Article>;
  extract: (article: Article, options: { published?: string | null }) => DocumentRecord;
}

/** A document named in gold that DOCS_DIR does not hold, or holds twice. */
export class MissingDocumentError extends Error {
  override name = "MissingDocumentError";
}

async function documentPaths(docsDir: string): Promise<Map<string, string[]>> {
  const byName = new Map<string, string[]>();
  const entries = await readdir(docsDir, { withFileTypes: true });
  for (const entry of entries.filter((e) => e.isFile()).sort((a, b) => a.name.localeCompare(b.name))) {
    const base = entry.name.slice(0, entry.name.length - extname(entry.name).length);
    byName.set(base, [...(byName.get(base) ?? []), join(docsDir, entry.name)]);
  }
  return byName;
}

function pathOf(gold: GoldDocument, paths: Map<string, string[]>, docsDir: string): string {
  const found = paths.get(gold.doc) ?? [];
  if (found.length === 1) return found[0];
  const why = found.length === 0 ? "no file" : `${found.length} files (${found.join(", ")})`;
  throw new MissingDocumentError(`${gold.file}: document "${gold.doc}" — ${why} named ${gold.doc}.* in ${docsDir}`);
}

/**
 * Scores sitrep against a folder of gold files and keeps what went wrong per
 * document, for `sitrep eval --verbose`.
 *
 * @example
 * const { report, details } = await evaluateWithDetails("examples/gold", "examples/articles", { loadArticle, extract });
 * report.documents // → 8
 */
export async function evaluateWithDetails(goldDir: string, docsDir: string, deps: EvalDeps): Promise<{ report: EvalReport; details: DocumentDetails[] }> {
  const golds = await loadGold(goldDir);
  const paths = await documentPaths(docsDir);
  const resolved = golds.map((g) => ({ gold: g, path: pathOf(g, paths, docsDir) }));
  const figures: FigureScore[] = [];
  const events: EventScore[] = [];
  const dct: DctScore[] = [];
  const times: TimeScore[] = [];
  const details: DocumentDetails[] = [];
  for (const { gold, path } of resolved) {
    const article = await deps.loadArticle(path);
    const record = deps.extract(article, gold.published_given ? { published: gold.published } : {});
    const locator = new QuoteLocator(record.text);
    const scores = [
      scoreFigures(gold.figures, record.figures, locator),
      scoreEvents(gold.events, record.events, locator),
      scoreDct(gold, record.published),
      scoreTimes(gold.timexes, record.times, locator),
    ] as const;
    figures.push(scores[0]);
    events.push(scores[1]);
    dct.push(scores[2]);
    times.push(scores[3]);
    details.push({ doc: gold.doc, findings: scores.flatMap((s) => s.findings) });
  }
  const report: EvalReport = {
    documents: golds.length,
    figures: summarizeFigures(figures),
    events: summarizeEvents(events),
    dct: summarizeDct(dct),
    times: summarizeTimes(times),
  };
  return { report, details };
}

/**
 * Scores sitrep against gold (SPEC §3) and returns the numbers `sitrep eval --json` prints.
 *
 * @example
 * const report = await evaluate("examples/gold", "examples/articles", { loadArticle, extract: extractDocument });
 * report.figures.f1 // → a rate in 0..1
 */
export async function evaluate(goldDir: string, docsDir: string, deps: EvalDeps): Promise<EvalReport> {
  return (await evaluateWithDetails(goldDir, docsDir, deps)).report;
}
