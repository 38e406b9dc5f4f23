/**
 * The parties of a ceasefire or deal. First its own: the sides its reports
 * name, and those of other reports of agreement in the same sentences ("the
 * army and the RSF signed a deal for a truce due to begin on Monday" may give
 * both only to the planned start), less anyone a sentence of it names as
 * mediator, broker or host, unless that one fights another of its sides (a
 * go-between is at war with neither side it brings together). Then, once the
 * fronts of the corpus are known: a side its sentences name that is at war
 * with a party is a party too, and an agreement its reports give one party is
 * with that party's foes that its documents also name ("Moscow declared a
 * truce" in a report on the war with Kyiv).
 */
import { findActors } from "../../lexicon/actors.js";
import type { StoredEvent } from "../../store/item-queries.js";
import type { Draft } from "./agreement.js";
import { fightingSides, isBelligerent, type Fronts } from "./fronts.js";
import { namedGoBetweens } from "./mediators.js";
import { isArmedGroup, isMediator, rankSides, sideOf, sidesOf } from "./sides.js";

const AGREEING = new Set(["ceasefire_start", "ceasefire_end", "ceasefire_extension", "agreement"]);

function where(e: Pick<StoredEvent, "doc" | "sentence">): string {
  return `${e.doc}\u0000${e.sentence}`;
}

function sentencesOf(draft: Draft): string[] {
  return [...new Set(draft.events.map((e) => e.sentence))];
}

function goBetweens(draft: Draft): Set<string> {
  return new Set(sentencesOf(draft).flatMap(namedGoBetweens));
}

/**
 * The sides a draft's own reports give it, strongest first.
 *
 * @example
 * ownParties(brokeredTruce, events, []) // "… a truce between Israel and Hezbollah, brokered by France" → ["Israel", "Hezbollah"]
 */
export function ownParties(draft: Draft, events: readonly StoredEvent[], clashes: Fronts["clashes"]): string[] {
  const places = new Set(draft.events.map(where));
  const company = events.filter((e) => AGREEING.has(e.type) && places.has(where(e)) && !draft.events.includes(e));
  const sides = rankSides([...draft.events, ...company]).filter((s) => !isMediator(s));
  const named = goBetweens(draft);
  const fights = (s: string) => sides.some((o) => o !== s && clashes.some(([a, t]) => (a === s && t === o) || (a === o && t === s)));
  return sides.filter((s) => !named.has(s) || isArmedGroup(s) || fights(s));
}

/**
 * A draft's parties: its own, the foes of them its sentences name (any side
 * at war when it has none of its own), and the foes of a lone party that its
 * documents name.
 *
 * @example
 * allParties(draftOfOneSide, ["Russia"], fronts, events) // → ["Russia", "Ukraine"]
 */
export function allParties(draft: Draft, own: readonly string[], f: Fronts, events: readonly StoredEvent[]): string[] {
  const named = goBetweens(draft);
  const foes = fightingSides(own, f);
  const said = sentencesOf(draft).flatMap((s) => findActors(s).map((a) => sideOf(a.canonical)))
    .filter((s) => !named.has(s) && !isMediator(s) && (own.length === 0 ? isBelligerent(s, f) : foes.has(s)));
  const parties = [...new Set([...own, ...said])];
  if (parties.length !== 1) return parties;
  const docs = new Set(draft.events.map((e) => e.doc));
  const inDocs = new Set(events.filter((e) => docs.has(e.doc)).flatMap(sidesOf));
  return [...parties, ...[...fightingSides(parties, f)].filter((s) => s !== parties[0] && inDocs.has(s) && !named.has(s) && !isMediator(s))];
}
