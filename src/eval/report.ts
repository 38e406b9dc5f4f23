/**
 * The shape `sitrep eval --json` prints (SPEC §3), and the per-document
 * details that `--verbose` shows but the JSON leaves out.
 */

export interface MatchSection {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  strict_f1: number;
}

export const FIGURE_ATTRIBUTES = ["subject", "group", "condition", "qualifier", "cumulative", "date", "source"] as const;
export type FigureAttribute = (typeof FIGURE_ATTRIBUTES)[number];

export const EVENT_ATTRIBUTES = ["modality", "actors"] as const;
export type EventAttribute = (typeof EVENT_ATTRIBUTES)[number];

export interface EvalReport {
  documents: number;
  figures: MatchSection & { attributes: Record<FigureAttribute, number> };
  events: MatchSection & { attributes: Record<EventAttribute, number> };
  dct: { documents: number; within_1_day: number; within_7_days: number };
  times: { gold: number; found: number; value_accuracy: number };
}

/** One line of `--verbose` output: what went wrong and the words it is about. */
export interface Finding {
  kind: "miss" | "false_positive" | "attribute" | "unlocated_quote";
  area: "figures" | "events" | "times" | "dct";
  message: string;
}

export interface DocumentDetails {
  doc: string;
  findings: Finding[];
}

/** A count of correct answers out of the cases that were scored. */
export interface Tally {
  correct: number;
  total: number;
}
