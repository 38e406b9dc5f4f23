/**
 * Whether a figure is a running total (SPEC: cumulative). A stock ("still
 * held") never is; a toll always is; an incident day in the figure's clause
 * makes a one-off count even when another clause says "so far"; then markers
 * ("since", "so far", "in total") and counted periods ("in the seven-day
 * pause") make a total, as does a passive perfect ("have been killed"); a
 * day carried from the sentence before makes a one-off; an active perfect
 * ("has returned 25") makes a total; a pluperfect with no period stated is
 * undeterminable.
 */
import type { Measure } from "../../types.js";
import type { Timing } from "./figure-date.js";
import { CUMULATIVE_MARKERS, PERIOD_NOUNS } from "./lexicon.js";

const MARKERS = new RegExp(`\\b(?:${CUMULATIVE_MARKERS.join("|")})\\b`, "i");
const PERIOD = new RegExp(
  `\\b(?:during|in|over|throughout|across)\\s+(?:the|this|its|their|an?|[A-Z][\\w'’-]*)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:${[...PERIOD_NOUNS].join("|")})\\b`, "i");
const PERIOD_WORD = new RegExp(`\\b(?:${[...PERIOD_NOUNS].join("|")})\\b`, "i");
const SINCE_THEN = /\bsince then\b/i;
const PERFECT_PASSIVE = /\b(?:has|have|'ve)\s+(?:\w+\s+)?been\s+$/i;
const PERFECT = /\b(?:has|have|'ve)\s+(?:\w+\s+){0,2}$/i;
const PLUPERFECT = /\bhad\s+(?:\w+\s+){0,2}$/i;
// A past or participial verb of one event: "were killed", "took", "killing four".
const ONE_OFF = /^(?:\w+ed|\w+ing|took|lost|seized|freed|were|was|died|hurt|kept|fled|slain)\b/i;

/** What the words around a count say about totals. */
export interface SentenceMarks {
  /** "since", "so far", "in total" … */
  marker: boolean;
  /** "in the seven-day pause", "during the war" */
  period: boolean;
  /** a period noun anywhere ("truce", "war") */
  periodWord: boolean;
  /** "since then": the period starts at the day of the sentence before. */
  sinceThen: boolean;
}

/**
 * Reads the total markers of a stretch of a sentence.
 *
 * @example
 * sentenceMarks("In the ten-day pause, 50 were freed.") // → { marker: false, period: true, periodWord: true, sinceThen: false }
 */
export function sentenceMarks(sentence: string): SentenceMarks {
  return { marker: MARKERS.test(sentence), period: PERIOD.test(sentence), periodWord: PERIOD_WORD.test(sentence),
    sinceThen: SINCE_THEN.test(sentence) };
}

export interface CumulativeInput {
  measure: Measure;
  rule: string;
  timing: Timing;
  /** The words just before the trigger (or before the number when there is none). */
  beforeTrigger: string;
  /** The trigger words, or the words after the noun phrase. */
  triggerText: string;
  nominal: boolean;
}

/**
 * True for a running total, false for a one-incident count or a stock, null when undeterminable.
 *
 * @example
 * cumulativeOf(sentenceMarks(sentence), { measure: "killed", rule: "figures/toll-passed", … }) // → true
 */
export function cumulativeOf(marks: SentenceMarks, f: CumulativeInput): boolean | null {
  if (f.measure === "held_captive") return false;
  if (f.rule === "figures/toll-passed") return true;
  if (f.timing.incidentIsDay) return false;
  if (f.timing.since || marks.marker || marks.period) return true;
  if (f.timing.incident) return false;
  const tail = f.beforeTrigger;
  // "… have been killed" states a running total even after a sentence about one dated attack.
  if (PERFECT_PASSIVE.test(tail)) return true;
  if (f.timing.carried) return false;
  if (PERFECT.test(tail)) return true;
  if (PLUPERFECT.test(tail)) return null;
  if (f.nominal) return marks.periodWord ? true : null;
  if (ONE_OFF.test(f.triggerText)) return false;
  return null;
}
