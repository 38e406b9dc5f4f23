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

/** Fills what `kept` leaves open from the other statement of the same fact. */
function fill(kept: Figure, other: Figure): void {
  kept.group ??= other.group;
  if (kept.subject === "people") kept.subject = other.subject;
}

/**
 * Drops figures that restate an earlier one, filling the earlier one's missing group and subject.
 * A headline or bullet (in `headlines`) gives way to the body's sentence, which states the fact in full
 * (hedge, day, source).
 *
 * @example
 * dedupeFigures([released240PalestinianPrisoners, released240PalestinianPrisoners], new Set()).length // → 1
 */
export function dedupeFigures(figures: Figure[], headlines: Set<Figure>): Figure[] {
  const out: Figure[] = [];
  for (const f of figures) {
    const at = out.findIndex((g) => restates(g, f));
    if (at < 0) {
      out.push(f);
      continue;
    }
    const first = out[at];
    if (headlines.has(first) && !headlines.has(f)) {
      fill(f, first);
      out.splice(at, 1);
      out.push(f);
    } else fill(first, f);
  }
  return out;
}
