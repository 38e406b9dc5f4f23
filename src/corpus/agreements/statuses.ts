import type { Draft, StatusChange } from "./agreement.js";

/**
 * Adds a status change unless the draft has it already; a month and a day of
 * it are one change, dated by the day.
 *
 * @example
 * addStatus(draft, { status: "accepted", date: "2031-05" });
 * addStatus(draft, { status: "accepted", date: "2031-05-16" }); // draft.statuses → [accepted 2031-05-16]
 */
export function addStatus(draft: Draft, change: StatusChange): void {
  const { date } = change;
  const same = draft.statuses.find((s) => s.status === change.status &&
    (s.date === date || (s.date !== null && date !== null && (s.date.startsWith(date) || date.startsWith(s.date)))));
  if (!same) draft.statuses.push(change);
  else if (date !== null && same.date !== null && date.length > same.date.length) same.date = date;
}

/** An expiry or a collapse: the change that ends an agreement. */
export function isEnd(s: StatusChange): boolean {
  return s.status === "expired" || s.status === "collapsed";
}

/** The date an agreement ended, or null when it has not (or its end is undated). */
export function endDate(draft: Draft): string | null {
  return draft.statuses.find(isEnd)?.date ?? null;
}
