/**
 * Finds event trigger words in a sentence, from the patterns in
 * lexicon/event-triggers.json. Each (type, family, stance) group compiles to
 * one regex at module load.
 */
import lexicon from "../../lexicon/event-triggers.json" with { type: "json" };
import type { EventType, Stance } from "../../types.js";

/** How the doer of an event is found: see the "about" note in event-triggers.json. */
export type Family = "verb" | "noun" | "passive" | "state";

export interface Trigger {
  type: EventType;
  family: Family;
  stance?: Stance;
  needsActor: boolean;
  /** Offsets inside the sentence text. */
  start: number;
  end: number;
}

interface TriggerGroup {
  type: EventType;
  family: Family;
  stance?: Stance;
  keeps: Set<string>;
  needsActor: boolean;
  re: RegExp;
  skipAfter: RegExp | null;
}

interface LexiconGroup {
  family: string;
  patterns: string[];
  stance?: string;
  keeps?: string[];
  needsActor?: boolean;
  skipAfter?: string[];
}

function compileGroup(type: string, g: LexiconGroup): TriggerGroup {
  const body = g.patterns.map((p) => p.replaceAll("{N}", lexicon.number)).join("|");
  return {
    type: type as EventType,
    family: g.family as Family,
    stance: g.stance as Stance | undefined,
    keeps: new Set(g.keeps ?? []),
    needsActor: g.needsActor ?? false,
    re: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${body})(?![\\p{L}\\p{N}])`, "giu"),
    // Anchored at the end: the cancelling words must sit right before the trigger.
    skipAfter: g.skipAfter ? new RegExp(`(?:${g.skipAfter.join("|")})$`, "iu") : null,
  };
}

const GROUPS: TriggerGroup[] = Object.entries(lexicon.types as Record<string, LexiconGroup[]>).flatMap(
  ([type, groups]) => groups.map((g) => compileGroup(type, g)),
);

interface Found extends Trigger {
  keeps: Set<string>;
}

function contains(a: Found, b: Found): boolean {
  return a.start <= b.start && a.end >= b.end && a.end - a.start > b.end - b.start;
}

/**
 * Resolves overlaps: of two triggers where one lies inside the other, the
 * longer wins ("seizing 200 hostages" over "seizing"), unless the longer one
 * declares that the inner type may stay ("rejecting Israel's proposal" keeps
 * the proposal).
 */
function resolveOverlaps(found: Found[]): Found[] {
  return found.filter(
    (t) =>
      !found.some(
        (o) =>
          o !== t &&
          ((contains(o, t) && !o.keeps.has(t.type)) ||
            (o.start === t.start && o.end === t.end && o.type === t.type && found.indexOf(o) < found.indexOf(t))),
      ),
  );
}

/**
 * All event triggers of one sentence, in text order.
 *
 * @example
 * findTriggers("Hamas fired rockets into Israel on Thursday.")
 * // → [{ type: "attack", family: "verb", needsActor: false, start: 6, end: 19 }]
 */
export function findTriggers(sentence: string): Trigger[] {
  const found: Found[] = [];
  for (const g of GROUPS) {
    g.re.lastIndex = 0;
    for (let m = g.re.exec(sentence); m; m = g.re.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) {
        g.re.lastIndex++;
        continue;
      }
      if (g.skipAfter && g.skipAfter.test(sentence.slice(Math.max(0, start - 40), start))) continue;
      found.push({ type: g.type, family: g.family, stance: g.stance, needsActor: g.needsActor, keeps: g.keeps, start, end });
    }
  }
  return resolveOverlaps(found)
    .sort((a, b) => a.start - b.start)
    .map(({ keeps: _keeps, ...t }) => t);
}
