/**
 * The publication date (DCT) of a document: handed over by the user, read
 * from metadata, or inferred from the text by scoring candidate days against
 * clues (SPEC §1 "published").
 */
import { recognizeTimes } from "../extract/times/recognize.js";
import type { AnalyzedText } from "../text/analyzed-text.js";
import type { Published } from "../types.js";
import { parseIsoDay } from "./calendar.js";
import { candidateDays } from "./candidates.js";
import { mergeClues, type Clue, type ClueCollector, type ClueContext } from "./clue.js";
import { copyrightClues } from "./clues/copyright.js";
import { daysFromNowClues } from "./clues/days-from-now.js";
import { pageStampClues } from "./clues/page-stamp.js";
import { fullDateClues } from "./clues/full-date.js";
import { monthDayClues } from "./clues/month-day.js";
import { monthNameClues } from "./clues/month-name.js";
import { namedDayClues } from "./clues/named-day.js";
import { officeTermClues } from "./clues/office-term.js";
import { periodDurationClues } from "./clues/period-duration.js";
import { relativePeriodClues } from "./clues/relative-period.js";
import { weekdayClues } from "./clues/weekday.js";
import { solve } from "./solve.js";

const COLLECTORS: ClueCollector[] = [
  pageStampClues, fullDateClues, monthDayClues, weekdayClues, monthNameClues, relativePeriodClues,
  periodDurationClues, copyrightClues, officeTermClues, namedDayClues, daysFromNowClues,
];

/**
 * Clues are read from the head of the text only: an article states its dates
 * early, and the solver's cost grows with clues × candidate days, so a huge
 * input (a whole feed pasted as one text) must not make it quadratic.
 */
const CLUE_WINDOW = 30_000;

const UNKNOWN: Published = { date: null, how: "unknown", confidence: 0, evidence: [] };

/** "YYYY-MM-DD" of a metadata date: an ISO prefix as written, else whatever Date.parse reads (RFC 2822 feeds). */
function normalizeDate(raw: string | null): string | null {
  if (!raw) return null;
  const iso = /^\s*(\d{4}-\d{2}-\d{2})/.exec(raw);
  if (iso) return parseIsoDay(iso[1]) === null ? null : iso[1];
  const ms = Date.parse(raw);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10);
}

/**
 * Every clue the document offers about its DCT; `now` is an epoch day.
 *
 * @example
 * collectClues(new AnalyzedText("KYIV, March 5 — Drones struck on Tuesday."), [], toDay(2026, 1, 1)).map(c => c.kind)
 * // → ["dateline", "weekday"]
 */
export function collectClues(doc: AnalyzedText, boilerplate: string[], now: number): Clue[] {
  const mentions = recognizeTimes(doc).filter((t) => t.start < CLUE_WINDOW);
  const ctx: ClueContext = { doc, mentions, now, boilerplate };
  return mergeClues(COLLECTORS.flatMap((collect) => collect(ctx)));
}

/**
 * @example
 * inferPublished(new AnalyzedText("The truce collapsed on Tuesday, two months after it began on January 19. © 2025"),
 *   { given: null, meta: null }).date // → "2025-03-18" or a day or two after
 */
export function inferPublished(
  doc: AnalyzedText,
  hints: { given: string | null; meta: string | null; boilerplate?: string[]; now?: Date },
): Published {
  const given = normalizeDate(hints.given);
  if (given) return { date: given, how: "given", confidence: 1, evidence: ["given"] };
  const meta = normalizeDate(hints.meta);
  if (meta) return { date: meta, how: "metadata", confidence: 0.95, evidence: [`metadata ${hints.meta}`] };
  try {
    const now = Math.floor((hints.now ?? new Date()).getTime() / 86_400_000);
    const clues = collectClues(doc, hints.boilerplate ?? [], now);
    const solution = solve(clues, candidateDays(clues, now));
    if (!solution) return UNKNOWN;
    return { date: solution.date, how: "inferred", confidence: solution.confidence, evidence: solution.evidence };
  } catch {
    // Extractors never throw: a failure in a clue leaves the date unknown rather than stopping the pipeline.
    return UNKNOWN;
  }
}
