import type { StoredTerm } from "../../store/item-queries.js";
import type { AgreementTerm } from "./agreement.js";

/**
 * Terms as the ledger shows them (what each says and where), one per
 * wording: several reports of "three hostages a week" are one term.
 *
 * @example
 * uniqueTerms([weekly, weeklyFromAnotherDoc]).length // → 1
 */
export function uniqueTerms(terms: readonly StoredTerm[]): AgreementTerm[] {
  const seen = new Set<string>();
  const out: AgreementTerm[] = [];
  for (const t of terms) {
    const key = `${t.kind}|${JSON.stringify(t.values)}|${t.text.toLowerCase().replace(/\s+/g, " ")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ kind: t.kind, text: t.text, values: t.values, doc: t.doc, sentence: t.sentence });
  }
  return out;
}
