/**
 * Whether a figure is a running total (SPEC: cumulative). Markers of a total
 * win ("since", "so far", a toll); an incident day in the clause makes a
 * one-off count; a counted period ("in the seven-day pause") or a perfect
 * tense ("has returned 25") makes a total; a stock ("still held") is never one.
 */
import type { Measure } from "../../types.js";
import type { Timing } from "./figure-date.js";
import { CUMULATIVE_MARKERS, PERIOD_NOUNS } from "./lexicon.js";

const MARKERS = new RegExp(`\\b(?:${CUMULATIVE_MARKERS.join("|")})\\b`, "i");
const PERIOD = new RegExp(
  `\\b(?:during|in|over|throughout|across)\\s+(?:the|this|its|their|[A-Z][\\w'’-]*)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:${[...PERIOD_NOUNS].join("|")})\\b`, "i");
const PERIOD_WORD = new RegExp(`\\b(?:${[...PERIOD_NOUNS].join("|")})\\b`, "i");
const PERFECT = /\b(?:has|have|'ve)\s+(?:\w+\s+){0,2}$/i;
const PLUPERFECT = /\bhad\s+(?:\w+\s+){0,2}$/i;
const SIMPLE_PAST = /^(?:\w+ed|took|lost|seized|freed|were|was|died|hurt|kept)\b/i;

export interface CumulativeInput {
  measure: Measure;
  rule: string;
  timing: Timing;
  /** The sentence text before the trigger (or before the number when there is none). */
  beforeTrigger: string;
  /** The trigger words, or the words after the noun phrase. */
  triggerText: string;
  nominal: boolean;
}

/**
 * True for a running total, false for a one-incident count or a stock, null when undeterminable.
 *
 * @example
 * cumulativeOf(sentence, { measure: "killed", rule: "figures/toll-passed", … }) // → true
 */
export function cumulativeOf(sentence: string, f: CumulativeInput): boolean | null {
  if (f.measure === "held_captive") return false;
  if (f.rule === "figures/toll-passed") return true;
  if (f.timing.incidentIsDay) return false;
  if (f.timing.since || MARKERS.test(sentence)) return true;
  if (f.timing.incident) return false;
  if (PERIOD.test(sentence)) return true;
  if (f.timing.carried) return false;
  const tail = f.beforeTrigger.slice(-30);
  if (PERFECT.test(tail)) return true;
  if (PLUPERFECT.test(tail)) return null;
  if (f.nominal) return PERIOD_WORD.test(sentence) ? true : null;
  if (SIMPLE_PAST.test(f.triggerText)) return false;
  return null;
}
