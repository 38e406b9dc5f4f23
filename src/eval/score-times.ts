import type { Time } from "../types.js";
import type { GoldTimex } from "./gold.js";
import { overlaps, type QuoteLocator } from "./locate.js";
import { rate } from "./rates.js";
import type { EvalReport, Finding } from "./report.js";

/** Time scores of one document. */
export interface TimeScore {
  gold: number;
  found: number;
  findings: Finding[];
}

/**
 * A gold timex is found when a predicted time overlaps one of the places its
 * text occurs in the document and has the same value.
 *
 * @example
 * scoreTimes([{ text: "on Monday", value: "2024-06-03" }], record.times, new QuoteLocator(record.text)).found // → 1
 */
export function scoreTimes(gold: GoldTimex[], predicted: Time[], locator: QuoteLocator): TimeScore {
  const findings: Finding[] = [];
  let found = 0;
  for (const g of gold) {
    const places = locator.find(g.text);
    if (places.length === 0) {
      findings.push({ kind: "unlocated_quote", area: "times", message: `timex text not in text: "${g.text}"` });
      continue;
    }
    const near = predicted.filter((t) => places.some((p) => overlaps(t.span, p)));
    if (near.some((t) => t.value === g.value)) {
      found++;
      continue;
    }
    const got = near.length ? `predicted ${near.map((t) => t.value).join(", ")}` : "not found";
    findings.push({ kind: "miss", area: "times", message: `"${g.text}" = ${g.value}: ${got}` });
  }
  return { gold: gold.length, found, findings };
}

/** Adds up per-document time scores. */
export function summarizeTimes(scores: TimeScore[]): EvalReport["times"] {
  const gold = scores.reduce((n, s) => n + s.gold, 0);
  const found = scores.reduce((n, s) => n + s.found, 0);
  return { gold, found, value_accuracy: rate(found, gold) };
}
