/**
 * Withdrawal terms: a deadline ("troops will withdraw from the south within
 * 60 days") or an extent ("a full withdrawal", "a phased Israeli withdrawal").
 */
import { durationValues } from "../duration-values.js";
import { eachMatch, makeTerm, type TermRule } from "../term-rule.js";
import { NUM, WITHDRAWAL_WORD, count } from "../vocabulary.js";

const WITHIN = new RegExp(
  `\\b${WITHDRAWAL_WORD}\\b(?:\\s+[\\w’'-]+){0,8}?\\s+(?:within|in|over|inside)\\s+(?:the\\s+(?:next|first)\\s+)?(${NUM})(?:\\s+|-)(day|week|month)s?\\b`,
  "gi");
const EXTENT = /\b(full|complete|total|partial|gradual|phased|staged)\s+(?:[A-Z][\w’'-]*\s+)?withdrawal\b/gi;

export const withdrawal: TermRule = {
  name: "terms/withdrawal",
  find(sentence) {
    const deadlines = eachMatch(WITHIN, sentence, (m) => {
      const n = count(m[1]);
      if (n === null) return null;
      return makeTerm(sentence, m.index, m.index + m[0].length, "withdrawal", durationValues(n, m[2]), withdrawal.name);
    });
    const extents = eachMatch(EXTENT, sentence, (m) =>
      makeTerm(sentence, m.index, m.index + m[0].length, "withdrawal", { extent: m[1].toLowerCase() }, withdrawal.name));
    return [...deadlines, ...extents];
  },
};
