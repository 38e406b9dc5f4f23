/**
 * Deals other than ceasefires (a swap, a declaration, a corridor): reports of
 * one deal from several documents are one deal when the timeline would take
 * them for one event (the same day, or a day inside the month another gives,
 * with sides in common); an undated report joins the deal its document dates.
 */
import type { StoredEvent } from "../../store/item-queries.js";
import { EntityRegistry } from "../entities.js";
import { matchScore, openEntry } from "../event-identity.js";
import type { Draft } from "./agreement.js";
import { compareDates } from "./dates.js";
import { addStatus } from "./statuses.js";

function sameDeal(draft: Draft, e: StoredEvent, entities: EntityRegistry): boolean {
  if (e.date === null) return draft.events.some((x) => x.doc === e.doc);
  return draft.events.some((x) => x.type === e.type && matchScore(openEntry(x), e, entities) > 0);
}

/**
 * Adds an agreement report to the deal among `drafts` it reports, dating the
 * deal by the most precise report; opens a deal for a dated report of none.
 * An undated report of no known deal is left out, as nothing places it.
 *
 * @example
 * joinDeal(drafts, agreed("2031-05"));    // opens "deal" dated 2031-05, accepted 2031-05
 * joinDeal(drafts, agreed("2031-05-16")); // same deal, now dated 2031-05-16
 */
export function joinDeal(drafts: Draft[], e: StoredEvent): void {
  const entities = new EntityRegistry();
  const deal = drafts.filter((d) => d.kind === "deal").sort((a, b) => compareDates(b.date, a.date))
    .find((d) => sameDeal(d, e, entities));
  if (deal) {
    deal.events.push(e);
    if (e.date !== null && (deal.date === null || e.date.length > deal.date.length)) deal.date = e.date;
    if (e.date !== null) addStatus(deal, { status: "accepted", date: e.date });
  } else if (e.date !== null) {
    drafts.push({ kind: "deal", date: e.date, proposer: null, events: [e], statuses: [{ status: "accepted", date: e.date }], terms: [] });
  }
}
