/**
 * Item ↔ row conversion: items become named statement parameters, rows
 * become items. Rows are flat (span split in two, arrays as JSON,
 * booleans as 0/1) because SQLite has no tuples, lists or booleans; reading a
 * row back must give a value deepEqual to the item that was saved.
 */
import type { Condition, Event, EventType, Figure, Measure, Modality, Qualifier, Stance, Subject, Term, TermKind, Time, TimeKind } from "../types.js";

/** Row fields shared by every item table. */
interface EvidenceRow {
  doc_id: string;
  seq: number;
  span_start: number;
  span_end: number;
  sentence: string;
  rule: string;
}

export interface TimeRow extends EvidenceRow { text: string; value: string; kind: TimeKind; time_of_day: string | null; points_to: string | null }

export interface FigureRow extends EvidenceRow {
  measure: Measure; subject: Subject; group: string | null; condition: Condition | null;
  value: number; qualifier: Qualifier; cumulative: 0 | 1 | null;
  date: string | null; since: string | null; place: string | null; source: string | null;
}

export interface EventRow extends EvidenceRow {
  type: EventType; date: string | null; date_text: string | null; actors: string; targets: string;
  place: string | null; modality: Modality; stance: Stance | null;
}

export interface TermRow extends EvidenceRow {
  kind: TermKind; text: string; values: string; phase: number | null;
}

/**
 * An INSERT with one named parameter per column.
 *
 * @example
 * insertSql("times", ["doc_id", "seq"]) // → 'INSERT INTO times ("doc_id", "seq") VALUES (@doc_id, @seq)'
 */
export function insertSql(table: string, columns: readonly string[]): string {
  const quoted = columns.map((c) => `"${c}"`).join(", ");
  return `INSERT INTO ${table} (${quoted}) VALUES (${columns.map((c) => `@${c}`).join(", ")})`;
}

export const TIME_COLUMNS = ["doc_id", "seq", "span_start", "span_end", "sentence", "rule", "text", "value", "kind", "time_of_day",
  "points_to"] as const;
export const FIGURE_COLUMNS = ["doc_id", "seq", "span_start", "span_end", "sentence", "rule", "measure", "subject",
  "group", "condition", "value", "qualifier", "cumulative", "date", "since", "place", "source"] as const;
export const EVENT_COLUMNS = ["doc_id", "seq", "span_start", "span_end", "sentence", "rule", "type", "date",
  "date_text", "actors", "targets", "place", "modality", "stance"] as const;
export const TERM_COLUMNS = ["doc_id", "seq", "span_start", "span_end", "sentence", "rule", "kind", "text", "values",
  "phase"] as const;

/*
 * `?? null` everywhere: a field missing from a malformed item becomes NULL, so
 * a NOT NULL column rejects it and the whole document's transaction rolls back.
 */
type Params = Record<string, unknown>;

function evidenceParams(docId: string, seq: number, item: Time | Figure | Event | Term): Params {
  return { doc_id: docId, seq, span_start: item.span?.[0] ?? null, span_end: item.span?.[1] ?? null,
    sentence: item.sentence ?? null, rule: item.rule ?? null };
}

/** Statement parameters for one item of a document; `seq` is its index in the record. */
export function timeParams(docId: string, seq: number, t: Time): Params {
  return {
    ...evidenceParams(docId, seq, t), text: t.text ?? null, value: t.value ?? null, kind: t.kind ?? null,
    time_of_day: t.time_of_day ?? null, points_to: t.points_to ?? null,
  };
}

export function figureParams(docId: string, seq: number, f: Figure): Params {
  return {
    ...evidenceParams(docId, seq, f), measure: f.measure ?? null, subject: f.subject ?? null, group: f.group ?? null,
    condition: f.condition ?? null, value: f.value ?? null, qualifier: f.qualifier ?? null,
    cumulative: f.cumulative == null ? null : f.cumulative ? 1 : 0,
    date: f.date ?? null, since: f.since ?? null, place: f.place ?? null, source: f.source ?? null,
  };
}

export function eventParams(docId: string, seq: number, e: Event): Params {
  return {
    ...evidenceParams(docId, seq, e), type: e.type ?? null, date: e.date ?? null, date_text: e.date_text ?? null,
    actors: JSON.stringify(e.actors) ?? null, targets: JSON.stringify(e.targets) ?? null,
    place: e.place ?? null, modality: e.modality ?? null, stance: e.stance ?? null,
  };
}

export function termParams(docId: string, seq: number, t: Term): Params {
  return {
    ...evidenceParams(docId, seq, t), kind: t.kind ?? null, text: t.text ?? null,
    values: JSON.stringify(t.values) ?? null, phase: t.phase ?? null,
  };
}

/** The item a row was made from, deepEqual to what was saved. */
export function rowToTime(r: TimeRow): Time {
  const t: Time = { text: r.text, value: r.value, kind: r.kind, span: [r.span_start, r.span_end], sentence: r.sentence, rule: r.rule };
  if (r.time_of_day !== null) t.time_of_day = r.time_of_day;
  if (r.points_to !== null) t.points_to = r.points_to;
  return t;
}

export function rowToFigure(r: FigureRow): Figure {
  return {
    measure: r.measure, subject: r.subject, group: r.group, condition: r.condition, value: r.value,
    qualifier: r.qualifier, cumulative: r.cumulative === null ? null : r.cumulative === 1,
    date: r.date, since: r.since, place: r.place, source: r.source,
    span: [r.span_start, r.span_end], sentence: r.sentence, rule: r.rule,
  };
}

/** `stance` is optional in the contract: absent, not undefined, when the row has none. */
export function rowToEvent(r: EventRow): Event {
  const e: Event = {
    type: r.type, date: r.date, date_text: r.date_text, actors: JSON.parse(r.actors) as string[],
    targets: JSON.parse(r.targets) as string[], place: r.place, modality: r.modality,
    span: [r.span_start, r.span_end], sentence: r.sentence, rule: r.rule,
  };
  if (r.stance !== null) e.stance = r.stance;
  return e;
}

export function rowToTerm(r: TermRow): Term {
  return {
    kind: r.kind, text: r.text, values: JSON.parse(r.values) as Term["values"], phase: r.phase,
    span: [r.span_start, r.span_end], sentence: r.sentence, rule: r.rule,
  };
}
