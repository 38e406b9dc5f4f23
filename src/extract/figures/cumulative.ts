/**
 * Whether a figure is a running total (SPEC: cumulative). A stock ("still
 * held") never is; a toll always is; an incident day in the figure's clause
 * makes a one-off count even when another clause says "so far"; then markers
 * ("since", "so far", "in total") and counted periods ("in the seven-day
 * pause") make a total, as does a passive perfect ("have been killed"); a
 * day carried from the sentence before makes a one-off; a mass displacement with no day of its own is a
 * tally; an active perfect ("has returned 25") makes a total; a pluperfect with no period stated is
 * undeterminable. The missing still missing are a state on the report's date, counted like a total.
 */
import type { Measure } from "../../types.js";
import type { Timing } from "./figure-date.js";
import { AGGREGATE_NOMINALS, CUMULATIVE_MARKERS, INCIDENT_NOUNS, ONE_OFF_NOMINALS, PERIOD_NOUNS, TALLY_MEASURES } from "./lexicon.js";

const MARKERS = new RegExp(`\\b(?:${CUMULATIVE_MARKERS.join("|")})\\b`, "i");
// "over the last week" counts a period; "in the fighting last week" is a noun dated by "last week".
const PERIOD = new RegExp(
  `\\b(?:during|in|over|throughout|across)\\s+(?:the|this|its|their|an?|[A-Z][\\w'’-]*)\\s+(?:(?:last|past|next|first)\\s+)?` +
  `(?:(?!(?:last|this|next)\\s)[\\w'’-]+\\s+){0,3}?(?:${[...PERIOD_NOUNS].join("|")})\\b`, "i");
