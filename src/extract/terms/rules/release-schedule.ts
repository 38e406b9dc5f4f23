/**
 * Release schedules: "three hostages are returned weekly", "ten captives a
 * day", "two hostages every Saturday". The cadence must follow the count and
 * its verb closely; "10 hostages for each extra day" is an extension rule.
 */
import { eachMatch, makeTerm, type TermRule } from "../term-rule.js";
import { CADENCE, MODIFIERS, NUM, PERSON, cadencePer, captiveClass, count } from "../vocabulary.js";

const AUX = "(?:(?:are|is|were|was|will\\s+be|would\\s+be|to\\s+be|be|being|get|would|will)\\s+)?";
const VERB = "(?:(?:released|freed|returned|handed\\s+over|exchanged|swapped|set\\s+free|released\\s+alive)\\s+)?";
const SCHEDULE = new RegExp(`\\b(${NUM})\\s+${MODIFIERS}${PERSON}\\s+${AUX}${VERB}(${CADENCE})\\b`, "gi");

export const releaseSchedule: TermRule = {
  name: "terms/release-schedule",
  find: (sentence) => eachMatch(SCHEDULE, sentence, (m) => {
    const n = count(m[1]);
    const cls = captiveClass(m[2]) ?? "people";
    if (n === null) return null;
    return makeTerm(sentence, m.index, m.index + m[0].length, "release_schedule",
      { [cls]: n, per: cadencePer(m[3]) }, releaseSchedule.name);
  }),
};
