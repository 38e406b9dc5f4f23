/**
 * The TempEval-3 entity measures: strict and relaxed span P/R/F1, and value
 * F1 over relaxed matches whose normalized values are equal.
 */

export interface SpanValue {
  start: number;
  end: number;
  value: string;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Counts for one document; summed over a corpus before rates are taken. */
export interface TimemlCounts {
  gold: number;
  predicted: number;
  strictGold: number;
  strictPredicted: number;
  relaxedGold: number;
  relaxedPredicted: number;
  valueCorrect: number;
}

const overlaps = (a: SpanValue, b: SpanValue) => a.start < b.end && b.start < a.end;

/**
 * Pairs gold and predicted expressions one to one (each gold takes the first
 * free overlapping prediction) and counts the matches of each kind.
 *
 * @example
 * countTimeml([{ start: 0, end: 5, value: "X" }], [{ start: 0, end: 5, value: "X" }]).valueCorrect // → 1
 */
export function countTimeml(gold: SpanValue[], predicted: SpanValue[]): TimemlCounts {
  return alignTimeml(gold, predicted).counts;
}

/** One gold expression and the prediction paired with it (null when none overlapped). */
export interface TimemlPair {
  gold: SpanValue;
  predicted: SpanValue | null;
}

export interface Alignment {
  counts: TimemlCounts;
  pairs: TimemlPair[];
  /** Predictions that overlapped no free gold expression. */
  spurious: SpanValue[];
}

/**
 * The one-to-one pairing behind the counts, with what stayed unpaired, so a
 * verbose run can list each miss.
 */
export function alignTimeml(gold: SpanValue[], predicted: SpanValue[]): Alignment {
  const used = new Set<number>();
  const pairs: TimemlPair[] = [];
  let relaxed = 0;
  let strict = 0;
  let valueCorrect = 0;
  for (const g of gold) {
    const i = predicted.findIndex((p, k) => !used.has(k) && overlaps(g, p));
    if (i < 0) {
      pairs.push({ gold: g, predicted: null });
      continue;
    }
    used.add(i);
    pairs.push({ gold: g, predicted: predicted[i] });
    relaxed++;
    if (predicted[i].start === g.start && predicted[i].end === g.end) strict++;
    if (predicted[i].value === g.value) valueCorrect++;
  }
  const counts = {
    gold: gold.length, predicted: predicted.length,
    strictGold: strict, strictPredicted: strict, relaxedGold: relaxed, relaxedPredicted: relaxed, valueCorrect,
  };
  return { counts, pairs, spurious: predicted.filter((_, k) => !used.has(k)) };
}

export function addCounts(a: TimemlCounts, b: TimemlCounts): TimemlCounts {
  const out = { ...a };
  for (const k of Object.keys(b) as Array<keyof TimemlCounts>) out[k] += b[k];
  return out;
}

export const ZERO_COUNTS: TimemlCounts = {
  gold: 0, predicted: 0, strictGold: 0, strictPredicted: 0, relaxedGold: 0, relaxedPredicted: 0, valueCorrect: 0,
};

const round = (x: number) => Math.round(x * 10_000) / 10_000;

function prf(matchedPredicted: number, predicted: number, matchedGold: number, gold: number): Prf {
  const precision = predicted ? matchedPredicted / predicted : 0;
  const recall = gold ? matchedGold / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

export interface TimemlScores {
  strict: Prf;
  relaxed: Prf;
  value: Prf;
}

/** Rates from summed counts. */
export function timemlScores(c: TimemlCounts): TimemlScores {
  return {
    strict: prf(c.strictPredicted, c.predicted, c.strictGold, c.gold),
    relaxed: prf(c.relaxedPredicted, c.predicted, c.relaxedGold, c.gold),
    value: prf(c.valueCorrect, c.predicted, c.valueCorrect, c.gold),
  };
}
