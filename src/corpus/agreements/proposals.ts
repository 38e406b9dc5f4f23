/**
 * Proposal clusters: one per proposer and month (the same plan reported by
 * several documents), an undated report joining its document's dated one;
 * responses (accepted, rejected) join the proposal they answer. A rejection
 * by anyone it is put to stops a plan; it is accepted only once every side
 * of the fighting its reports name, other than its author, has accepted it
 * (one side adhering to an envoy's plan the other still weighs is no deal).
 */
import type { StoredEvent } from "../../store/item-queries.js";
import type { Draft, StatusChange } from "./agreement.js";
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

/** Sides of the fighting that the proposal's own reports name, its author aside: whom it is put to. */
function addressees(d: Draft, atWar: (side: string) => boolean): string[] {
  const named = d.events.filter((e) => e.type === "proposal").flatMap(names);
  return [...new Set(named)].filter((s) => s !== d.proposer && atWar(s));
}

function addStatus(d: Draft, change: StatusChange): void {
  if (!d.statuses.some((s) => s.status === change.status && s.date === change.date)) d.statuses.push(change);
}

/** The acceptance of a plan once all it is put to accepted (anyone but its author when none is known), dated by the last. */
function acceptance(d: Draft, accepted: readonly StoredEvent[], atWar: (side: string) => boolean): StatusChange | null {
  const by = new Set(accepted.flatMap((r) => r.actors.map(sideOf)));
  const needed = addressees(d, atWar);
  if (accepted.length === 0 || !needed.every((s) => by.has(s))) return null;
  const dates = accepted.map((r) => r.date).filter((x): x is string => x !== null).sort(compareDates);
  return { status: "accepted", date: dates.at(-1) ?? null };
}

/**
 * Groups proposal events (asserted or planned) by proposer and month, and
 * adds the accepted and rejected responses to the proposal each answers.
 * `atWar` tells the sides of the fighting, whom a plan can be put to.
 *
 * @example
 * proposalDrafts([proposal("Northland", "2031-05-02"), rejected("Southland", null)], () => true)
 * // → [{ kind: "proposal", proposer: "Northland", statuses: [proposed 2031-05-02, rejected null], … }]
 */
export function proposalDrafts(events: readonly StoredEvent[], atWar: (side: string) => boolean): Draft[] {
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
  const accepted = new Map<Draft, StoredEvent[]>();
  for (const r of events.filter((e) => e.type === "proposal_response" && e.modality === "asserted")) {
    if (r.stance !== "accepted" && r.stance !== "rejected") continue;
    const ranked = drafts.map((d) => ({ d, score: fit(d, r) })).filter((x) => x.score !== null)
      .sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
    const target = ranked[0]?.d;
    if (!target) continue;
    target.events.push(r);
    if (r.stance === "rejected") addStatus(target, { status: "rejected", date: r.date });
    else accepted.set(target, [...(accepted.get(target) ?? []), r]);
  }
  for (const [d, responses] of accepted) {
    const change = acceptance(d, responses, atWar);
    if (change) addStatus(d, change);
  }
  return drafts;
}
