/**
 * Terms join the agreement they are stated about: the one whose report shares
 * their sentence, else the one reported nearest in their document (a term
 * usually spells out what was just mentioned, so a report after the term
 * counts at double distance). Phases belong to the deal itself, so a phase
 * term goes to a ceasefire of its document when there is one, even when a
 * proposal about that phase shares its sentence.
 */
import type { StoredTerm } from "../../store/item-queries.js";
import type { Draft } from "./agreement.js";

function distance(term: StoredTerm, span: [number, number]): number {
  if (span[1] <= term.span[0]) return term.span[0] - span[1];
  if (span[0] >= term.span[1]) return 2 * (span[0] - term.span[1]);
  return 0;
}

function nearest(term: StoredTerm, drafts: readonly Draft[], sameSentence: boolean): Draft | null {
  let best: { draft: Draft; d: number } | null = null;
  for (const draft of drafts) {
    for (const e of draft.events) {
      if (e.doc !== term.doc || (sameSentence && e.sentence !== term.sentence)) continue;
      const d = distance(term, e.span);
      if (best === null || d < best.d) best = { draft, d };
    }
  }
  return best?.draft ?? null;
}

/**
 * Adds each term to the draft it is about; a term of a document that reports
 * no agreement is left out.
 *
 * @example
 * attachTerms(drafts, terms); drafts[0].terms // → the terms stated about drafts[0]
 */
export function attachTerms(drafts: readonly Draft[], terms: readonly StoredTerm[]): void {
  for (const term of terms) {
    const inDoc = drafts.filter((d) => d.events.some((e) => e.doc === term.doc));
    const ceasefires = inDoc.filter((d) => d.kind === "ceasefire");
    const pool = term.kind === "phase" && ceasefires.length > 0 ? ceasefires : inDoc;
    const draft = nearest(term, pool, true) ?? nearest(term, pool, false);
    draft?.terms.push(term);
  }
}
