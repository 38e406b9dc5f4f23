/**
 * Numbers that look like figures but are not: population sizes ("a
 * population of 2.3 million") and deal terms, i.e. exchange ratios and
 * schedules ("10 hostages for each extra day", "three prisoners for every
 * hostage", "one hostage for three prisoners", "three hostages returned weekly").
 */
import type { Candidate } from "./candidate.js";
import { NOT_COUNTS_BEFORE, RATE_WORDS, RELATIVE_TIME_WORDS } from "./lexicon.js";
import { phraseAt, phraseEndingAt, wordsAfter, wordsBefore } from "./words.js";

const PERIOD_PREPOSITIONS = new Set(["in", "within", "over", "during", "for", "inside", "after", "under"]);
const NUMBERISH = /^(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a|an|each|every)\b/;

/**
 * True when the count is a ratio or a rate rather than a figure.
 *
 * @example
 * // "free three Palestinians for every Israeli hostage" → true for "three"
 */
export function isRateOrExchange(text: string, c: Candidate): boolean {
  const after = wordsAfter(text, c.np.end, 7);
  for (let i = 0; i < after.length; i++) {
    // "in a week of fighting" is a period, "three a week" a rate, "327 a day earlier" neither.
    const rate = phraseAt(after, i, RATE_WORDS, 3);
    if (rate && !PERIOD_PREPOSITIONS.has(after[i - 1]?.lower ?? "") && !RELATIVE_TIME_WORDS.has(after[i + rate.length]?.lower ?? "")) return true;
  }
  if (after[0]?.lower === "for" && NUMBERISH.test(after[1]?.lower ?? "")) return true;
  const before = wordsBefore(text, c.qualifierStart, 6);
  // "a population of 2.3 million": a size, not a count of victims.
  if (phraseEndingAt(before, before.length, NOT_COUNTS_BEFORE, 4)) return true;
  const last = before[before.length - 1]?.lower;
  // "one soldier for three prisoners" is a ratio; "30 prisoners in exchange for 10 soldiers" is a swap that happened.
  const swap = /^(?:exchange|return)$/.test(before[before.length - 2]?.lower ?? "");
  return (last === "for" || last === "every" || last === "per") && !swap
    && before.slice(-5, -1).some((w) => NUMBERISH.test(w.lower) && !/^(?:each|every)$/.test(w.lower));
}
