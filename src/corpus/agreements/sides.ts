/**
 * Who an event involves, as sides of an agreement: people stand for the actor
 * they act for (an envoy for the state), mediators are known from the actor
 * lexicon (kind "mediator").
 */
import { actorInfo } from "../../lexicon/actors.js";
import type { Event } from "../../types.js";

/**
 * The side a canonical actor acts for: its affiliation for a person, else itself.
 *
 * @example
 * sideOf("Steve Witkoff") // → "United States"
 * sideOf("Hamas")         // → "Hamas"
 */
export function sideOf(actor: string): string {
  const info = actorInfo(actor);
  return info?.kind === "person" && info.affiliation ? info.affiliation : actor;
}

/**
 * Whether the actor lexicon knows the actor as a mediator.
 *
 * @example
 * isMediator("Qatar")  // → true
 * isMediator("Israel") // → false
 */
export function isMediator(actor: string): boolean {
  return actorInfo(actor)?.kind === "mediator";
}

/** The sides an event names, doers first, without repeats. */
export function sidesOf(e: Pick<Event, "actors" | "targets">): string[] {
  return [...new Set([...e.actors, ...e.targets].map(sideOf))];
}

/**
 * Sides ranked by how many of the events name them, first mention breaking ties.
 *
 * @example
 * rankSides([{ actors: ["Israel"], targets: ["Hamas"] }, { actors: ["Hamas"], targets: [] }]) // → ["Hamas", "Israel"]
 */
export function rankSides(events: ReadonlyArray<Pick<Event, "actors" | "targets">>): string[] {
  const counts = new Map<string, number>();
  for (const e of events) for (const s of sidesOf(e)) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([s]) => s);
}

/**
 * Whether the actor lexicon knows the actor as an armed group, a side of the
 * fighting by what it is.
 *
 * @example
 * isArmedGroup("Hamas") // → true
 * isArmedGroup("Qatar") // → false
 */
export function isArmedGroup(actor: string): boolean {
  return actorInfo(actor)?.kind === "armed_group";
}
