import type { Qualifier } from "../types.js";

/**
 * The range of true values a stated figure allows: "more than 200" is
 * (200, ∞), "some 1,200" is 1,200 give or take a tenth, a bare "251" is
 * exactly 251. Two reports contradict each other only when their ranges
 * do not meet, so "some 1,200" and "1,200" agree while "250" and "251" do not.
 */
export interface ValueRange {
  low: number;
  high: number;
  /** Whether the bounds themselves are allowed. */
  lowOpen: boolean;
  highOpen: boolean;
}

/** How far "about", "some" or "nearly" may stray from the stated number. */
const ROUGHLY = 0.1;

/**
 * @example
 * valueRange(200, "more_than") // → { low: 200, high: Infinity, lowOpen: true, highOpen: false }
 */
export function valueRange(value: number, qualifier: Qualifier): ValueRange {
  switch (qualifier) {
    case "exact": return { low: value, high: value, lowOpen: false, highOpen: false };
    case "about": return { low: value * (1 - ROUGHLY), high: value * (1 + ROUGHLY), lowOpen: false, highOpen: false };
    case "at_least": return { low: value, high: Infinity, lowOpen: false, highOpen: false };
    case "more_than": return { low: value, high: Infinity, lowOpen: true, highOpen: false };
    case "nearly": return { low: value * (1 - ROUGHLY), high: value, lowOpen: false, highOpen: true };
    case "up_to": return { low: 0, high: value, lowOpen: false, highOpen: false };
    case "fewer_than": return { low: 0, high: value, lowOpen: false, highOpen: true };
  }
}

/** Whether some value lies in both ranges. */
export function rangesMeet(a: ValueRange, b: ValueRange): boolean {
  if (a.high < b.low || b.high < a.low) return false;
  if (a.high === b.low) return !a.highOpen && !b.lowOpen;
  if (b.high === a.low) return !b.highOpen && !a.lowOpen;
  return true;
}

/** Whether every value of `later` is below every value of `earlier`: a running total that fell. */
export function rangeFell(earlier: ValueRange, later: ValueRange): boolean {
  return later.high < earlier.low || (later.high === earlier.low && (later.highOpen || earlier.lowOpen));
}
