/** A number under consideration inside one sentence, and what the rules found about it. */
import type { Measure, Qualifier, Subject } from "../../types.js";
import type { NumberToken } from "../../text/numbers.js";
import type { NounPhrase } from "./noun-phrase.js";

/** Offsets are relative to the sentence text. */
export interface Candidate {
  num: NumberToken;
  np: NounPhrase;
  qualifier: Qualifier;
  /** Start of the hedge words, or of the number. */
  qualifierStart: number;
  /** Where the next count of the sentence starts (the text length for the last): totals markers after it belong to that count. */
  nextStart: number;
}

/** A measure found by a rule, with the words that gave it. */
export interface MeasureHit {
  measure: Measure;
  rule: string;
  trigger: [number, number] | null;
  /** The trigger follows the noun with no word between ("prisoners held by …"): it may only describe them. */
  reduced?: boolean;
  /** The trigger names part of the count just stated ("the dead included …"). */
  breakdown?: boolean;
}

/** A candidate that states a figure. */
export interface Measured extends MeasureHit {
  c: Candidate;
  group: string | null;
  subject: Subject | null;
  qualifier: Qualifier;
  /** "the release of N": dated only by a time after it. */
  nominal: boolean;
  /** The figure this one was listed with; it shares that figure's time and total. */
  parent: Measured | null;
}
