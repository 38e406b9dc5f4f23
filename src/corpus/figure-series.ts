import type { Figure } from "../types.js";

/** A figure as the store returns it: the extracted item plus where it was reported. */
export type ReportedFigure = Figure & { doc: string; outlet: string | null; published: string | null };

export interface SeriesPoint {
  date: string | null;
  value: number;
  qualifier: string;
  cumulative: boolean | null;
  source: string | null;
  doc: string;
  outlet: string | null;
  sentence: string;
}

/** SPEC §2 figure series, keyed by (measure, subject, group, condition, place). */
export interface FigureSeries {
  key: { measure: string; subject: string; group: string | null; condition: string | null; place: string | null };
  points: SeriesPoint[];
}

/**
 * Groups figures into series and sorts each series' points by date (undated last).
 *
 * @example
 * buildSeries(store.listFigures()).map((s) => `${s.key.measure}/${s.key.subject}: ${s.points.length}`)
 */
export function buildSeries(figures: ReportedFigure[]): FigureSeries[] {
  const byKey = new Map<string, FigureSeries>();
  for (const f of figures) {
    const key = { measure: f.measure, subject: f.subject, group: f.group, condition: f.condition, place: f.place };
    const k = JSON.stringify(key);
    let series = byKey.get(k);
    if (!series) byKey.set(k, (series = { key, points: [] }));
    series.points.push({
      date: f.date,
      value: f.value,
      qualifier: f.qualifier,
      cumulative: f.cumulative,
      source: f.source,
      doc: f.doc,
      outlet: f.outlet,
      sentence: f.sentence,
    });
  }
  const date = (p: SeriesPoint) => p.date ?? "9999";
  const all = [...byKey.values()];
  for (const s of all) s.points.sort((a, b) => date(a).localeCompare(date(b)));
  return all.sort((a, b) => JSON.stringify(a.key).localeCompare(JSON.stringify(b.key)));
}

/** Qualifiers from most to least precise: a bare number beats "about", which beats a bound. */
const PRECISION = ["exact", "about", "nearly", "at_least", "more_than", "up_to", "fewer_than"];

function better(p: SeriesPoint, q: SeriesPoint): boolean {
  if (p.date !== q.date) return p.date! > q.date!;
  if (Boolean(p.cumulative) !== Boolean(q.cumulative)) return Boolean(p.cumulative);
  const [pp, qp] = [PRECISION.indexOf(p.qualifier), PRECISION.indexOf(q.qualifier)];
  if (pp !== qp) return pp < qp;
  return p.value > q.value;
}

/**
 * The best current value of a series: its latest dated point; on that day a
 * running total beats a one-day count, a precise number beats a bound, and
 * a higher total beats a lower one (tolls are revised upward). Null when no
 * point is dated.
 *
 * @example
 * latestValue(series)?.value // → 50021
 */
export function latestValue(series: FigureSeries): SeriesPoint | null {
  let best: SeriesPoint | null = null;
  for (const p of series.points) if (p.date !== null && (best === null || better(p, best))) best = p;
  return best;
}
