import type { TimelineEntry } from "../corpus/timeline.js";
import type { ReportedFigure } from "../corpus/figure-series.js";
import { resolvePlace } from "../lexicon/places.js";

/** One timeline entry in the columns ACLED users know. */
export interface AcledRow {
  event_date: string | null;
  event_type: string;
  actor1: string | null;
  actor2: string | null;
  location: string | null;
  latitude: number | null;
  longitude: number | null;
  fatalities: number | null;
  source: string;
  notes: string;
}

export const ACLED_COLUMNS = ["event_date", "event_type", "actor1", "actor2", "location", "latitude", "longitude",
  "fatalities", "source", "notes"] as const;

/** Event types that kill; a truce or a release sharing a sentence with a toll did not cause it. */
const VIOLENT = new Set(["attack", "ground_operation", "hostage_taking"]);

// Deaths are credited to an event only when a report of it states them in
// the same sentence: a toll elsewhere in the article may count another day.
function fatalities(entry: TimelineEntry, killedBySentence: Map<string, number>): number | null {
  if (!VIOLENT.has(entry.type)) return null;
  let best: number | null = null;
  for (const r of entry.reports) {
    const n = killedBySentence.get(`${r.doc}\u0000${r.sentence}`);
    if (n !== undefined && (best === null || n > best)) best = n;
  }
  return best;
}

/**
 * Timeline entries as ACLED-style rows, located through the gazetteer.
 *
 * @example
 * toAcledRows(buildTimeline(store.listEvents()), store.listFigures())[0].event_date
 */
export function toAcledRows(entries: TimelineEntry[], figures: ReportedFigure[]): AcledRow[] {
  const killedBySentence = new Map<string, number>();
  for (const f of figures) {
    if (f.measure !== "killed" || f.cumulative === true) continue;
    const key = `${f.doc}\u0000${f.sentence}`;
    killedBySentence.set(key, Math.max(killedBySentence.get(key) ?? 0, f.value));
  }
  return entries.map((t) => {
    const place = t.place ? resolvePlace(t.place) : null;
    const outlets = [...new Set(t.reports.map((r) => r.outlet ?? r.doc))];
    return {
      event_date: t.date,
      event_type: t.type,
      actor1: t.actors[0] ?? null,
      actor2: t.targets[0] ?? t.actors[1] ?? null,
      location: t.place,
      latitude: place?.lat ?? null,
      longitude: place?.lon ?? null,
      fatalities: fatalities(t, killedBySentence),
      source: outlets.join("; "),
      notes: t.reports[0].sentence,
    };
  });
}
