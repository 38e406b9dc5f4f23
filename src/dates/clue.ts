/**
 * The shapes the publication-date solver works with. A clue collector reads
 * the document and returns clues; each clue rates how plausible a candidate
 * day is as the DCT. The solver multiplies the ratings (adds their logs).
 */
import type { TimeMention } from "../extract/times/mention.js";
import type { AnalyzedText } from "../text/analyzed-text.js";
import { fromDay, weekday } from "./calendar.js";

/** A candidate DCT with its calendar fields computed once. */
export interface Candidate {
  day: number;
  year: number;
  month: number;
  dom: number;
  weekday: number;
}

export interface Clue {
  kind: string;
  /** The words the clue rests on. */
  text: string;
  weight: number;
  /** Plausibility of the candidate as the DCT, in (0, 1]. */
  fit(c: Candidate): number;
  /** Days near which the DCT probably lies, for candidate years lo..hi. */
  seeds?(lo: number, hi: number): number[];
  /** Years the clue allows, when it speaks about years at all (copyright, terms of office). */
  years?(lo: number, hi: number): number[];
  /** One line of evidence for the chosen day. */
  explain(c: Candidate): string;
  /** Clues with equal keys rate every day alike ("on Sunday" said twice), so they are scored once. */
  key?: string;
}

/**
 * Folds clues that share a key into one whose weight is their sum: the same
 * score, at a fraction of the cost on long texts that repeat their weekdays.
 *
 * @example
 * mergeClues([sunday, sunday, copyright]).length // → 2, the Sunday clue with weight 2
 */
export function mergeClues(clues: Clue[]): Clue[] {
  const byKey = new Map<string, Clue>();
  const out: Clue[] = [];
  for (const clue of clues) {
    const known = clue.key === undefined ? undefined : byKey.get(clue.key);
    if (known) { known.weight += clue.weight; continue; }
    const own = { ...clue };
    if (clue.key !== undefined) byKey.set(clue.key, own);
    out.push(own);
  }
  return out;
}

export interface ClueContext {
  doc: AnalyzedText;
  mentions: TimeMention[];
  /** "Now" as an epoch day: no DCT is after it. */
  now: number;
  /** Boilerplate lines cleaning removed (copyright notices carry the year). */
  boilerplate: string[];
}

export type ClueCollector = (ctx: ClueContext) => Clue[];

/**
 * @example
 * candidate(toDay(2025, 3, 21)).weekday // → 5
 */
export function candidate(day: number): Candidate {
  const { y, m, d } = fromDay(day);
  return { day, year: y, month: m, dom: d, weekday: weekday(day) };
}

/**
 * Consecutive days from `from` to `to` inclusive.
 *
 * @example
 * dayRange(3, 5) // → [3, 4, 5]
 */
export function dayRange(from: number, to: number): number[] {
  const out: number[] = [];
  for (let d = from; d <= to; d++) out.push(d);
  return out;
}

// How long a background day rates all later days alike.
const BACKGROUND_YEARS = 2;

/**
 * How plausible it is that a past event stated as a day happened `gap` days
 * before the DCT: news reports mostly what happened today or yesterday.
 * Beyond a month a stated day is background ("the war that began on …"):
 * it only bounds the DCT from below, and so rates all later days alike,
 * fading only over years so that a text without a stated year stays near it.
 *
 * @example
 * pastDayFit(1) // → 0.6
 */
export function pastDayFit(gap: number): number {
  if (gap < 0) return 0.03;
  if (gap <= 1) return gap === 0 ? 0.55 : 0.6;
  if (gap === 2) return 0.4;
  if (gap <= 6) return 0.3;
  if (gap <= 30) return 0.2;
  if (gap <= BACKGROUND_YEARS * 365) return 0.15;
  return 0.15 * Math.exp(-(gap - BACKGROUND_YEARS * 365) / 1460);
}

/**
 * For a day named in a clause without tense ("by June 15", "the May 20
 * capture"): it may lie on either side of the DCT, though news leans back.
 *
 * @example
 * eitherDayFit(-5) // → 0.25 (five days ahead)
 */
export function eitherDayFit(gap: number): number {
  return gap >= 0 ? pastDayFit(gap) : NEUTRAL_AHEAD * futureDayFit(-gap);
}

const NEUTRAL_AHEAD = 0.5;

/**
 * For "since October 7": the start of a state that still holds, seldom the DCT itself.
 *
 * @example
 * sinceDayFit(0) // → 0.2
 */
export function sinceDayFit(gap: number): number {
  if (gap < 0) return 0.03;
  if (gap === 0) return 0.2;
  return gap <= 60 ? 0.3 : 0.15;
}

/**
 * The same for a planned event stated as a day `ahead` days after the DCT.
 *
 * @example
 * futureDayFit(3) // → 0.5
 */
export function futureDayFit(ahead: number): number {
  if (ahead < 0) return 0.05;
  // What is planned for today is mostly reported as happening, in the past or present tense.
  if (ahead === 0) return 0.25;
  // Plans are announced days to weeks ahead: a planned day bounds the DCT from above, and pulls it little.
  if (ahead <= 7) return 0.5;
  if (ahead <= 14) return 0.45;
  if (ahead <= 60) return 0.35;
  return 0.2;
}

export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
