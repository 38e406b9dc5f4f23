/**
 * The data contract of sitrep (../shared/SPEC.md §1): what every stage of the
 * pipeline hands to the next, and what `sitrep extract --json` prints.
 */

/** UTF-16 offsets into the cleaned text: `text.slice(span[0], span[1])` is the evidence. */
export type Span = [number, number];

/** Fields every extracted item carries so that it can point at its words. */
export interface Evidence {
  span: Span;
  /** The whole sentence the item came from. */
  sentence: string;
  /** The rule that produced the item, e.g. "figures/killed-according-to". */
  rule: string;
}

export type TimeKind = "date" | "interval" | "duration" | "set";

export interface Time extends Evidence {
  text: string;
  /** TIMEX3 value: "2025-03-18", "2025-04", "2025-W12", "P42D", "PRESENT_REF", "2025-04-01/2025-04-10". */
  value: string;
  kind: TimeKind;
  /**
   * The time of day the words add to a one-day value, as a TIMEX3 time: "T22:00" for "10 p.m. Wednesday",
   * "TEV" for "Thursday evening". `value` stays the day, as SPEC gold dates such expressions; absent otherwise.
   */
  time_of_day?: string;
  /**
   * The day a length anchored on a stated day points to ("three days later" after March 3 → "2025-03-06"),
   * while `value` stays the length, as TIMEX3 writes it; absent otherwise.
   */
  points_to?: string;
}

export const MEASURES = [
  "killed", "injured", "missing", "displaced", "taken_captive", "held_captive",
  "released", "remains_returned", "arrested", "aid_delivered", "evacuated",
] as const;
export type Measure = (typeof MEASURES)[number];

export const SUBJECTS = [
  "people", "civilians", "children", "women", "men", "soldiers", "militants",
  "hostages", "prisoners", "aid_workers", "journalists", "foreign_nationals", "trucks",
] as const;
export type Subject = (typeof SUBJECTS)[number];

export const QUALIFIERS = ["exact", "about", "at_least", "more_than", "nearly", "up_to", "fewer_than"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export type Condition = "alive" | "dead";

export interface Figure extends Evidence {
  measure: Measure;
  subject: Subject;
  /** Side or nationality of the counted, lower case ("palestinian"). */
  group: string | null;
  condition: Condition | null;
  value: number;
  qualifier: Qualifier;
  /** A running total ("since October 7", "the death toll has passed"); null when undeterminable. */
  cumulative: boolean | null;
  /** The day the figure holds for: the incident day, or the DCT for totals. */
  date: string | null;
  since: string | null;
  place: string | null;
  /** Who the report attributes the number to. */
  source: string | null;
}

export const EVENT_TYPES = [
  "attack", "ground_operation", "hostage_taking", "release", "remains_returned",
  "ceasefire_start", "ceasefire_end", "ceasefire_extension", "agreement", "proposal",
  "proposal_response", "talks", "evacuation_order", "aid_entry", "aid_blockade", "withdrawal",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const MODALITIES = ["asserted", "negated", "planned", "hypothetical"] as const;
export type Modality = (typeof MODALITIES)[number];

export type Stance = "accepted" | "rejected" | "countered";

export interface Event extends Evidence {
  type: EventType;
  /** A day, a month ("2025-04") or null. */
  date: string | null;
  date_text: string | null;
  /** Canonical names from the actor lexicon. */
  actors: string[];
  targets: string[];
  place: string | null;
  modality: Modality;
  /** For proposal_response only. */
  stance?: Stance;
}

export const TERM_KINDS = ["exchange_ratio", "release_schedule", "extension_rule", "duration", "withdrawal", "aid", "phase"] as const;
export type TermKind = (typeof TERM_KINDS)[number];

/**
 * A term of a deal, truce, proposal or phase: a ratio, schedule, rule or
 * length that the text states as part of an arrangement rather than as a
 * count of what happened (SPEC §2 agreements).
 */
export interface Term extends Evidence {
  kind: TermKind;
  /** The words that state the term (= text.slice(span[0], span[1])). */
  text: string;
  /** e.g. {prisoners: 3, hostages: 1}, {hostages: 3, per: "week"}, {hostages: 10, days: 1}, {days: 42}, {until: "2025-04"}. */
  values: Record<string, number | string>;
  /** The phase of the deal the term belongs to (1 for "the first phase"), or null. */
  phase: number | null;
}

export type PublishedHow = "given" | "metadata" | "inferred" | "unknown";

export interface Published {
  date: string | null;
  how: PublishedHow;
  confidence: number;
  evidence: string[];
}

/** An article as ingest hands it on: cleaned text plus whatever metadata its container had. */
export interface Article {
  /** Where it came from: a file path, "path#item-3" for a feed item, or "-" for stdin. */
  origin: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  /** The authors as credited, e.g. "Jane Doe and John Roe"; null when the input names none. */
  byline: string | null;
  /** A publication date from metadata (meta tags, JSON-LD, feed pubDate, JSON Lines field). */
  publishedMeta: string | null;
  /** Cleaned article text, boilerplate removed. */
  text: string;
  /**
   * The boilerplate lines cleaning removed. Kept because some carry clues the
   * text lost, such as the year of a copyright line for the publication date.
   */
  boilerplate: string[];
}

/** One document after extraction: SPEC §1 "One document". */
export interface DocumentRecord {
  id: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  /** The authors as credited, e.g. "Jane Doe and John Roe"; null when the input names none. */
  byline: string | null;
  published: Published;
  text: string;
  times: Time[];
  figures: Figure[];
  events: Event[];
  /** Deal terms (an addition to SPEC §1's document, feeding SPEC §2 agreements). */
  terms: Term[];
}
