/**
 * Who mediated an agreement, from its own reports and the talks around it:
 * actors the lexicon knows as mediators in its events, the sides of talks
 * held while it was negotiated or in force, and actors a sentence of either
 * names beside a mediation word ("Qatari and Egyptian mediators", "brokered
 * by"). Talks about another war (they involve a belligerent but none of
 * this agreement's sides) are not its talks. A side of the fighting is never
 * its mediator, nor is any armed group.
 */
import { addDays } from "../../calendars/day-math.js";
import { findActors } from "../../lexicon/actors.js";
import type { StoredEvent } from "../../store/item-queries.js";
import type { Draft } from "./agreement.js";
import { daysBetween, isDay } from "./dates.js";
import { fightingSides, isBelligerent, type Fronts } from "./fronts.js";
import { isArmedGroup, isMediator, sideOf, sidesOf } from "./sides.js";
import { endDate } from "./statuses.js";
import { HOST_WORDS, MEDIATION_WORDS } from "./vocabulary.js";

/** Talks this long before a ceasefire took effect still count as its negotiation. */
const TALKS_BEFORE_DAYS = 45;
/** Without a reported end, talks this long after the start still concern the ceasefire. */
const TALKS_AFTER_DAYS = 60;
/** How many characters from a mediation word a name may stand and still be what it describes. */
const NAME_REACH = 60;

function inWindow(date: string | null, from: string | null, to: string | null): boolean {
  const a = daysBetween(from, date);
  const b = daysBetween(date, to);
  return a !== null && b !== null && a >= 0 && b >= 0;
}

/**
 * The last day talks can still be a draft's: its end; for a deal never in
 * force, the day it was agreed; else the day its terms say it runs until, or
 * some weeks after its start.
 */
function talksUntil(draft: Draft, start: string): string {
  const ended = endDate(draft);
  if (ended !== null) return ended;
  if (!draft.statuses.some((s) => s.status === "in_effect")) return start;
  const until = draft.terms.map((t) => t.values.until).find((u): u is string => typeof u === "string" && isDay(u));
  return until ?? addDays(start, TALKS_AFTER_DAYS);
}

/** Asserted talks on this war held from shortly before a ceasefire or deal was agreed until it ended. */
function talksOf(draft: Draft, sides: ReadonlySet<string>, f: Fronts, talks: readonly StoredEvent[]): StoredEvent[] {
  if (draft.kind === "proposal" || draft.date === null) return [];
  const start = draft.date.length === 7 ? `${draft.date}-01` : draft.date;
  const to = talksUntil(draft, start);
  const otherWar = (t: StoredEvent) => sidesOf(t).some((s) => isBelligerent(s, f)) && !sidesOf(t).some((s) => sides.has(s));
  return talks.filter((t) => inWindow(t.date, addDays(start, -TALKS_BEFORE_DAYS), to) && !otherWar(t));
}

function namedBeside(sentence: string, words: RegExp): string[] {
  const at = [...sentence.matchAll(words)].map((m) => [m.index, m.index + m[0].length]);
  return findActors(sentence)
    .filter((a) => at.some(([from, to]) => a.end >= from - NAME_REACH && a.start <= to + NAME_REACH))
    .map((a) => sideOf(a.canonical));
}

/**
 * Sides a sentence names within reach of a mediation word.
 *
 * @example
 * namedMediators("Talks went on with Qatari and Egyptian mediators.") // → ["Qatar", "Egypt"]
 */
export function namedMediators(sentence: string): string[] {
  return namedBeside(sentence, MEDIATION_WORDS);
}

/**
 * Sides a sentence names as mediators or as hosts of the talks: go-betweens,
 * none of them a party (a host need not mediate, so it is only this).
 *
 * @example
 * namedGoBetweens("Turkey hosted the delegations in Istanbul.") // → ["Turkey"]
 */
export function namedGoBetweens(sentence: string): string[] {
  return [...namedMediators(sentence), ...namedBeside(sentence, HOST_WORDS)];
}

/**
 * The mediators of a draft with these parties, first found first.
 *
 * @example
 * mediatorsOf(truceDraft, ["Israel", "Hamas"], fronts(truces, events), talks) // → ["Qatar", "Egypt", "United States"]
 */
export function mediatorsOf(draft: Draft, parties: readonly string[], f: Fronts, talks: readonly StoredEvent[]): string[] {
  const sides = fightingSides(parties, f);
  const linked = talksOf(draft, sides, f, talks);
  // those named as mediators before the mere sides of talks
  const found = [
    ...draft.events.flatMap(sidesOf).filter(isMediator),
    ...[...draft.events, ...linked].flatMap((e) => namedMediators(e.sentence)),
    ...linked.flatMap(sidesOf),
  ];
  return [...new Set(found)].filter((s) => !sides.has(s) && !isArmedGroup(s));
}
