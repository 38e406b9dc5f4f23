/**
 * Runs the measure rules over one sentence's counts, in order of how much
 * they say: a trigger before the number, a toll phrase, a trigger after the
 * noun, the count it is listed with, and last the figure just stated when
 * the count is a part of it.
 */
import type { Subject } from "../../types.js";
import type { Candidate, Measured } from "./candidate.js";
import { NO_CAPTIVES, type CaptiveTalk } from "./accepts.js";
import { asCaptiveState } from "./captive-state.js";
import { isPartOfEarlierCount } from "./context-carry.js";
import { inheritedFrom } from "./coordination.js";
import { isRateOrExchange } from "./exclusions.js";
import { labelCount } from "./label-line.js";
import { orderedMeasure } from "./ordered-departure.js";
import { postTrigger } from "./number-noun-verb.js";
import { tollBefore } from "./toll-passed.js";
import { preTrigger } from "./verb-number-noun.js";

const AND_ONLY = /^\s*,?\s*(?:and|with)\s+$/;

function isElliptical(text: string, prev: Measured, m: Measured): boolean {
  const prevEnd = Math.max(prev.c.np.end, prev.trigger?.[1] ?? 0);
  const start = Math.min(m.c.qualifierStart, m.trigger?.[0] ?? Infinity);
  return start > prevEnd && AND_ONLY.test(text.slice(prevEnd, start));
}

/**
 * "killed 40, including 9 children, since May" and "killed 12 and wounded 45 over the past week":
 * what closes a list dates the whole list, so the list's first count reads its markers up to there.
 */
function widenRoot(parent: Measured, c: Candidate): void {
  let root = parent;
  while (root.parent) root = root.parent;
  root.c.nextStart = Math.max(root.c.nextStart, c.nextStart);
}

/** "killing 12 civilians, among them four children, and injuring nine others": the others are of the list's whole. */
function othersOf(out: Measured[]): Subject | null {
  const last = out[out.length - 1];
  if (!last) return null;
  const root = rootOf(last);
  const subjectOf = (m: Measured) => m.subject ?? (m.c.np.kind === "noun" && !m.c.np.compound && !m.c.np.bodies ? m.c.np.subject : null);
  // "11 women and six children were killed and 40 others wounded": others of a list of kinds are of no one kind.
  const kinds = new Set(out.filter((m) => m.rule !== "figures/including-breakdown").map(subjectOf));
  return kinds.size === 1 ? subjectOf(root) : null;
}

function rootOf(m: Measured): Measured {
  let root = m;
  while (root.parent) root = root.parent;
  return root;
}

/**
 * The counts of one sentence that state a figure, with their measures.
 * `before` holds the figures of the sentence before, for "Two of them …";
 * `captive`: this sentence or the one before talks of captives.
 *
 * @example
 * // "Strikes killed 12 people and wounded 30." → [killed 12, injured 30]
 */
export function assignMeasures(text: string, cands: Candidate[], before: Measured[], captive: CaptiveTalk = NO_CAPTIVES): Measured[] {
  const out: Measured[] = [];
  const previous = before[before.length - 1] ?? null;
  const byStart = new Map(cands.map((c) => [c.num.start, c]));
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.np.kind === "other" || isRateOrExchange(text, c)) continue;
    const base = { c, group: null, subject: null, qualifier: c.qualifier, nominal: false, parent: null };
    let m: Measured | null = null;
    const pre = preTrigger(text, c, captive);
    const toll = pre ? null : tollBefore(text, c.qualifierStart);
    if (pre) m = { ...base, ...pre, group: pre.group };
    else if (toll) m = { ...base, ...toll, qualifier: c.qualifier === "exact" ? toll.verbQualifier : c.qualifier };
    else {
      const post = postTrigger(text, c, byStart, captive);
      const label = post ? null : labelCount(text, c, captive);
      if (post) m = { ...base, ...post };
      else if (label) m = { ...base, ...label };
    }
    const inherited = inheritedFrom(text, out, c);
    // "among them 15 Saudi prisoners held by the rebels": the participle describes a listed count.
    if (m?.reduced && inherited && inherited.from.measure !== m.measure) m = null;
    if (m && inherited?.rule === "figures/including-breakdown" && inherited.from.measure === m.measure) {
      // "10 million displaced, including 2 million who fled abroad": a part shares its whole's period.
      m.parent = inherited.from;
      widenRoot(m.parent, c);
    } else if (m && out.length > 0 && isElliptical(text, out[out.length - 1], m)) {
      // "40,000 have been killed and 92,000 injured": the second verb shares the first one's tense, day and hedge.
      m.parent = out[out.length - 1];
      const gapped = m.trigger !== null && m.trigger[0] > m.c.np.end;
      if (m.qualifier === "exact" && gapped) m.qualifier = m.parent.qualifier;
      // "68 African migrants were killed and 47 injured": a bare count of the gapped clause counts the same people.
      const named = m.parent.c.np;
      if (gapped && c.np.kind === "bare" && named.kind === "noun" && !named.compound && !named.bodies) {
        m.subject = m.parent.subject ?? named.subject;
        m.group = m.parent.group ?? named.group;
      }
      widenRoot(m.parent, c);
    } else if (m?.breakdown && out.length === 0) {
      // "The dead included six women": a part of the count of the sentence before.
      for (const b of before) if (b.measure === m.measure) m.parent = b;
    } else if (!m && inherited) {
      const parent = inherited.from;
      // "an estimated 25 living and 30 dead": an estimate covers the whole list.
      const spread = inherited.rule === "figures/coordination" && c.qualifier === "exact" && parent.qualifier === "about";
      m = { ...base, measure: parent.measure, rule: inherited.rule, trigger: null, parent, qualifier: spread ? "about" : c.qualifier };
      widenRoot(parent, c);
    }
    const last = out[out.length - 1] ?? previous;
    const state = c.np.state;
    if (!m && last && (!state || state === last.measure) && isPartOfEarlierCount(text, c)) {
      // Within one sentence the part also shares the whole's period and day.
      const parent = last === previous ? null : last;
      m = { ...base, measure: last.measure, rule: "figures/context-carry", trigger: null, parent };
    } else if (!m && state) {
      // "the hospital treated 47 of the wounded": the head names what they are.
      m = { ...base, measure: state, rule: "figures/partitive-state", trigger: null };
    }
    if (!m) continue;
    if (c.np.head === "others" && !m.subject) m.subject = othersOf(out);
    m.measure = orderedMeasure(text, m);
    out.push(asCaptiveState(text, m, out[out.length - 1] ?? null));
  }
  return out;
}
