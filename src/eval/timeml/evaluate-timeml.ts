import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { extractTimes } from "../../extract/times/index.js";
import { AnalyzedText } from "../../text/analyzed-text.js";
import { UserError } from "../../errors.js";
import { chronoTimes } from "./chrono-baseline.js";
import { parseTimeml } from "./read-timeml.js";
import {
  addCounts, alignTimeml, countTimeml, timemlScores, ZERO_COUNTS, type Alignment, type SpanValue, type TimemlScores,
} from "./score-timeml.js";

/** SPEC §3 `eval timeml` output, with the baseline's scores when asked for. */
export interface TimemlReport extends TimemlScores {
  documents: number;
  gold: number;
  predicted: number;
  seconds: number;
  baseline?: { name: string; predicted: number; seconds: number } & TimemlScores;
  /** With `details`: every gold expression sitrep missed or valued wrongly, and every prediction that paired with none. */
  errors?: TimemlError[];
}

export interface TimemlError {
  file: string;
  kind: "missed" | "value" | "spurious";
  /** The words, gold's when there is a gold expression. */
  text: string;
  gold: string | null;
  predicted: string | null;
  /** The prediction's words when they differ from gold's. */
  predictedText: string | null;
}

/** sitrep's errors in one document, in text order. */
function errorsOf(file: string, text: string, { pairs, spurious }: Pick<Alignment, "pairs" | "spurious">): TimemlError[] {
  const words = (s: SpanValue) => text.slice(s.start, s.end).replace(/\s+/g, " ");
  const out: Array<TimemlError & { at: number }> = [];
  for (const { gold: g, predicted: p } of pairs) {
    if (p && p.value === g.value) continue;
    const predictedText = p && (p.start !== g.start || p.end !== g.end) ? words(p) : null;
    out.push({ at: g.start, file, kind: p ? "value" : "missed", text: words(g), gold: g.value, predicted: p?.value ?? null, predictedText });
  }
  for (const p of spurious) out.push({ at: p.start, file, kind: "spurious", text: words(p), gold: null, predicted: p.value, predictedText: null });
  return out.sort((a, b) => a.at - b.at).map(({ at: _at, ...e }) => e);
}

export type Tagger = (text: string, dct: string | null) => SpanValue[];

/**
 * sitrep's own time layer as a tagger. A clock time joins the TIMEX3 value ("2023-12-01T07:00", as SPEC's
 * gold notes value "7 a.m. local time"); a part of day does not ("the evening of February 28th" is the day).
 */
export const sitrepTimes: Tagger = (text, dct) =>
  extractTimes(new AnalyzedText(text), dct).map((t) => ({
    start: t.span[0], end: t.span[1], value: t.value + (t.time_of_day && /^T\d/.test(t.time_of_day) ? t.time_of_day : ""),
  }));

export const BASELINES: Record<string, Tagger> = { chrono: chronoTimes };

/**
 * Scores taggers on every .tml file of a folder, each given the file's DCT.
 *
 * @example
 * const r = await evaluateTimeml("../shared/benchmarks/tempeval3/timebank", "chrono");
 * r.value.f1 > r.baseline!.value.f1
 */
export async function evaluateTimeml(dir: string, baseline?: string, options: { details?: boolean } = {}): Promise<TimemlReport> {
  const files = (await readdir(dir).catch(() => {
    throw new UserError(`${dir}: no such directory`);
  })).filter((f) => f.endsWith(".tml")).sort();
  if (files.length === 0) throw new UserError(`${dir}: no .tml files`);
  const base = baseline === undefined ? undefined : BASELINES[baseline];
  if (baseline !== undefined && !base) throw new UserError(`unknown baseline "${baseline}" (known: ${Object.keys(BASELINES).join(", ")})`);
  let ours = ZERO_COUNTS;
  let theirs = ZERO_COUNTS;
  let oursMs = 0;
  let theirsMs = 0;
  const errors: TimemlError[] = [];
  for (const file of files) {
    const doc = parseTimeml(basename(file), await readFile(join(dir, file), "utf8"));
    const gold = doc.timexes;
    let t = performance.now();
    const predicted = sitrepTimes(doc.text, doc.dct);
    oursMs += performance.now() - t;
    const aligned = alignTimeml(gold, predicted);
    ours = addCounts(ours, aligned.counts);
    if (options.details) errors.push(...errorsOf(file, doc.text, aligned));
    if (base) {
      t = performance.now();
      theirs = addCounts(theirs, countTimeml(gold, base(doc.text, doc.dct)));
      theirsMs += performance.now() - t;
    }
  }
  const report: TimemlReport = { documents: files.length, gold: ours.gold, predicted: ours.predicted, ...timemlScores(ours), seconds: oursMs / 1000 };
  if (options.details) report.errors = errors;
  if (base) report.baseline = { name: baseline!, predicted: theirs.predicted, seconds: theirsMs / 1000, ...timemlScores(theirs) };
  return report;
}
