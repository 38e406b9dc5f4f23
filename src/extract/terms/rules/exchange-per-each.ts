/**
 * Exchange ratios stated per unit: "three Palestinians for every Israeli
 * hostage released", "50 prisoners for each soldier".
 */
import { eachMatch, makeTerm, type TermRule } from "../term-rule.js";
import { MODIFIERS, NUM, PERSON, count, exchangeClasses } from "../vocabulary.js";

const RELEASED = "(?:\\s+(?:(?:are|is|were|be|will\\s+be|would\\s+be|to\\s+be)\\s+)?(?:released|freed|returned|handed\\s+over|set\\s+free|swapped|exchanged|traded))?";
const PER_EACH = new RegExp(
  `\\b(${NUM})\\s+${MODIFIERS}${PERSON}${RELEASED}\\s+for\\s+(?:every|each)\\s+(?:(${NUM})\\s+)?${MODIFIERS}${PERSON}${RELEASED}`,
  "gi");

export const exchangePerEach: TermRule = {
  name: "terms/exchange-per-each",
  find: (sentence) => eachMatch(PER_EACH, sentence, (m) => {
    const classes = exchangeClasses(m[2], m[4]);
    const given = count(m[1]);
    const per = m[3] === undefined ? 1 : count(m[3]);
    if (!classes || given === null || per === null || classes[0] === classes[1]) return null;
    return makeTerm(sentence, m.index, m.index + m[0].length, "exchange_ratio",
      { [classes[0]]: given, [classes[1]]: per }, exchangePerEach.name);
  }),
};
