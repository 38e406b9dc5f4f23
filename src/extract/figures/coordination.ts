/**
 * Rules "figures/coordination", "figures/including-breakdown" and
 * "figures/exchange": a count with no trigger of its own takes the measure
 * of the count it is listed with ("25 living hostages and 30 more bodies",
 * "137 people …, including 117 men and 20 women", "freed 3 hostages in
 * exchange for 183 prisoners").
 */
import type { Candidate, Measured } from "./candidate.js";

const AND_GAP = /^\s*,?\s*(?:and|as well as|plus|or)\s+(?:another\s+|a further\s+|an additional\s+|more\s+)?$/i;
const INCLUDING_GAP = /(?:,|\(|—|–)\s*(?:including|among them|among whom|of whom|of them|mostly)\s+$/i;
// "freed 3 hostages in exchange for 183 prisoners": the other side of a swap.
const SWAP_GAP = /^[^.;,]{0,40}\bin (?:exchange|return) for\s+$/i;
// "105 hostages — 81 Israelis and 24 foreigners": a dash or colon opens the breakdown.
const APPOSITION_GAP = /^\s*[—–:(]\s*$/;

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
  const between = text.slice(prev.c.np.end, c.qualifierStart);
  if (AND_GAP.test(between)) return { from: prev, rule: "figures/coordination" };
  if (prev.measure === "released" && SWAP_GAP.test(between)) return { from: prev, rule: "figures/exchange" };
  const gap = text.slice(prev.c.num.end, c.qualifierStart);
  if (gap.length < 160 && INCLUDING_GAP.test(gap) || APPOSITION_GAP.test(between)) return { from: prev, rule: "figures/including-breakdown" };
  return null;
}
