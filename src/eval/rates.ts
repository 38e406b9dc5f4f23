import type { MatchSection, Tally } from "./report.js";

/** Rounds a rate to four decimals so reports stay readable; 0 when the denominator is 0. */
export function rate(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : Math.round((numerator / denominator) * 10000) / 10000;
}

/** Adds `correct` to a tally. */
export function count(tally: Tally, correct: boolean): void {
  tally.total++;
  if (correct) tally.correct++;
}

/** Sums tallies element-wise. */
export function sumTallies(tallies: Tally[]): Tally {
  return tallies.reduce((acc, t) => ({ correct: acc.correct + t.correct, total: acc.total + t.total }), { correct: 0, total: 0 });
}

/**
 * Precision, recall and F1 of a one-to-one matching, plus strict F1 (matches
 * whose attributes are all right). F1 = 2·matched / (gold + predicted).
 *
 * @example
 * matchSection(4, 2, 2, 1) // → { gold: 4, predicted: 2, matched: 2, precision: 1, recall: 0.5, f1: 0.6667, strict_f1: 0.3333 }
 */
export function matchSection(gold: number, predicted: number, matched: number, strict: number): MatchSection {
  return {
    gold,
    predicted,
    matched,
    precision: rate(matched, predicted),
    recall: rate(matched, gold),
    f1: rate(2 * matched, gold + predicted),
    strict_f1: rate(2 * strict, gold + predicted),
  };
}
