/**
 * The phases of an agreement, from its terms: every phase a term names, and
 * the phases before the last one named (a deal with a phase three has a
 * phase one). The first phase of a ceasefire starts when it takes effect; its
 * length is a first-phase duration, or the unphased length stated beside the
 * start itself ("the six-week suspension that began on …").
 */
import { addDays } from "../../calendars/day-math.js";
import type { Draft, Phase } from "./agreement.js";
import { uniqueTerms } from "./shown-terms.js";

function firstPhaseDays(draft: Draft): number | null {
  const phased = draft.terms.find((t) => t.kind === "duration" && t.phase === 1 && typeof t.values.days === "number");
  if (phased) return phased.values.days as number;
  const startSentences = new Set(draft.events.filter((e) => e.type === "ceasefire_start").map((e) => e.sentence));
  const beside = draft.terms.find((t) => t.kind === "duration" && t.phase === null && startSentences.has(t.sentence)
    && typeof t.values.days === "number");
  return beside ? (beside.values.days as number) : null;
}

/**
 * Phases of a draft in order, each with its terms; [] when no term names a phase.
 *
 * @example
 * buildPhases(draftWithPhaseTwoTerm).map((p) => p.n) // → [1, 2]
 */
export function buildPhases(draft: Draft): Phase[] {
  const named = draft.terms.flatMap((t) => (t.phase === null ? [] : [t.phase]));
  if (named.length === 0) return [];
  const phases: Phase[] = [];
  for (let n = 1; n <= Math.max(...named); n++) {
    const own = draft.terms.filter((t) => t.phase === n);
    // a bare mention ("phase two") only tells that the phase exists; once its content is known it adds nothing
    const said = own.filter((t) => t.kind !== "phase" || Object.keys(t.values).length > 0);
    phases.push({ n, days: null, start: null, end: null, terms: uniqueTerms(said.length > 0 ? said : own) });
  }
  if (draft.kind === "ceasefire") {
    const first = phases[0];
    first.start = draft.statuses.find((s) => s.status === "in_effect")?.date ?? null;
    first.days = firstPhaseDays(draft);
    if (first.start !== null && first.days !== null && /^\d{4}-\d{2}-\d{2}$/.test(first.start)) {
      first.end = addDays(first.start, first.days - 1);
    }
  }
  return phases;
}
