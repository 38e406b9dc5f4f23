import type { Conflict } from "../corpus/conflicts.js";
import type { DateConflict } from "../corpus/date-conflicts.js";
import { latestValue, type FigureSeries, type SeriesPoint } from "../corpus/figure-series.js";
import type { TimelineEntry } from "../corpus/timeline.js";
import type { Agreement } from "../corpus/agreements/index.js";

/** What a situation report says, before it is rendered as Markdown or HTML. */
export interface Situation {
  since: string | null;
  generated: string;
  documents: number;
  headlines: Array<{ label: string; point: SeriesPoint }>;
  events: TimelineEntry[];
  conflicts: Conflict[];
  /** One event that different documents date to different days. */
  dateConflicts: DateConflict[];
  agreements: Agreement[];
}

const HEADLINE_MEASURES = ["killed", "injured", "held_captive", "taken_captive", "released", "displaced", "aid_delivered"];
const MAX_HEADLINES = 12;

// A headline states where things stand: running totals, and for captives the
// number held, not one day's count.
const standing = (s: FigureSeries) => (p: SeriesPoint) => p.cumulative !== false || s.key.measure === "held_captive";

function seriesLabel(s: FigureSeries): string {
  const k = s.key;
  return [k.measure.replace(/_/g, " "), k.group, k.condition, k.subject, k.place ? `in ${k.place}` : null].filter(Boolean).join(" ");
}

/**
 * Picks what a report leads with: the latest value of the running totals
 * and stock figures, most reported series first.
 *
 * @example
 * headlineFigures(buildSeries(store.listFigures()))[0].label // → "killed palestinian people"
 */
export function headlineFigures(series: FigureSeries[]): Situation["headlines"] {
  return series
    .filter((s) => HEADLINE_MEASURES.includes(s.key.measure) && s.points.some(standing(s)))
    .sort((a, b) => b.points.length - a.points.length)
    .slice(0, MAX_HEADLINES)
    .flatMap((s) => {
      const point = latestValue({ key: s.key, points: s.points.filter(standing(s)) });
      return point ? [{ label: seriesLabel(s), point }] : [];
    });
}
