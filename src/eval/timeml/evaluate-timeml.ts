import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { extractTimes } from "../../extract/times/index.js";
import { AnalyzedText } from "../../text/analyzed-text.js";
import { UserError } from "../../errors.js";
import { chronoTimes } from "./chrono-baseline.js";
import { parseTimeml } from "./read-timeml.js";
import { addCounts, countTimeml, timemlScores, ZERO_COUNTS, type SpanValue, type TimemlScores } from "./score-timeml.js";

/** SPEC §3 `eval timeml` output, with the baseline's scores when asked for. */
export interface TimemlReport extends TimemlScores {
  documents: number;
  gold: number;
  predicted: number;
  seconds: number;
  baseline?: { name: string; predicted: number; seconds: number } & TimemlScores;
}

export type Tagger = (text: string, dct: string | null) => SpanValue[];

/** sitrep's own time layer as a tagger. */
export const sitrepTimes: Tagger = (text, dct) =>
  extractTimes(new AnalyzedText(text), dct).map((t) => ({ start: t.span[0], end: t.span[1], value: t.value }));

export const BASELINES: Record<string, Tagger> = { chrono: chronoTimes };

/**
 * Scores taggers on every .tml file of a folder, each given the file's DCT.
 *
 * @example
 * const r = await evaluateTimeml("../shared/benchmarks/tempeval3/timebank", "chrono");
 * r.value.f1 > r.baseline!.value.f1
 */
export async function evaluateTimeml(dir: string, baseline?: string): Promise<TimemlReport> {
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
  for (const file of files) {
    const doc = parseTimeml(basename(file), await readFile(join(dir, file), "utf8"));
    const gold = doc.timexes;
    let t = performance.now();
    ours = addCounts(ours, countTimeml(gold, sitrepTimes(doc.text, doc.dct)));
    oursMs += performance.now() - t;
    if (base) {
      t = performance.now();
      theirs = addCounts(theirs, countTimeml(gold, base(doc.text, doc.dct)));
      theirsMs += performance.now() - t;
    }
  }
  const report: TimemlReport = { documents: files.length, gold: ours.gold, predicted: ours.predicted, ...timemlScores(ours), seconds: oursMs / 1000 };
  if (base) report.baseline = { name: baseline!, predicted: theirs.predicted, seconds: theirsMs / 1000, ...timemlScores(theirs) };
  return report;
}
