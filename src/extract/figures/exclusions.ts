/**
 * Numbers that look like figures but state deal terms: exchange ratios and
 * schedules ("10 hostages for each extra day", "three prisoners for every
 * hostage", "one hostage for three prisoners", "three hostages returned weekly").
 */
import type { Candidate } from "./candidate.js";
import { RATE_WORDS } from "./lexicon.js";
import { phraseAt, wordsAfter, wordsBefore } from "./words.js";

const NUMBERISH = /^(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a|an|each|every)\b/;

/**
 * True when the count is a ratio or a rate rather than a figure.
 *
 * @example
 * // "free three Palestinians for every Israeli hostage" → true for "three"
 */
export function isRateOrExchange(text: string, c: Candidate): boolean {
  const after = wordsAfter(text, c.np.end, 7);
  for (let i = 0; i < after.length; i++) if (phraseAt(after, i, RATE_WORDS, 3)) return true;
  if (after[0]?.lower === "for" && NUMBERISH.test(after[1]?.lower ?? "")) return true;
  const before = wordsBefore(text, c.qualifierStart, 6);
  const last = before[before.length - 1]?.lower;
  return (last === "for" || last === "every" || last === "per") && before.slice(0, -1).some((w) => /^\d|^one$|^a$/.test(w.lower));
}
