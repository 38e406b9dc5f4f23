/**
 * Ceasefire clusters: every asserted ceasefire start opens one (reports of
 * one start day from several documents are one ceasefire); an end joins the
 * latest ceasefire that started before it within a plausible span; extensions
 * and announcements of a deal that is no other kind (a swap, a declaration)
 * join the ceasefire they fall in. Deals of another kind are clusters of
 * their own (deals.ts).
 */
import type { StoredEvent } from "../../store/item-queries.js";
import type { Draft, StatusChange } from "./agreement.js";
import { compareDates, daysBetween } from "./dates.js";
import { joinDeal } from "./deals.js";
import { endStatus } from "./end-status.js";
import { reportKind } from "./report-kind.js";
import { isMediator, sidesOf } from "./sides.js";
import { addStatus, isEnd } from "./statuses.js";

/** How long after its start an end may still close the same ceasefire. */
const MAX_SPAN_DAYS = 400;
/** How far a dated deal announcement may lie from a start and still be that ceasefire's deal. */
const DEAL_REACH_DAYS = 7;

function sameDay(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  if (a.length !== b.length) return a.startsWith(b) || b.startsWith(a);
  return Math.abs(daysBetween(a, b) ?? Infinity) <= 1;
}

/** The sides of a ceasefire and of an event share someone, or one of them names nobody. */
function compatible(draft: Draft, e: StoredEvent): boolean {
  const mine = new Set(draft.events.flatMap(sidesOf).filter((s) => !isMediator(s)));
  const theirs = sidesOf(e).filter((s) => !isMediator(s));
  return mine.size === 0 || theirs.length === 0 || theirs.some((s) => mine.has(s));
}

function newDraft(date: string | null, e: StoredEvent, change: StatusChange): Draft {
  return { kind: "ceasefire", date, proposer: null, events: [e], statuses: [change], terms: [] };
}

/** The ceasefire a dated event falls in: started by then, not over before it. */
function containing(drafts: Draft[], e: StoredEvent): Draft | undefined {
  return drafts
    .filter((d) => d.date !== null && e.date !== null && (daysBetween(d.date, e.date) ?? -1) >= 0 && compatible(d, e))
    .sort((a, b) => compareDates(b.date, a.date))
    .find((d) => (daysBetween(d.date, e.date) ?? Infinity) <= MAX_SPAN_DAYS);
}

/** A ceasefire that had already ended before `date` (a later end belongs to another one). */
function endedBefore(draft: Draft, date: string | null): boolean {
  return draft.statuses.some((s) => isEnd(s) &&
    (daysBetween(s.date, date) ?? 0) > 1);
}

/** The ceasefire of an undated report: the one its document reports that started last. */
function ofDocument(drafts: Draft[], e: StoredEvent): Draft | undefined {
  return drafts.filter((d) => d.events.some((x) => x.doc === e.doc)).sort((a, b) => compareDates(b.date, a.date))[0];
}

/**
 * Groups ceasefire_start, ceasefire_end, ceasefire_extension and agreement
 * events (asserted only) into ceasefire and deal drafts with their status
 * changes. An agreement whose words decide no kind joins a ceasefire it falls
 * in, else a deal it repeats, else opens a deal of its own.
 *
 * @example
 * ceasefireDrafts([start("2031-05-01"), end("2031-05-08", "The truce collapsed.")])
 * // → [{ kind: "ceasefire", date: "2031-05-01", statuses: [in_effect 2031-05-01, collapsed 2031-05-08], … }]
 */
export function ceasefireDrafts(events: readonly StoredEvent[]): Draft[] {
  const asserted = events.filter((e) => e.modality === "asserted").sort((a, b) => compareDates(a.date, b.date));
  const drafts: Draft[] = [];
  for (const e of asserted.filter((x) => x.type === "ceasefire_start" && x.date !== null)) {
    const same = drafts.find((d) => sameDay(d.date, e.date) && compatible(d, e));
    if (same) same.events.push(e);
    else drafts.push(newDraft(e.date, e, { status: "in_effect", date: e.date }));
  }
  for (const e of asserted.filter((x) => x.type === "ceasefire_end" && x.date !== null)) {
    const change: StatusChange = { status: endStatus(e), date: e.date };
    const draft = containing(drafts.filter((d) => !endedBefore(d, e.date)), e)
      ?? drafts.find((d) => d.date === null && d.statuses.some((s) => sameDay(s.date, e.date)));
    if (draft) {
      draft.events.push(e);
      addStatus(draft, change);
    } else drafts.push(newDraft(null, e, change));
  }
  for (const e of asserted.filter((x) => x.type === "ceasefire_extension" || x.type === "agreement")) {
    const kind = e.type === "agreement" ? reportKind(e.sentence) : "ceasefire";
    if (kind === "deal") {
      joinDeal(drafts, e);
      continue;
    }
    const truces = drafts.filter((d) => d.kind === "ceasefire");
    const near = e.date === null ? ofDocument(truces, e)
      : e.type === "agreement" ? truces.find((d) => Math.abs(daysBetween(d.date, e.date) ?? Infinity) <= DEAL_REACH_DAYS)
        : containing(truces, e);
    if (near) {
      near.events.push(e);
      if (e.type === "ceasefire_extension") addStatus(near, { status: "extended", date: e.date });
    } else if (kind === null) {
      joinDeal(drafts, e);
    } else if (e.date !== null) {
      // a ceasefire agreed with no reported start: the parties accepted it on that day
      drafts.push(newDraft(e.date, e, { status: e.type === "agreement" ? "accepted" : "extended", date: e.date }));
    }
  }
  return drafts;
}
