import type { ReportedFigure } from "./figure-series.js";
import { placeRelation } from "../lexicon/places.js";
import { rangeFell, rangesMeet, valueRange, type ValueRange } from "./value-range.js";

/** One side of a contradiction: the report and the words it rests on. */
export interface ConflictReport {
  doc: string;
  outlet: string | null;
  date: string | null;
  value: number;
  qualifier: string;
  source: string | null;
  sentence: string;
}

/** SPEC §2 conflict: two reports that cannot both be true. */
export interface Conflict {
  reason: "disagree" | "decreasing" | "date";
  /** What is contradicted, e.g. "taken_captive hostages on 2023-10-07". */
  about: string;
  a: ConflictReport;
  b: ConflictReport;
}

const MIN_REVISION_RATIO = 0.5;

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function report(f: ReportedFigure): ConflictReport {
  return { doc: f.doc, outlet: f.outlet, date: f.date, value: f.value, qualifier: f.qualifier, source: f.source, sentence: f.sentence };
}

// Place is left out of the key on purpose: one outlet writes "killed in
// Gaza" and another just "killed" about the same count.
function seriesKey(f: ReportedFigure): string {
  return [f.measure, f.subject, f.group ?? "", f.condition ?? ""].join("|");
}

function label(f: ReportedFigure): string {
  return [f.measure, f.group, f.condition, f.subject].filter(Boolean).join(" ");
}

// Figures stated for two distinct places ("in Rafah", "in Khan Younis") count
// different things; a figure without a place may count either.
function samePlaceOrUnstated(x: ReportedFigure, y: ReportedFigure): boolean {
  const relation = placeRelation(x.place, y.place);
  return relation === "same" || relation === "unknown";
}

/**
 * Same quantity, same day, in different documents, with values that cannot
 * both hold. Reports stating the very same claim (value, qualifier, kind,
 * place) are one claim: a contradiction is shown once per pair of claims,
 * however many outlets repeat each side, which also keeps the comparison
 * to the few distinct claims of a day.
 */
function disagreements(group: ReportedFigure[]): Conflict[] {
  const out: Conflict[] = [];
  const byDay = new Map<string, Map<string, ReportedFigure[]>>();
  for (const f of group) {
    if (!f.date || f.date.length !== 10) continue;
    let claims = byDay.get(f.date);
    if (!claims) byDay.set(f.date, (claims = new Map()));
    pushTo(claims, `${f.value}|${f.qualifier}|${f.cumulative}|${f.place ?? ""}`, f);
  }
  for (const [day, claims] of byDay) {
    const list = [...claims.values()];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [x, y] = [list[i][0], list[j][0]];
        if (x.cumulative !== y.cumulative || !samePlaceOrUnstated(x, y)) continue;
        if (rangesMeet(valueRange(x.value, x.qualifier), valueRange(y.value, y.qualifier))) continue;
        // one document never contradicts itself: take the other side from another document when one exists
        const other = list[j].find((f) => f.doc !== x.doc);
        if (other) out.push({ reason: "disagree", about: `${label(x)} on ${day}`, a: report(x), b: report(other) });
      }
    }
  }
  return out;
}

interface OpenTotal { f: ReportedFigure; range: ValueRange }

/**
 * A running total reported lower on a later day than on an earlier one:
 * each earlier total is paired with the first later one that fell below it.
 * Totals still waiting for a fall are kept sorted by their lower bound, so a
 * new total only looks at those above it and a rising series costs n log n.
 */
function decreases(group: ReportedFigure[]): Conflict[] {
  const out: Conflict[] = [];
  const bySince = new Map<string, ReportedFigure[]>();
  // Totals counted from different starts ("since the truce collapsed" vs
  // "since the war began") are different quantities.
  for (const f of group) if (f.cumulative === true && f.date) pushTo(bySince, f.since ?? "", f);
  for (const totals of bySince.values()) {
    totals.sort((a, b) => a.date!.localeCompare(b.date!));
    const open: OpenTotal[] = [];
    for (let i = 0; i < totals.length; ) {
      let end = i;
      while (end < totals.length && totals[end].date === totals[i].date) end++;
      const day = totals.slice(i, end).map((f) => ({ f, range: valueRange(f.value, f.qualifier) }));
      for (const later of day) {
        for (let k = open.length - 1; k >= 0 && open[k].range.low >= later.range.high; k--) {
          const earlier = open[k];
          // A total below half of an earlier one counts something else (a
          // later period, one town) more often than it revises it.
          if (later.f.value < earlier.f.value * MIN_REVISION_RATIO || !rangeFell(earlier.range, later.range)) continue;
          out.push({ reason: "decreasing", about: `${label(later.f)} running total`, a: report(earlier.f), b: report(later.f) });
          open.splice(k, 1); // one report per fallen value is enough to send a reader to it
        }
      }
      for (const t of day) open.splice(insertionPoint(open, t.range.low), 0, t);
      i = end;
    }
  }
  return out;
}

function insertionPoint(open: OpenTotal[], low: number): number {
  let [lo, hi] = [0, open.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (open[mid].range.low <= low) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Finds figures that contradict each other across documents: `disagree`
 * (same quantity and day, incompatible values) and `decreasing` (a running
 * total that falls over time). Qualifiers are respected: "more than 200"
 * agrees with 251, "some 1,200" with 1,200.
 *
 * @example
 * findFigureConflicts(store.listFigures()).filter((c) => c.reason === "disagree")
 */
export function findFigureConflicts(figures: ReportedFigure[]): Conflict[] {
  const groups = new Map<string, ReportedFigure[]>();
  for (const f of figures) pushTo(groups, seriesKey(f), f);
  return [...groups.values()].flatMap((g) => [...disagreements(g), ...decreases(g)]);
}
