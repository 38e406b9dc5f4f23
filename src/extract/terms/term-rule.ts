import type { Sentence } from "../../text/sentences.js";
import type { ExtractContext } from "../context.js";
import type { Term, TermKind } from "../../types.js";
import { PHASE_MENTION, phaseNumber } from "./vocabulary.js";

/** One pattern family: finds terms of one kind in a sentence that talks about a deal. */
export interface TermRule {
  name: string;
  find(sentence: Sentence, ctx: ExtractContext): Term[];
}

const PHASE = new RegExp(PHASE_MENTION, "gi");
/** How far a phase mention may sit from a term and still be the phase the term belongs to. */
const PHASE_REACH = 60;
/** Longest phase mention ("the second phase" without "the"), to widen the window by. */
const PHASE_MENTION_MAX = 20;

/**
 * The phase a stretch of a sentence belongs to: the nearest phase mention
 * within reach ("a first phase of 42 days" → 1), else null.
 *
 * @example
 * phaseNear("an extension of the first phase for 42 days", 35, 42) // → 1
 */
export function phaseNear(text: string, start: number, end: number): number | null {
  // only a window around the term is searched, so a long sentence with many terms is not rescanned for each
  const from = Math.max(0, start - PHASE_REACH - PHASE_MENTION_MAX);
  const window = text.slice(from, end + PHASE_REACH + PHASE_MENTION_MAX);
  let best: { distance: number; n: number } | null = null;
  PHASE.lastIndex = 0;
  for (let m = PHASE.exec(window); m; m = PHASE.exec(window)) {
    const mStart = from + m.index;
    const mEnd = mStart + m[0].length;
    const distance = mEnd <= start ? start - mEnd : mStart >= end ? mStart - end : 0;
    const n = phaseNumber(m[1] ?? m[2]);
    if (n !== null && distance <= PHASE_REACH && (best === null || distance < best.distance)) best = { distance, n };
  }
  return best?.n ?? null;
}

/**
 * A term from a match at `[start, end)` of the sentence text (sentence-relative offsets).
 *
 * @example
 * makeTerm(sentence, 10, 42, "duration", { days: 42 }, "terms/truce-duration")
 */
export function makeTerm(sentence: Sentence, start: number, end: number, kind: TermKind,
  values: Term["values"], rule: string, phase = phaseNear(sentence.text, start, end)): Term {
  return {
    kind, text: sentence.text.slice(start, end), values, phase,
    span: [sentence.start + start, sentence.start + end], sentence: sentence.text, rule,
  };
}

/**
 * Runs a global regex over a sentence and maps each match to at most one term.
 *
 * @example
 * eachMatch(/(\d+) trucks a day/gi, sentence, (m) => makeTerm(sentence, m.index, m.index + m[0].length, "aid", { trucks: 600, per: "day" }, "terms/aid"))
 */
export function eachMatch(re: RegExp, sentence: Sentence, build: (m: RegExpExecArray) => Term | null): Term[] {
  const out: Term[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
    const term = build(m);
    if (term) out.push(term);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}
