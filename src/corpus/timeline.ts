import type { Event } from "../types.js";

/** An event as the store returns it: the extracted item plus where it was reported. */
export type ReportedEvent = Event & { doc: string; outlet: string | null; published: string | null };

export interface TimelineReport {
  doc: string;
  outlet: string | null;
  published: string | null;
  sentence: string;
  span: [number, number];
}

/** SPEC §2 timeline entry: one real-world event with every report of it. */
export interface TimelineEntry {
  id: string;
  type: string;
  date: string | null;
  actors: string[];
  targets: string[];
  place: string | null;
  modality: string;
  summary: string;
  reports: TimelineReport[];
}

// Two reports are one event when they share the type and modality, their
// dates agree (a month contains its days) and their actors overlap or one
// side names none. Undated reports are never merged: nothing ties them.
function sameEvent(entry: TimelineEntry, e: ReportedEvent): boolean {
  if (entry.type !== e.type || entry.modality !== e.modality || !entry.date || !e.date) return false;
  const [a, b] = entry.date.length <= e.date.length ? [entry.date, e.date] : [e.date, entry.date];
  if (!b.startsWith(a)) return false;
  if (entry.actors.length === 0 || e.actors.length === 0) return true;
  return e.actors.some((x) => entry.actors.includes(x));
}

function summarize(e: ReportedEvent): string {
  const who = e.actors.length ? e.actors.join(", ") : "unknown actor";
  const what = e.type.replace(/_/g, " ");
  const where = e.place ? ` in ${e.place}` : "";
  const how = e.modality === "asserted" ? "" : ` (${e.modality})`;
  return `${who}: ${what}${where}${how}`;
}

/**
 * Groups reported events into timeline entries, sorted by date (undated last).
 * Hypothetical events are left out: a timeline records what happened or is planned.
 *
 * @example
 * buildTimeline(store.listEvents()).map((t) => `${t.date} ${t.type} ×${t.reports.length}`)
 */
export function buildTimeline(events: ReportedEvent[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const e of events) {
    if (e.modality === "hypothetical") continue;
    const report: TimelineReport = { doc: e.doc, outlet: e.outlet, published: e.published, sentence: e.sentence, span: e.span };
    const found = entries.find((t) => sameEvent(t, e));
    if (found) {
      found.reports.push(report);
      for (const a of e.actors) if (!found.actors.includes(a)) found.actors.push(a);
      if (e.date && found.date && e.date.length > found.date.length) found.date = e.date;
      found.place ??= e.place;
      continue;
    }
    entries.push({
      id: `${e.type}:${e.date ?? "undated"}:${entries.length + 1}`,
      type: e.type,
      date: e.date,
      actors: [...e.actors],
      targets: [...e.targets],
      place: e.place,
      modality: e.modality,
      summary: summarize(e),
      reports: [report],
    });
  }
  const key = (t: TimelineEntry) => t.date ?? "9999";
  return entries.sort((x, y) => key(x).localeCompare(key(y)));
}
