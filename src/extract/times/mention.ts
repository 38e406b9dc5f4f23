/**
 * A time expression as recognized, before it is resolved against a DCT.
 * Recognition does not need the publication date, so the DCT solver
 * (src/dates) reads the same mentions that extractTimes later resolves.
 */
import type { Tense } from "./tense.js";

export type MentionValue =
  /** A calendar day; `year` null when the text gives none ("February 28th"). */
  | { type: "day"; year: number | null; month: number; day: number; weekday: number | null }
  /**
   * A month; `part` is "early" | "mid" | "late" | null; `yearOffset` from "March last year" (-1); `directed`
   * when "last" or "next" fixes which side of the DCT it is on.
   */
  | { type: "month"; year: number | null; month: number; part: string | null; yearOffset: number | null; directed: boolean }
  /** `strict` for "last Tuesday" / "next Sunday": never the DCT itself. */
  | { type: "weekday"; weekday: number; strict: boolean }
  /** today (0), yesterday (-1), tomorrow (1), "three days ago" (-3). */
  | { type: "dct-offset"; days: number }
  /** "three months ago" (-3, "M"), "a year ago" (-1, "Y"): a month or year counted back from the DCT. */
  | { type: "dct-shift"; amount: number; unit: "M" | "Y" }
  /** "this week" (0), "last week" (-1), "this weekend" (weekend true). */
  | { type: "week"; offset: number; weekend: boolean }
  /** "this month" (0), "earlier this month" (0, earlier true), "next month" (1). */
  | { type: "rel-month"; offset: number; earlier: boolean }
  | { type: "rel-year"; offset: number }
  /** "by year-end", "the end of the month": the month or year whose close is meant. */
  | { type: "period-end"; unit: "M" | "Y" }
  /** "the next day" (1), "the previous day" (-1), "that day" (0): anchored on the last stated day. */
  | { type: "anchored"; days: number }
  /** "the following week" (1), "that week" (0): the week of the last stated day, or one beside it. */
  | { type: "anchored-week"; weeks: number }
  /** "the following month" (1), "that month" (0): counted from the last month the text dated something in. */
  | { type: "anchored-month"; months: number }
  /**
   * A length of time; `noun` is the period noun family it qualifies ("war", "truce") if any;
   * `more` for "more than", `less` for "nearly" (the length is not yet reached); `after` for a length
   * counted from the period's start ("two months after the truce"), which the DCT solver reads.
   */
  | {
    type: "duration"; amount: number; unit: string; more: boolean; less: boolean; noun: string | null; old: boolean;
    after: boolean;
  }
  | { type: "set"; value: string }
  /** A value the words fix alone: "now" (PRESENT_REF), "1988", "the 1990s" ("199"), "several years" (PXY). */
  | { type: "fixed"; value: string; kind: "date" | "duration" }
  /**
   * A fiscal or calendar quarter. `quarter` null for "the quarter" (the one the text last named) or
   * "the latest quarter" (`latest`: the last one completed before the DCT; `current` for "this
   * quarter"); `yearOffset` from "year-earlier" or "last year's" (-1), "next year's" (1).
   */
  | { type: "quarter"; quarter: number | null; year: number | null; yearOffset: number; current: boolean; latest: boolean }
  /** "this summer" (0), "last winter" (-1), "next spring" (1), "the summer" (null: by tense). */
  | { type: "season"; season: string; year: number | null; offset: number | null }
  /**
   * A clock time with no day beside it ("at 7:15 p.m."): the day the text last stated, else the DCT;
   * `stamp` when it stands alone on its line (a live blog's entry time), which is the DCT's.
   */
  | { type: "clock"; stamp: boolean }
  /** "the weekend": the last one before the DCT, or the next one in a future clause. */
  | { type: "weekend" }
  /**
   * A feast computed from its calendar ("Passover", "Ramadan", "Easter"); `edge` for "the end of
   * Passover" (its last day) or "the first day of Ramadan".
   */
  | { type: "named-day"; name: string; edge: "start" | "end" | null }
  /** "the following year" (1), "that year" (0): counted from the year the text last dated something in. */
  | { type: "anchored-year"; years: number }
  /** "a year earlier", "year-earlier": a year before the quarter the text last named, else the DCT's. */
  | { type: "year-back"; years: number };

export interface TimeMention {
  start: number;
  end: number;
  /** Index of the sentence in AnalyzedText.sentences. */
  sentence: number;
  rule: string;
  value: MentionValue;
  /** Tense of the clause around the expression. */
  tense: Tense;
  /** Preceded by "since": the start of a state that still holds, not the news of the day. */
  since: boolean;
  /** TIMEX3 time within the day the words add ("T22:00", "TEV"), or null. */
  timeOfDay: string | null;
}

/** What a rule returns for one regex match: the value and, optionally, narrower span edges. */
export interface RuleHit {
  value: MentionValue;
  start?: number;
  end?: number;
  /** Set when the words fix the direction themselves ("last Tuesday", "next month"). */
  tense?: Tense;
  /** The time of day the words name ("T22:00" for "10 p.m.", "TMO" for "this morning"). */
  timeOfDay?: string;
}

/**
 * One recognition rule: a global regex run over the whole text and a
 * parser that turns a match into a value, or null to reject it.
 */
export interface TimeRule {
  name: string;
  pattern: RegExp;
  parse(match: RegExpExecArray, text: string): RuleHit | null;
}
