/**
 * One figure per fact per document (SPEC §3: a restated fact is one item).
 * A later statement of the same measure, value and condition (and day, for one-off counts) repeats an
 * earlier one when its subject and group agree or one of them is unspecific
 * (a headline's "95 prisoners" and the body's "95 Ukrainian prisoners of war");
 * the first mention is kept, with the details the restatement adds.
 */
import type { Figure } from "../../types.js";

const agree = <T>(a: T | null, b: T | null, vague: T | null) => a === b || a === vague || b === vague;

function restates(g: Figure, f: Figure): boolean {
  return g.measure === f.measure && g.value === f.value && g.condition === f.condition
    && agree(g.subject, f.subject, "people") && agree(g.group, f.group, null)
    // Two one-off counts of different days are two facts; a total restated "as of" another day is one.
    && (g.cumulative === true || f.cumulative === true || agree(g.date, f.date, null));
}

/**
 * Drops figures that restate an earlier one, filling the earlier one's missing group and subject.
 *
 * @example
 * dedupeFigures([released240PalestinianPrisoners, released240PalestinianPrisoners]).length // → 1
 */
export function dedupeFigures(figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const f of figures) {
    const first = out.find((g) => restates(g, f));
    if (!first) {
      out.push(f);
      continue;
    }
    first.group ??= f.group;
    if (first.subject === "people") first.subject = f.subject;
  }
  return out;
}
