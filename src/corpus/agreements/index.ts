/**
 * SPEC §2 agreements: the ceasefires, deals and proposals a corpus reports,
 * built from the stored events (what happened to each, and when) and terms
 * (what each says). Names and dates come from the reports only; nothing here
 * knows a particular war.
 */
import type { StoredEvent } from "../../store/item-queries.js";
import type { Agreement, AgreementInput, AgreementStatus, Draft } from "./agreement.js";
import { attachTerms } from "./attach-terms.js";
import { ceasefireDrafts } from "./ceasefires.js";
import { settleCourse } from "./course.js";
import { compareDates } from "./dates.js";
import { fronts, isBelligerent, type Fronts } from "./fronts.js";
import { mediatorsOf } from "./mediators.js";
import { agreementId, agreementName } from "./naming.js";
import { buildPhases } from "./phases.js";
import { proposalDrafts } from "./proposals.js";
import { uniqueTerms } from "./shown-terms.js";
import { allParties, ownParties } from "./parties.js";
import { isMediator, rankSides } from "./sides.js";

// Statuses in the order of an agreement's life: an undated rejection still follows its proposal.
const STAGE: Record<AgreementStatus, number> = {
  proposed: 0, accepted: 1, rejected: 1, in_effect: 2, extended: 3, expired: 4, collapsed: 4,
};

function proposalSides(draft: Draft): string[] {
  return rankSides(draft.events).filter((s) => !isMediator(s));
}

function toAgreement(draft: Draft, parties: string[], talks: readonly StoredEvent[], f: Fronts): Agreement {
  const status_history = [...draft.statuses].sort((a, b) => STAGE[a.status] - STAGE[b.status] || compareDates(a.date, b.date));
  return {
    id: agreementId(draft),
    name: agreementName(draft),
    parties,
    mediators: mediatorsOf(draft, parties, f, talks),
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
  const pacts = ceasefireDrafts(input.events);
  const clashes = fronts([], input.events).clashes;
  const own = pacts.map((d) => ownParties(d, input.events, clashes));
  const first = fronts(own, input.events);
  const parties = new Map(pacts.map((d, i) => [d, allParties(d, own[i], first, input.events)]));
  const f = fronts([...parties.values()], input.events);
  const proposals = proposalDrafts(input.events, (side) => isBelligerent(side, f));
  for (const d of proposals) parties.set(d, proposalSides(d));
  const drafts = [...pacts, ...proposals];
  attachTerms(drafts, input.terms);
  for (const d of pacts) settleCourse(d);
  const talks = input.events.filter((e) => e.type === "talks" && e.modality === "asserted");
  return drafts.map((d) => toAgreement(d, parties.get(d) ?? [], talks, f))
    .sort((a, b) => compareDates(firstDate(a), firstDate(b)) || a.name.localeCompare(b.name));
}

export type { Agreement, AgreementKind, AgreementStatus, AgreementTerm, Phase, StatusChange } from "./agreement.js";
