/**
 * The days the solver scores: the union of the days each clue proposes
 * (a few weeks after each stated day, around each period's end), inside the
 * years that most year-bound clues (copyright, terms of office) allow, and
 * never after "now"; every day of those years when they are one or two.
 */
import { fromDay, toDay, weekday } from "./calendar.js";
import { candidate, type Candidate, type Clue } from "./clue.js";

/** How many years back from "now" a text may date from, when nothing states its year. */
const YEARS_BACK = 15;
/**
 * When year-bound clues leave this few years, every day of them is scored:
 * weekdays and "earlier this month" propose no days of their own, so an
 * article whose only stated days are old background would otherwise have
 * no candidate near its DCT.
 */
const FILL_YEARS = 2;

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

/** Every day of the years `first`..`last` up to `now`, its fields counted up rather than converted per day. */
function wholeYears(first: number, last: number, now: number): Candidate[] {
  const out: Candidate[] = [];
  let day = toDay(first, 1, 1);
  let wd = weekday(day);
  for (let year = first; year <= last; year++) {
    for (let month = 1; month <= 12; month++) {
      const length = toDay(year, month + 1, 1) - toDay(year, month, 1);
      for (let dom = 1; dom <= length; dom++, day++, wd = (wd + 1) % 7) {
        if (day > now) return out;
        out.push({ day, year, month, dom, weekday: wd });
      }
    }
  }
  return out;
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
  const out: Candidate[] = [];
  if (last - first < FILL_YEARS && clues.some((c) => c.years)) return wholeYears(first, last, now);
  const seen = new Set<number>();
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
