/**
 * Aid quotas of a deal: "600 trucks a day", "200 aid trucks will enter daily".
 */
import { eachMatch, makeTerm, type TermRule } from "../term-rule.js";
import { AID_UNIT, CADENCE, NUM, cadencePer, count } from "../vocabulary.js";

const QUOTA = new RegExp(`\\b(${NUM})\\s+(?:[\\w’'-]+\\s+){0,2}?(${AID_UNIT})\\b(?:\\s+[\\w’'-]+){0,5}?\\s+(${CADENCE})\\b`, "gi");

export const aid: TermRule = {
  name: "terms/aid",
  find: (sentence) => eachMatch(QUOTA, sentence, (m) => {
    const n = count(m[1]);
    if (n === null) return null;
    const unit = /convoy/i.test(m[2]) ? "convoys" : "trucks";
    return makeTerm(sentence, m.index, m.index + m[0].length, "aid", { [unit]: n, per: cadencePer(m[3]) }, aid.name);
  }),
};
