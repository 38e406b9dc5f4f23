/**
 * The days the solver scores: the union of the days each clue proposes
 * (a few weeks after each stated day, around each period's end), inside the
 * years that most year-bound clues (copyright, terms of office) allow, and
 * never after "now".
 */
import { fromDay } from "./calendar.js";
import { candidate, type Candidate, type Clue } from "./clue.js";

/** How many years back from "now" a text may date from, when nothing states its year. */
const YEARS_BACK = 15;

/** Years that satisfy the largest number of year-bound clues. */
function allowedYears(clues: Clue[], lo: number, hi: number): Set<number> {
  const votes = new Map<number, number>();
  for (let y = lo; y <= hi; y++) votes.set(y, 0);
  for (const c of clues) {
    if (!c.years) continue;
    for (const y of new Set(c.years(lo, hi))) if (votes.has(y)) votes.set(y, votes.get(y)! + 1);
  }
  const top = Math.max(...votes.values());
  return new Set([...votes].filter(([, v]) => v === top).map(([y]) => y));
}

/**
 * @example
 * candidateDays(clues, toDay(2026, 1, 1)).length // → a few hundred days, or 0 when no clue proposes any
 */
export function candidateDays(clues: Clue[], now: number): Candidate[] {
  const hi = fromDay(now).y;
  const lo = hi - YEARS_BACK;
  const years = allowedYears(clues, lo, hi);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const seen = new Set<number>();
  const out: Candidate[] = [];
  for (const clue of clues) {
    if (!clue.seeds) continue;
    for (const day of clue.seeds(first, last)) {
      if (day > now || seen.has(day)) continue;
      seen.add(day);
      const c = candidate(day);
      if (years.has(c.year)) out.push(c);
    }
  }
  return out;
}
