/**
 * Anchors on events instead of dates: "since the fighting resumed" opens a
 * counted period on the day the article dates the fighting's resumption, and
 * "two days before Israel renewed attacks" points two days before that day.
 * The anchoring event is recognized by the event trigger words of its clause
 * and dated by the article's own asserted, dated events of that type. Only an
 * anchor that all those events agree on is used: a wrong `since` would
 * silently move a running total's start, so an unsure one stays unset.
 */
import { addDays, isIsoDay } from "../calendars/day-math.js";
import type { AnalyzedText } from "../text/analyzed-text.js";
import type { Event, EventType, Figure, Time } from "../types.js";
import { findTriggers } from "./events/triggers.js";
import { lengthInDays } from "./times/anchored-lengths.js";
import { comparesSince } from "./figures/cumulative.js";

// The anchoring clause runs to the next clause break or attribution; longer ones tell more than an anchor.
const CLAUSE = /^[^,;:.!?()\n]{3,80}?(?=\s*(?:[,;:.!?()\n]|$|\baccording to\b|\b(?:said|says)\b))/i;
const SINCE = /\bsince\s+/gi;
// "two days before Israel renewed attacks": a length of days or weeks, then the event it counts from.
const BEFORE_AFTER = /^\s+(?:just\s+)?(before|after)\s+/i;
// "on Monday, a week after the convoy arrived": the length only places the event from a day already stated.
const APPOSED = /^\s*,\s*(?:just\s+|only\s+)?$/;

/** The days the article's asserted events of each type are dated to. */
export type EventDays = ReadonlyMap<EventType, ReadonlySet<string>>;

/**
 * @example
 * eventDays([{ type: "ceasefire_end", date: "2025-03-18", modality: "asserted", … }]).get("ceasefire_end") // → Set {"2025-03-18"}
 */
export function eventDays(events: Event[]): EventDays {
  const days = new Map<EventType, Set<string>>();
  for (const e of events) {
    if (e.modality !== "asserted" || e.date === null || !isIsoDay(e.date)) continue;
    days.set(e.type, (days.get(e.type) ?? new Set()).add(e.date));
  }
  return days;
}

/** The one day the event told by `clause` happened on, when the clause tells one event the article dates. */
function anchorDay(clause: string, days: EventDays): string | null {
  const types = new Set(findTriggers(clause).map((t) => t.type));
  if (types.size !== 1) return null;
  const [type] = types;
  const dated = days.get(type);
  return dated && dated.size === 1 ? [...dated][0] : null;
}

/** The clause that starts at `from` in `text`, when no time expression lies in it (a dated clause is the time layer's). */
function untimedClause(text: string, from: number, times: Time[]): string | null {
  const m = CLAUSE.exec(text.slice(from, from + 120));
  if (!m) return null;
  const to = from + m[0].length;
  return times.some((t) => t.span[0] < to && t.span[1] > from) ? null : m[0];
}

/**
 * Sets `since` on running totals counted from an event the article dates elsewhere ("killed 600 since the
 * fighting resumed" after "the ceasefire collapsed on Tuesday").
 *
 * @example
 * withEventSince(doc, times, figures, eventDays(events))[0].since // → "2025-03-18"
 */
export function withEventSince(doc: AnalyzedText, times: Time[], figures: Figure[], days: EventDays): Figure[] {
  if (days.size === 0) return figures;
  return figures.map((f) => {
    if (f.cumulative !== true || f.since !== null) return f;
    const s = doc.sentenceAt(f.span[0]);
    for (const m of s.text.matchAll(SINCE)) {
      if (comparesSince(s.text.slice(0, m.index + m[0].length))) continue;
      const clause = untimedClause(doc.text, s.start + m.index + m[0].length, times);
      const day = clause === null ? null : anchorDay(clause, days);
      if (day !== null && (f.date === null || day <= f.date)) return { ...f, since: day };
    }
    return f;
  });
}

/**
 * Sets `points_to` on day and week lengths that count from an event the article dates elsewhere
 * ("two days before Israel renewed attacks"), when no stated day anchors them already.
 *
 * @example
 * withEventPointedDays(text, times, eventDays(events))[0].points_to // → "2025-03-16"
 */
export function withEventPointedDays(text: string, times: Time[], days: EventDays): Time[] {
  if (days.size === 0) return times;
  return times.map((t, i) => {
    const before = times[i - 1];
    if (before && isIsoDay(before.value) && APPOSED.test(text.slice(before.span[1], t.span[0]))) return t;
    const n = t.kind === "duration" && t.points_to === undefined ? lengthInDays(t.value) : null;
    const link = n === null ? null : BEFORE_AFTER.exec(text.slice(t.span[1], t.span[1] + 20));
    if (n === null || !link) return t;
    const clause = untimedClause(text, t.span[1] + link[0].length, times);
    const day = clause === null ? null : anchorDay(clause, days);
    if (day === null) return t;
    return { ...t, points_to: addDays(day, link[1].toLowerCase() === "before" ? -n : n) };
  });
}
