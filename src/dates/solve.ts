/**
 * Picks the DCT: the candidate day with the highest weighted sum of log
 * plausibilities over all clues. Exact ties that lie a year or more apart go
 * to the latest, so that an otherwise undetermined year is the most recent
 * one; ties within weeks go to the earliest day, the one closest to the
 * events the text reports.
 */
import { isoDay } from "./calendar.js";
import type { Candidate, Clue } from "./clue.js";

export interface Solution {
  date: string;
  confidence: number;
  evidence: string[];
}

const MAX_EVIDENCE = 6;
const AGREES = 0.5;
/** Tied candidates closer than this belong to one reading of the text, farther ones to another year. */
const SAME_SEASON = 200;

function score(clues: Clue[], c: Candidate): number {
  let s = 0;
  for (const clue of clues) s += clue.weight * Math.log(clue.fit(c));
  return s;
}

/**
 * @example
 * solve(clues, candidates) // → { date: "2025-03-21", confidence: 0.74, evidence: ["on Tuesday (past) → Tuesday 2025-03-18", …] }
 */
export function solve(clues: Clue[], candidates: Candidate[]): Solution | null {
  if (candidates.length === 0 || clues.length === 0) return null;
  const scored = candidates.map((c) => ({ c, s: score(clues, c) }));
  let top = -Infinity;
  for (const x of scored) if (x.s > top) top = x.s;
  const tied = scored.filter((x) => x.s >= top - 1e-9).sort((a, b) => a.c.day - b.c.day);
  let i = tied.length - 1;
  while (i > 0 && tied[i].c.day - tied[i - 1].c.day < SAME_SEASON) i--;
  const best = tied[i];
  // The strongest rival more than a day away: the ±1-day neighbours are not competitors.
  let rival = -Infinity;
  for (const x of scored) if (Math.abs(x.c.day - best.c.day) > 1 && x.s > rival) rival = x.s;
  const margin = rival === -Infinity ? 1 : 1 / (1 + Math.exp(rival - best.s));
  const agreeing = clues.filter((clue) => clue.fit(best.c) >= AGREES);
  const agreeShare = agreeing.reduce((a, k) => a + k.weight, 0) / clues.reduce((a, k) => a + k.weight, 0);
  const confidence = Math.round(Math.min(0.9, 0.1 + 0.8 * margin * agreeShare) * 100) / 100;
  const evidence = [...new Set(
    [...agreeing].sort((a, b) => b.weight - a.weight).map((clue) => clue.explain(best.c)),
  )].slice(0, MAX_EVIDENCE);
  return { date: isoDay(best.c.day), confidence, evidence };
}
