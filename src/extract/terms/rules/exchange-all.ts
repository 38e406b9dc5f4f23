/**
 * Exchanges of whole groups with no counts: "exchange all remaining hostages
 * for Palestinian prisoners". The values say "all" for the half that is whole.
 */
import { eachMatch, makeTerm, type TermRule } from "../term-rule.js";
import { MODIFIERS, PERSON, exchangeClasses } from "../vocabulary.js";

const ALL_FOR = new RegExp(
  `\\b(?:exchange|exchanging|swap|swapping|trade|trading|release|releasing|free|freeing)\\s+(?:of\\s+)?(?:all|every\\s+one\\s+of)\\s+(?:the\\s+)?${MODIFIERS}${PERSON}\\s+(?:in\\s+(?:exchange|return)\\s+)?for\\s+(all\\s+)?${MODIFIERS}${PERSON}`,
  "gi");

export const exchangeAll: TermRule = {
  name: "terms/exchange-all",
  find: (sentence) => eachMatch(ALL_FOR, sentence, (m) => {
    const classes = exchangeClasses(m[1], m[3]);
    if (!classes || classes[0] === classes[1]) return null;
    const values: Record<string, string> = { [classes[0]]: "all" };
    if (m[2]) values[classes[1]] = "all";
    return makeTerm(sentence, m.index, m.index + m[0].length, "exchange_ratio", values, exchangeAll.name);
  }),
};
