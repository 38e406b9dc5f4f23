import type { Span } from "../types.js";
import { overlaps } from "./locate.js";

/**
 * Greedy one-to-one matching in gold order (SPEC §3). Each gold item takes
 * the first unused prediction that `matches`; a prediction whose span lies in
 * the gold quote's sentence is taken before one that only matches otherwise,
 * so that a repeated number or event type pairs with its own sentence.
 *
 * @example
 * greedyMatch([1, 2], [{ v: 2, span: [0, 1] }, { v: 1, span: [2, 3] }], () => [], (g, p) => g === p.v)
 * // → [1, 0]
 */
export function greedyMatch<G, P extends { span: Span }>(
  gold: G[],
  predicted: P[],
  sentencesOf: (g: G) => Span[],
  matches: (g: G, p: P, inSentence: boolean) => boolean,
): (number | null)[] {
  const used = new Set<number>();
  return gold.map((g) => {
    const sentences = sentencesOf(g);
    let fallback: number | null = null;
    for (let i = 0; i < predicted.length; i++) {
      if (used.has(i)) continue;
      const inSentence = sentences.some((s) => overlaps(predicted[i].span, s));
      if (!matches(g, predicted[i], inSentence)) continue;
      if (inSentence) {
        fallback = i;
        break;
      }
      fallback ??= i;
    }
    if (fallback !== null) used.add(fallback);
    return fallback;
  });
}
