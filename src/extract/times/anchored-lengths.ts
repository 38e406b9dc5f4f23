/**
 * The day a length anchored on a stated time points to: "three days later"
 * after "March 3" is March 6; "two days before the March 18 offensive" is
 * March 16. TIMEX3 keeps such lengths as lengths (P3D), so the day rides
 * along as `points_to`, for the figures and events of the sentence to date
 * themselves by.
 */
import { addDays, isIsoDay } from "../../calendars/day-math.js";
import type { Time } from "../../types.js";

// A length of days or weeks, as the duration rule writes it ("P3D", "P2W"); longer ones point to no one day.
const DAY_LENGTH = /^P(\d+)([DW])$/;
// "three days later", "a week earlier,": counted from the last day the text stated.
// "before the talks" names its own anchor, which FROM_NEXT reads.
const FROM_LAST = /^\s+(?:(later|afterwards?|earlier)\b|(before)\b(?!\s+(?:the|an?|his|her|its|their|[A-Z0-9])))/;
// "two days before the March 18 offensive": counted from a day named in the words that follow.
const FROM_NEXT = /^\s+(before|after)\s/;
// How far after "before"/"after" the anchoring day may be named, within one clause.
const ANCHOR_REACH = 60;

/** Days in a length of days or weeks ("P3D" → 3, "P2W" → 14), or null for any other value. */
export function lengthInDays(value: string): number | null {
  const m = DAY_LENGTH.exec(value);
  return m ? Number(m[1]) * (m[2] === "W" ? 7 : 1) : null;
}

/**
 * Sets `points_to` on the lengths of `times` (in text order) that count from a stated day.
 *
 * @example
 * const times = withPointedDays("Rebels took the town on March 3. Three days later they left.", resolved)
 * times[1].points_to // → "2025-03-06"
 */
export function withPointedDays(text: string, times: Time[]): Time[] {
  let lastDay: string | null = null;
  return times.map((t, i) => {
    if (t.kind === "date" && isIsoDay(t.value)) lastDay = t.value;
    const days = t.kind === "duration" ? lengthInDays(t.value) : null;
    if (days === null) return t;
    const tail = text.slice(t.span[1], t.span[1] + ANCHOR_REACH);
    const last = FROM_LAST.exec(tail);
    if (last && lastDay !== null) {
      return { ...t, points_to: addDays(lastDay, last[2] || last[1] === "earlier" ? -days : days) };
    }
    const next = FROM_NEXT.exec(tail);
    const anchor = next ? times[i + 1] : undefined;
    if (!next || !anchor || anchor.kind !== "date" || !isIsoDay(anchor.value)) return t;
    const between = text.slice(t.span[1], anchor.span[0]);
    if (anchor.span[0] - t.span[1] > ANCHOR_REACH || /[.;:!?\n]/.test(between)) return t;
    return { ...t, points_to: addDays(anchor.value, next[1] === "before" ? -days : days) };
  });
}

/**
 * The times as figures and events date themselves by: a length that points to a day stands for that day.
 *
 * @example
 * datingTimes([{ text: "three days", value: "P3D", kind: "duration", points_to: "2025-03-06", … }])[0].value // → "2025-03-06"
 */
export function datingTimes(times: Time[]): Time[] {
  return times.map((t) => (t.points_to === undefined ? t : { ...t, value: t.points_to, kind: "date" }));
}