const PERIOD_WORD = new RegExp(`\\b(?:${[...PERIOD_NOUNS].join("|")})\\b`, "i");
const SINCE_THEN = /\bsince then\b/i;
// "the largest swap since 2020" compares; it counts no period.
// "one of the heaviest attacks on the capital since …": a few words may stand between.
const SUPERLATIVE_BEFORE = /\b(?:[a-z]+est|first|worst|most\s+[a-z]+)\s+(?:[\w-]+\s+){0,4}$/i;
const SUPERLATIVE_SINCE = /\b(?:[a-z]+est|first|worst|most\s+[a-z]+)\s+(?:[\w-]+\s+){0,4}since\b/gi;
const SINCE_WORD = /\bsince\b/i;
const PERFECT_TRIGGER = /^(?:has|have|'ve)\s/i;
const RESULT = /\b(?:left|leaving)\s+[^,;]{0,25}$/i;
const PERFECT_PASSIVE = /\b(?:has|have|'ve)\s+(?:\w+\s+)?been\s+$/i;
const PERFECT = /\b(?:has|have|'ve)\s+(?:\w+\s+){0,2}$/i;
const PLUPERFECT = /\bhad\s+(?:\w+\s+){0,2}$/i;
// A past or participial verb of one event: "were killed", "took", "killing four".
// "11 others remain missing": a state that holds on the report's date.
const PRESENT_STATE = /^(?:remain|remains|still|are|is)\s/i;
const ONE_OFF = /^(?:\w+ed|\w+ing|took|lost|seized|freed|were|was|died|hurt|kept|fled|slain)\b/i;

/**
 * True when the "since" ending `before` compares ("the heaviest attack since 2022") rather than opens a counted period.
 *
 * @example
 * comparesSince("one of the heaviest attacks on the capital since") // → true
 */
export function comparesSince(before: string): boolean {
  const since = before.search(/\bsince\b[^]*$/i);
  return since >= 0 && SUPERLATIVE_BEFORE.test(before.slice(Math.max(0, since - 60), since));
}

const INCIDENT_SUBJECT = new RegExp(`\\b(?:${[...INCIDENT_NOUNS].join("|")})\\b`, "i");
const CLAUSE_TAIL = /(?:^|[,;:]|\bthat\b)([^,;:]*)$/i;
// "as thousands surged", "after guards used pepper spray": a clause that tells the event.
const EVENT_AFTER = /^[^.;]{0,60}?\b(?:as|after|when)\s+(?!of\b)(?:[\w'’-]+\s+){1,3}?(?:[a-z]+ed|hit|struck|fell|broke|shot|opened|fired|shut|began|ran)\b/i;

const ESTIMATE_BEFORE = /\b(?:estimated|estimates|estimate|assessed|assesses|calculated|calculates)\b[^;]*$/i;

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
  let marker = MARKERS.test(sentence);
  const since = marker ? sentence.search(SINCE_WORD) : -1;
  if (since >= 0 && SUPERLATIVE_BEFORE.test(sentence.slice(Math.max(0, since - 60), since))) {
    marker = MARKERS.test(sentence.replace(SUPERLATIVE_SINCE, ""));
  }
  // The period pattern needs a period noun, so the cheap word test goes first.
  const periodWord = PERIOD_WORD.test(sentence);
  return { marker, period: periodWord && PERIOD.test(sentence), periodWord, sinceThen: marker && SINCE_THEN.test(sentence) };
}

export interface CumulativeInput {
  measure: Measure;
  value: number;
  rule: string;
  timing: Timing;
  /** The words just before the trigger (or before the number when there is none). */
  beforeTrigger: string;
  /** The trigger words, or the words after the noun phrase. */
  triggerText: string;
  nominal: boolean;
  /** Up to 120 characters before the trigger: the clause whose subject did the counted harm. */
  clauseBefore: string;
  /** Up to 100 characters after the trigger (or the noun phrase). */
  after: string;
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
  if (f.measure === "missing" && PRESENT_STATE.test(f.triggerText)) return true;
  if (f.timing.incidentIsDay || f.timing.closed) return false;
  // "in an offensive in September 2023, after which 100,000 fled": a dated period told in the simple past is one event.
  if (f.timing.incident && marks.period && !marks.marker && !f.timing.since && !f.timing.asOf && ONE_OFF.test(f.triggerText)) return false;
  // "As of Thursday, 1,850 had been freed": a total on that day.
  if (f.timing.since || f.timing.asOf || marks.marker || marks.period) return true;
  // "its troops have freed 3,000 this week": a perfect over a week or a month is a running count.
  if (f.timing.incident && !f.timing.incidentIsDay && (PERFECT.test(f.beforeTrigger) || PERFECT_TRIGGER.test(f.triggerText))) return true;
  if (f.timing.incident) return false;
  const tail = f.beforeTrigger;
  // "… have been killed" states a running total even after a sentence about one dated attack.
  if (PERFECT_PASSIVE.test(tail)) return true;
  if (f.timing.carried) return false;
  // "1.2 million people were displaced": with no day of its own, a mass displacement is the war's tally.
  if (f.value >= (TALLY_MEASURES.get(f.measure) ?? Infinity)) return true;
  if (PERFECT.test(tail) || PERFECT_TRIGGER.test(f.triggerText)) return true;
  // "the blast left 25 dead": the toll of one event.
  if (RESULT.test(tail)) return false;
  // "the strikes … had also wounded eight", "21 had died … after guards shut the gates": one event's toll.
  if (PLUPERFECT.test(tail) && (INCIDENT_SUBJECT.test(CLAUSE_TAIL.exec(f.clauseBefore)?.[1] ?? "") || EVENT_AFTER.test(f.after))) return false;
  // "the agency estimated that 300 had been killed": an estimate is of a total.
  if (PLUPERFECT.test(tail) && ESTIMATE_BEFORE.test(f.clauseBefore)) return true;
  if (PLUPERFECT.test(tail)) return null;
  // "the release of 110 … during the truce", "completing an exchange of 900": the total of a process.
  if (f.nominal && ONE_OFF_NOMINALS.has(f.triggerText.toLowerCase())) return false;
  if (f.nominal) return marks.periodWord || AGGREGATE_NOMINALS.has(f.triggerText.toLowerCase()) ? true : null;
  if (ONE_OFF.test(f.triggerText)) return false;
  return null;
}
