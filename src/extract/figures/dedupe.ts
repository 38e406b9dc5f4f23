/**
 * One figure per fact per document (SPEC §3: a restated fact is one item).
 * A later statement of the same measure, value and condition with a
 * compatible group repeats an earlier one; the first mention is kept.
 */
import type { Figure } from "../../types.js";

/**
 * Drops figures that restate an earlier one.
 *
 * @example
 * dedupeFigures([killed240palestinian, killed240null]).length // → 1
 */
export function dedupeFigures(figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const f of figures) {
    const repeat = out.some((g) => g.measure === f.measure && g.value === f.value && g.condition === f.condition
      && (g.group === f.group || g.group === null || f.group === null) && g.span[0] !== f.span[0]);
    if (!repeat) out.push(f);
  }
  return out;
}
