import type { Figure } from "../types.js";
import { datesAgree } from "./dates.js";
import type { GoldFigure } from "./gold.js";
import { foldText, type QuoteLocator } from "./locate.js";
import { greedyMatch } from "./match.js";
import { count, matchSection, rate, sumTallies } from "./rates.js";
import { FIGURE_ATTRIBUTES, type EvalReport, type FigureAttribute, type Finding, type Tally } from "./report.js";

/** Figure scores of one document, summed over documents by `summarizeFigures`. */
export interface FigureScore {
  gold: number;
  predicted: number;
  matched: number;
  strict: number;
  attributes: Record<FigureAttribute, Tally>;
  findings: Finding[];
}

/**
 * Source rule: the predicted source contains, or is contained in, a gold alias
 * (case-insensitively); a gold null expects no source.
 *
 * @example
 * sourceCorrect(["Ukrainian Red Cross"], "the Ukrainian Red Cross said") // → true
 */
export function sourceCorrect(gold: string[] | null, predicted: string | null): boolean {
  const p = predicted ? foldText(predicted) : "";
  if (gold === null) return p === "";
  if (p === "") return false;
  return gold.some((alias) => {
    const a = foldText(alias);
    return a !== "" && (p.includes(a) || a.includes(p));
  });
}

/** Each attribute's verdict for one matched pair; null when gold leaves it unscored. */
function judge(g: GoldFigure, p: Figure): Record<FigureAttribute, boolean | null> {
  return {
    subject: g.subject === p.subject,
    group: (g.group?.toLowerCase() ?? null) === (p.group?.toLowerCase() ?? null),
    condition: g.condition === p.condition,
    qualifier: g.qualifier === p.qualifier,
    cumulative: g.cumulative === p.cumulative,
    date: g.date === null ? null : datesAgree(g.date, p.date),
    source: sourceCorrect(g.source, p.source),
  };
}

function describe(f: { measure: string; value: number }, words: string): string {
  return `${f.measure} ${f.value} — "${words}"`;
}

/**
 * Scores one document's predicted figures against its gold: a pair matches
 * when measure and value are equal (greedy, one-to-one, gold order).
 *
 * @example
 * scoreFigures(gold.figures, record.figures, new QuoteLocator(record.text)).matched // → 3
 */
export function scoreFigures(gold: GoldFigure[], predicted: Figure[], locator: QuoteLocator): FigureScore {
  const attributes = Object.fromEntries(FIGURE_ATTRIBUTES.map((a) => [a, { correct: 0, total: 0 }])) as Record<FigureAttribute, Tally>;
  const findings: Finding[] = [];
  const pairs = greedyMatch(gold, predicted, (g) => locator.sentencesOf(g.quote),
    (g, p) => g.measure === p.measure && g.value === p.value);
  let strict = 0;
  pairs.forEach((pi, gi) => {
    const g = gold[gi];
    if (locator.find(g.quote).length === 0) {
      findings.push({ kind: "unlocated_quote", area: "figures", message: `quote not in text: "${g.quote}"` });
    }
    if (pi === null) {
      findings.push({ kind: "miss", area: "figures", message: describe(g, g.quote) });
      return;
    }
    const p = predicted[pi];
    let allRight = true;
    for (const [attr, verdict] of Object.entries(judge(g, p)) as [FigureAttribute, boolean | null][]) {
      if (verdict === null) continue;
      count(attributes[attr], verdict);
      if (verdict) continue;
      allRight = false;
      const want = attr === "source" ? g.source : g[attr];
      findings.push({ kind: "attribute", area: "figures",
        message: `${describe(g, g.quote)}: ${attr} gold ${JSON.stringify(want)}, predicted ${JSON.stringify(p[attr])}` });
    }
    if (allRight) strict++;
  });
  const used = new Set(pairs);
  predicted.forEach((p, i) => {
    if (!used.has(i)) findings.push({ kind: "false_positive", area: "figures", message: describe(p, locator.text.slice(p.span[0], p.span[1])) });
  });
  const matched = pairs.filter((p) => p !== null).length;
  return { gold: gold.length, predicted: predicted.length, matched, strict, attributes, findings };
}

/** Adds up per-document figure scores into the report section. */
export function summarizeFigures(scores: FigureScore[]): EvalReport["figures"] {
  const total = (k: "gold" | "predicted" | "matched" | "strict") => scores.reduce((n, s) => n + s[k], 0);
  const attributes = Object.fromEntries(FIGURE_ATTRIBUTES.map((a) => {
    const t = sumTallies(scores.map((s) => s.attributes[a]));
    return [a, rate(t.correct, t.total)];
  })) as Record<FigureAttribute, number>;
  return { ...matchSection(total("gold"), total("predicted"), total("matched"), total("strict")), attributes };
}
