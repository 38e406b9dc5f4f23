/**
 * SPEC §2 agreements: ceasefires, deals and proposals with their status over
 * time, phases and terms, and the shared shape of a cluster while it is built.
 */
import type { StoredEvent, StoredTerm } from "../../store/item-queries.js";
import type { TermKind } from "../../types.js";

export const AGREEMENT_STATUSES = ["proposed", "accepted", "rejected", "in_effect", "extended", "expired", "collapsed"] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** A ceasefire stops the fighting; a deal is anything else agreed (a swap, a declaration); a proposal is put forward. */
export type AgreementKind = "ceasefire" | "deal" | "proposal";

export interface StatusChange {
  status: AgreementStatus;
  /** A day, a month or null when no report dates it. */
  date: string | null;
}

export interface AgreementTerm {
  kind: TermKind;
  text: string;
  values: Record<string, number | string>;
  /** Where the term was stated: document and whole sentence. */
  doc: string;
  sentence: string;
}

export interface Phase {
  n: number;
  days: number | null;
  start: string | null;
  end: string | null;
  terms: AgreementTerm[];
}

export interface Agreement {
  /** Starts with its kind: "ceasefire-…", "deal-…", "proposal-…". */
  id: string;
  name: string;
  parties: string[];
  mediators: string[];
  /** The actor that put a proposal forward; null for ceasefires and deals. */
  proposed_by: string | null;
  status_history: StatusChange[];
  phases: Phase[];
  terms: AgreementTerm[];
  /** Documents that report it. */
  docs: string[];
}

/** A cluster of reports on its way to becoming an Agreement. */
export interface Draft {
  kind: AgreementKind;
  /** Start day of a ceasefire; for a proposal, its day or month. */
  date: string | null;
  proposer: string | null;
  events: StoredEvent[];
  statuses: StatusChange[];
  terms: StoredTerm[];
}

/** Event and term input of buildAgreements, as the store lists them. */
export interface AgreementInput {
  events: StoredEvent[];
  terms: StoredTerm[];
}
