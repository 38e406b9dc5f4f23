/**
 * SPEC §2 agreements: the ceasefires, deals and proposals a corpus reports,
 * built from the stored events (what happened to each, and when) and terms
 * (what each says). Names and dates come from the reports only; nothing here
 * knows a particular war.
 */
import { addDays } from "../../calendars/day-math.js";
import type { StoredEvent } from "../../store/item-queries.js";
import type { Agreement, AgreementInput, AgreementStatus, Draft } from "./agreement.js";
import { attachTerms } from "./attach-terms.js";
import { ceasefireDrafts } from "./ceasefires.js";
import { compareDates, daysBetween } from "./dates.js";
import { agreementId, agreementName } from "./naming.js";
import { buildPhases } from "./phases.js";
import { proposalDrafts } from "./proposals.js";
import { uniqueTerms } from "./shown-terms.js";
import { isMediator, rankSides, sidesOf } from "./sides.js";

/** Talks this long before a ceasefire took effect still count as its negotiation. */
const TALKS_BEFORE_DAYS = 45;
/** Without a reported end, talks this long after the start still concern the ceasefire. */
const TALKS_AFTER_DAYS = 60;

// Statuses in the order of an agreement's life: an undated rejection still follows its proposal.
const STAGE: Record<AgreementStatus, number> = {
  proposed: 0, accepted: 1, rejected: 1, in_effect: 2, extended: 3, expired: 4, collapsed: 4,
};

function inWindow(date: string | null, from: string | null, to: string | null): boolean {
  const a = daysBetween(from, date);
  const b = daysBetween(date, to);
  return a !== null && b !== null && a >= 0 && b >= 0;
}

function mediatorsOf(draft: Draft, parties: string[], talks: readonly StoredEvent[]): string[] {
  const found = new Set(draft.events.flatMap(sidesOf).filter(isMediator));
  if (draft.kind === "ceasefire" && draft.date !== null) {
    const ended = draft.statuses.find((s) => s.status === "expired" || s.status === "collapsed")?.date ?? null;
    const start = draft.date.length === 7 ? `${draft.date}-01` : draft.date;
    const from = addDays(start, -TALKS_BEFORE_DAYS);
    const to = ended ?? addDays(start, TALKS_AFTER_DAYS);
    for (const t of talks) if (inWindow(t.date, from, to)) for (const s of sidesOf(t)) found.add(s);
  }
  return [...found].filter((s) => !parties.includes(s));
}

function toAgreement(draft: Draft, talks: readonly StoredEvent[]): Agreement {
  const parties = rankSides(draft.events).filter((s) => !isMediator(s));
  const status_history = [...draft.statuses].sort((a, b) => STAGE[a.status] - STAGE[b.status] || compareDates(a.date, b.date));
  return {
    id: agreementId(draft),
    name: agreementName(draft),
    parties,
    mediators: mediatorsOf(draft, parties, talks),
    proposed_by: draft.proposer,
    status_history,
    phases: buildPhases(draft),
    terms: uniqueTerms(draft.terms.filter((t) => t.kind !== "phase")),
    docs: [...new Set([...draft.events.map((e) => e.doc), ...draft.terms.map((t) => t.doc)])].sort(),
  };
}

function firstDate(a: Agreement): string | null {
  return a.status_history.find((s) => s.date !== null)?.date ?? null;
}

/**
 * The agreements ledger of a corpus, oldest first (undated last).
 *
 * @example
 * const store = openStore("corpus.db");
 * buildAgreements({ events: store.listEvents(), terms: store.listTerms() })
 * // → [{ name: "November 2023 truce", status_history: [{ status: "in_effect", date: "2023-11-24" }, …], … }]
 */
export function buildAgreements(input: AgreementInput): Agreement[] {
  const drafts = [...ceasefireDrafts(input.events), ...proposalDrafts(input.events)];
  attachTerms(drafts, input.terms);
  const talks = input.events.filter((e) => e.type === "talks" && e.modality === "asserted");
  return drafts.map((d) => toAgreement(d, talks))
    .sort((a, b) => compareDates(firstDate(a), firstDate(b)) || a.name.localeCompare(b.name));
}

export type { Agreement, AgreementStatus, AgreementTerm, Phase, StatusChange } from "./agreement.js";
