/**
 * One figure per fact per document (SPEC §3: a restated fact is one item).
 * A later statement of the same measure, subject, group, condition and value
 * repeats an earlier one; the first mention is kept.
 */
import type { Figure } from "../../types.js";

/**
 * Drops figures that restate an earlier one.
 *
 * @example
 * dedupeFigures([released240PalestinianPrisoners, released240PalestinianPrisoners]).length // → 1
 */
export function dedupeFigures(figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const f of figures) {
    const repeat = out.some((g) => g.measure === f.measure && g.value === f.value && g.condition === f.condition
      && g.subject === f.subject && g.group === f.group);
    if (!repeat) out.push(f);
  }
  return out;
}
