/**
 * Rules "figures/coordination" and "figures/including-breakdown": a count
 * with no trigger of its own takes the measure of the count it is listed
 * with ("25 living hostages and 30 more bodies", "137 people …, including
 * 117 men and 20 women").
 */
import type { Candidate, Measured } from "./candidate.js";

const AND_GAP = /^\s*,?\s*(?:and|as well as|plus|or)\s+(?:another\s+|a further\s+|an additional\s+|more\s+)?$/i;
const INCLUDING_GAP = /(?:,|\(|—|–)\s*(?:including|among them|among whom|of whom|of them|mostly)\s+$/i;

export interface Inherited {
  from: Measured;
  rule: string;
}

/**
 * The earlier candidate whose measure `c` takes, or null.
 *
 * @example
 * // "… still being held hostage, including 117 men and 20 women": 117 ← 137, 20 ← 117
 */
export function inheritedFrom(text: string, earlier: Measured[], c: Candidate): Inherited | null {
  const prev = earlier[earlier.length - 1];
  if (!prev) return null;
  if (AND_GAP.test(text.slice(prev.c.np.end, c.qualifierStart))) return { from: prev, rule: "figures/coordination" };
  const gap = text.slice(prev.c.num.end, c.qualifierStart);
  if (gap.length < 160 && INCLUDING_GAP.test(gap)) return { from: prev, rule: "figures/including-breakdown" };
  return null;
}
