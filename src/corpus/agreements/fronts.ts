/**
 * Who fights whom in a corpus, so that no side of a war is listed as its
 * mediator: the parties of each ceasefire or deal fight each other (a swap or
 * a declaration is made between foes as much as a truce), and so do the
 * doers and the targets of each attack or ground operation (co-attackers are
 * allies, not foes: a state that strikes beside a party may still mediate
 * that party's truce with someone else).
 */
import type { StoredEvent } from "../../store/item-queries.js";
import { isArmedGroup, sideOf } from "./sides.js";

const FIGHTING = new Set(["attack", "ground_operation"]);

export interface Fronts {
  /** The parties of each ceasefire or deal. */
  truces: ReadonlyArray<readonly string[]>;
  /** Attacker and attacked, by side. */
  clashes: ReadonlyArray<readonly [string, string]>;
}

/**
 * The fronts of a corpus from its ceasefires' and deals' parties and its asserted fighting.
 *
 * @example
 * fronts([["Israel", "Hamas"]], [attack(["Israel"], ["Hezbollah"])]).clashes // → [["Israel", "Hezbollah"]]
 */
export function fronts(truces: ReadonlyArray<readonly string[]>, events: readonly StoredEvent[]): Fronts {
  const clashes = events.filter((e) => FIGHTING.has(e.type) && e.modality === "asserted")
    .flatMap((e) => e.actors.flatMap((a) => e.targets.map((t) => [sideOf(a), sideOf(t)] as const)));
  return { truces, clashes };
}

/**
 * The sides of the fighting an agreement with these parties ends: the parties,
 * the parties of every ceasefire or deal sharing one of them, and whoever attacks a
 * party or is attacked by one.
 *
 * @example
 * fightingSides(["Hamas"], { truces: [["Israel", "Hamas"]], clashes: [] }) // → Set {"Hamas", "Israel"}
 */
export function fightingSides(parties: readonly string[], f: Fronts): Set<string> {
  const sides = new Set(parties);
  for (const other of f.truces) if (other.some((s) => parties.includes(s))) for (const s of other) sides.add(s);
  for (const [a, t] of f.clashes) {
    if (parties.includes(a)) sides.add(t);
    if (parties.includes(t)) sides.add(a);
  }
  return sides;
}

/**
 * Whether a side is at war somewhere in the corpus: an armed group, a party
 * of a ceasefire or deal, or an attacker or target of fighting. Talks that involve one
 * concern that side's war.
 *
 * @example
 * isBelligerent("Hamas", { truces: [], clashes: [] }) // → true (an armed group)
 */
export function isBelligerent(side: string, f: Fronts): boolean {
  return isArmedGroup(side) || f.truces.some((t) => t.includes(side)) || f.clashes.some((c) => c.includes(side));
}
