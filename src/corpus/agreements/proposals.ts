/**
 * Proposal clusters: one per proposer and month (the same plan reported by
 * several documents), an undated report joining its document's dated one;
 * responses (accepted, rejected) join the proposal they answer.
 */
import type { StoredEvent } from "../../store/item-queries.js";
import type { Draft } from "./agreement.js";
import { findActors } from "../../lexicon/actors.js";
import { compareDates } from "./dates.js";
import { sideOf, sidesOf } from "./sides.js";

/** How far before a response (in characters) a proposal may be and still be what it answers. */
const ANSWER_REACH = 600;

function proposerOf(e: StoredEvent): string | null {
  return e.actors.length > 0 ? sideOf(e.actors[0]) : null;
}

function month(date: string | null): string | null {
  return date === null ? null : date.slice(0, 7);
}

function sameProposal(d: Draft, e: StoredEvent): boolean {
  if (d.proposer !== proposerOf(e)) return false;
  if (month(d.date) === month(e.date)) return d.date !== null || d.events.some((x) => x.doc === e.doc);
  // an undated report and a dated one of the same document are one plan
  return (d.date === null || e.date === null) && d.events.some((x) => x.doc === e.doc);
}

/** Sides a response names as counterpart or anywhere in its sentence ("adhering to the envoy's proposal"). */
function names(r: StoredEvent): string[] {
  return [...sidesOf(r), ...findActors(r.sentence).map((m) => sideOf(m.canonical))];
}

/**
 * How well a proposal fits as what a response answers, lower is better, or
 * null when it cannot be: one does not answer one's own proposal.
 */
function fit(d: Draft, r: StoredEvent): number | null {
  if (d.proposer !== null && r.actors.map(sideOf).includes(d.proposer)) return null;
  let best: number | null = null;
  for (const p of d.events.filter((x) => x.type === "proposal" && x.doc === r.doc)) {
    const score = p.sentence === r.sentence ? 0
      : d.proposer !== null && names(r).includes(d.proposer) ? 1
        : p.span[1] <= r.span[0] && r.span[0] - p.span[1] <= ANSWER_REACH ? 2 + (r.span[0] - p.span[1]) / ANSWER_REACH
          : null;
    if (score !== null && (best === null || score < best)) best = score;
  }
  return best;
}

/**
 * Groups proposal events (asserted or planned) by proposer and month, and
 * adds the accepted and rejected responses to the proposal each answers.
 *
 * @example
 * proposalDrafts([proposal("Northland", "2031-05-02"), rejected("Southland", null)])
 * // → [{ kind: "proposal", proposer: "Northland", statuses: [proposed 2031-05-02, rejected null], … }]
 */
export function proposalDrafts(events: readonly StoredEvent[]): Draft[] {
  const drafts: Draft[] = [];
  const proposals = events.filter((e) => e.type === "proposal" && (e.modality === "asserted" || e.modality === "planned"))
    .sort((a, b) => compareDates(a.date, b.date));
  for (const e of proposals) {
    const same = drafts.find((d) => sameProposal(d, e));
    if (same) {
      same.events.push(e);
      // the most precise report dates the plan: a day over its month
      if (e.date !== null && (same.date === null || e.date.length > same.date.length)) same.date = e.date;
    } else {
      drafts.push({ kind: "proposal", date: e.date, proposer: proposerOf(e), events: [e], statuses: [], terms: [] });
    }
  }
  for (const d of drafts) d.statuses.push({ status: "proposed", date: d.date });
  for (const r of events.filter((e) => e.type === "proposal_response" && e.modality === "asserted")) {
    if (r.stance !== "accepted" && r.stance !== "rejected") continue;
    const ranked = drafts.map((d) => ({ d, score: fit(d, r) })).filter((x) => x.score !== null)
      .sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
    const target = ranked[0]?.d;
    if (!target) continue;
    target.events.push(r);
    if (!target.statuses.some((s) => s.status === r.stance && s.date === r.date)) {
      target.statuses.push({ status: r.stance, date: r.date });
    }
  }
  return drafts;
}
