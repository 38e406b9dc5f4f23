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

/**
 * How plausible it is that a past event stated as a day happened `gap` days
 * before the DCT: news reports mostly what happened today or yesterday.
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
  if (gap <= 365) return 0.12;
  return 0.12 * Math.exp(-(gap - 365) / 730);
}

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
  if (ahead === 0) return 0.4;
  if (ahead <= 7) return 0.5;
  if (ahead <= 14) return 0.4;
  if (ahead <= 60) return 0.3;
  return 0.15;
}

export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
