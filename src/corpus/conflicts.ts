import type { ReportedFigure } from "./figure-series.js";
import { rangeFell, rangesMeet, valueRange } from "./value-range.js";

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

/** Same quantity, same day, in different documents, with values that cannot both hold. */
function disagreements(group: ReportedFigure[]): Conflict[] {
  const out: Conflict[] = [];
  const byDay = new Map<string, ReportedFigure[]>();
  for (const f of group) if (f.date && f.date.length === 10) pushTo(byDay, f.date, f);
  for (const [day, figures] of byDay) {
    for (let i = 0; i < figures.length; i++) {
      for (let j = i + 1; j < figures.length; j++) {
        const [x, y] = [figures[i], figures[j]];
        if (x.doc === y.doc || x.cumulative !== y.cumulative) continue;
        if (!rangesMeet(valueRange(x.value, x.qualifier), valueRange(y.value, y.qualifier))) {
          out.push({ reason: "disagree", about: `${label(x)} on ${day}`, a: report(x), b: report(y) });
        }
      }
    }
  }
  return out;
}

/** A running total reported lower on a later day than on an earlier one. */
function decreases(group: ReportedFigure[]): Conflict[] {
  const totals = group.filter((f) => f.cumulative === true && f.date).sort((a, b) => a.date!.localeCompare(b.date!));
  const out: Conflict[] = [];
  for (let i = 0; i < totals.length; i++) {
    for (let j = i + 1; j < totals.length; j++) {
      const [earlier, later] = [totals[i], totals[j]];
      // Totals counted from different starts ("since the truce collapsed" vs
      // "since the war began") are different quantities.
      if (later.date === earlier.date || later.since !== earlier.since) continue;
      // A total that drops below half of an earlier one counts something
      // else (a later period, one town) more often than it revises it.
      if (later.value < earlier.value * MIN_REVISION_RATIO) continue;
      if (rangeFell(valueRange(earlier.value, earlier.qualifier), valueRange(later.value, later.qualifier))) {
        out.push({ reason: "decreasing", about: `${label(later)} running total`, a: report(earlier), b: report(later) });
        break; // one report per fallen value is enough to send a reader to it
      }
    }
  }
  return out;
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
