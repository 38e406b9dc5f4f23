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
  /** The trigger words deny the event themselves ("would remain beyond the deadline"). */
  negates: boolean;
  /** The doer is named inside the trigger words ("destroyed 29 Ukrainian drones"), demonyms included. */
  doerInside: boolean;
  /** A lasting act whose "since …" time is its start ("has besieged the city since May"). */
  startsSince: boolean;
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
  negates: boolean;
  doerInside: boolean;
  startsSince: boolean;
  nameAfter: boolean;
  re: RegExp;
  skipAfter: RegExp | null;
  skipBefore: RegExp | null;
  near: RegExp | null;
  nearReach: number;
}

interface LexiconGroup {
  family: string;
  keys: string[];
  patterns: string[];
  stance?: string;
  keeps?: string[];
  needsActor?: boolean;
  negates?: boolean;
  doerInside?: boolean;
  startsSince?: boolean;
  nameAfter?: boolean;
  skipAfter?: string[];
  skipBefore?: string[];
  near?: string[];
  nearReach?: number;
}

/** How far from a trigger the words its group needs nearby may be, unless the group says otherwise. */
const NEAR = 80;

function compileGroup(type: string, g: LexiconGroup): TriggerGroup {
  const body = g.patterns.map((p) => p.replaceAll("{N}", lexicon.number)).join("|");
  return {
    type: type as EventType,
    family: g.family as Family,
    stance: g.stance as Stance | undefined,
    keeps: new Set(g.keeps ?? []),
    needsActor: g.needsActor ?? false,
    negates: g.negates ?? false,
    doerInside: g.doerInside ?? false,
    startsSince: g.startsSince ?? false,
    nameAfter: g.nameAfter ?? false,
    // ASCII classes and no "u" flag: several times faster in V8, and trigger words are English.
    re: new RegExp(`(?<![A-Za-z0-9-])(?:${body})(?![A-Za-z0-9])`, "gi"),
    // Anchored at the end: the cancelling words must sit right before the trigger.
    skipAfter: g.skipAfter ? new RegExp(`(?:${g.skipAfter.join("|")})$`, "i") : null,
    skipBefore: g.skipBefore ? new RegExp(`^\\s+(?:${g.skipBefore.join("|")})\\b`, "i") : null,
    // Case-sensitive: capitals in the list mean names ("Palestinians", "Edan Alexander").
    near: g.near ? new RegExp(`\\b(?:${g.near.join("|")})\\b`) : null,
    nearReach: g.nearReach ?? NEAR,
  };
}

/**
 * Running ~30 pattern groups over every sentence was the slowest step of the
 * pipeline; one pass over the key words picks the few groups worth running.
 */
const KEY_GROUPS = new Map<string, TriggerGroup[]>();
for (const [type, groups] of Object.entries(lexicon.types as Record<string, LexiconGroup[]>)) {
  for (const g of groups) {
    const compiled = compileGroup(type, g);
    for (const k of g.keys) KEY_GROUPS.set(k, [...(KEY_GROUPS.get(k) ?? []), compiled]);
  }
}
// The regex reports the longest key at a position; a shorter key that begins it ("releas" in "release") applies too.
for (const [k, groups] of KEY_GROUPS) {
  for (const [shorter, more] of KEY_GROUPS) if (shorter !== k && k.startsWith(shorter)) groups.push(...more.filter((g) => !groups.includes(g)));
}
const KEY_RE = new RegExp(`(?<![a-z])(?:${[...KEY_GROUPS.keys()].sort((a, b) => b.length - a.length).join("|")})`, "gi");

/** "seized Sanaa", "talk to Vladimir Putin": a capitalized name, not a demonym before a common noun ("captured Russian soldiers"). */
const NAME_AFTER = /^ (?:the )?[A-Z][\p{L}’'-]*(?![\p{L}’'-])(?:\s+[A-Z][\p{L}’'-]*(?![\p{L}’'-]))*(?![ ]+(?!across\b)[a-z]{3,}s\b)/u;

/** Patterns may begin this far before their key word ("all-out ground offensive"). */
const LEAD = 100;

/** The groups whose key words occur in the sentence, with where to start looking. */
function activeGroups(sentence: string): Map<TriggerGroup, number> {
  const active = new Map<TriggerGroup, number>();
  KEY_RE.lastIndex = 0;
  for (let m = KEY_RE.exec(sentence); m; m = KEY_RE.exec(sentence)) {
    for (const g of KEY_GROUPS.get(m[0].toLowerCase()) ?? []) if (!active.has(g)) active.set(g, Math.max(0, m.index - LEAD));
  }
  return active;
}

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

/** "an Israeli airstrike targeted their location": the verb tells of the noun's event again. */
function restatesNoun(sentence: string, t: Found, all: Found[]): boolean {
  return (
    t.family === "verb" &&
    all.some((o) => o.type === t.type && o.family === "noun" && o.end <= t.start && t.start - o.end <= 15 && !/[,.;:]/.test(sentence.slice(o.end, t.start)))
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
  for (const [g, from] of activeGroups(sentence)) {
    g.re.lastIndex = from;
    for (let m = g.re.exec(sentence); m; m = g.re.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) {
        g.re.lastIndex++;
        continue;
      }
      if (g.skipAfter && g.skipAfter.test(sentence.slice(Math.max(0, start - 40), start))) continue;
      if (g.skipBefore && g.skipBefore.test(sentence.slice(end, end + 40))) continue;
      if (g.near && !g.near.test(sentence.slice(Math.max(0, start - g.nearReach), end + g.nearReach))) continue;
      if (g.nameAfter && !NAME_AFTER.test(sentence.slice(end, end + 60))) continue;
      found.push({ type: g.type, family: g.family, stance: g.stance, needsActor: g.needsActor, negates: g.negates, doerInside: g.doerInside, startsSince: g.startsSince, keeps: g.keeps, start, end });
    }
  }
  const kept = resolveOverlaps(found).sort((a, b) => a.start - b.start);
  return kept.filter((t) => !restatesNoun(sentence, t, kept)).map(({ keeps: _keeps, ...t }) => t);
}
