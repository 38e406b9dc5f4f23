import type { Published } from "../types.js";
import { withinDays } from "./dates.js";
import { rate } from "./rates.js";
import type { EvalReport, Finding } from "./report.js";

/** The DCT verdict for one document; `scored` is false when gold gave the date away or has none. */
export interface DctScore {
  scored: boolean;
  within1: boolean;
  within7: boolean;
  findings: Finding[];
}

/**
 * Scores an inferred publication date. Only documents whose gold date is known
 * and was not handed to the tool count.
 *
 * @example
 * scoreDct({ published: "2024-06-05", published_given: false }, { date: "2024-06-04", how: "inferred", confidence: 0.8, evidence: [] })
 * // → { scored: true, within1: true, within7: true, findings: [] }
 */
export function scoreDct(gold: { published: string | null; published_given: boolean }, predicted: Published): DctScore {
  if (gold.published === null || gold.published_given) return { scored: false, within1: false, within7: false, findings: [] };
  const within1 = withinDays(gold.published, predicted.date, 1);
  const within7 = withinDays(gold.published, predicted.date, 7);
  const findings: Finding[] = within1 ? [] : [{ kind: "miss", area: "dct",
    message: `published gold ${gold.published}, predicted ${predicted.date ?? "null"} (${predicted.how})` }];
  return { scored: true, within1, within7, findings };
}

/** Shares of scored documents within one and seven days. */
export function summarizeDct(scores: DctScore[]): EvalReport["dct"] {
  const scored = scores.filter((s) => s.scored);
  const share = (k: "within1" | "within7") => rate(scored.filter((s) => s[k]).length, scored.length);
  return { documents: scored.length, within_1_day: share("within1"), within_7_days: share("within7") };
}
