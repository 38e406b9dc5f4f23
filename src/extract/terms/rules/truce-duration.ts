/**
 * How long a truce, phase or extension lasts: "a week-long truce", "the
 * six-week suspension", "a first phase of 42 days", "an extension of the
 * first phase for 42 days", "slated to last just four days".
 */
import { durationValues } from "../duration-values.js";
import { eachMatch, makeTerm, type TermRule } from "../term-rule.js";
import { NUM, ORDINAL_WORDS, TRUCE_NOUN, count } from "../vocabulary.js";

const DUR = `(${NUM})(?:\\s+|-)(day|week|month|hour|year)s?(?:-long|\\s+long)?`;
const LIMIT = "(?:(?:just|only|another|a\\s+further|an\\s+additional|up\\s+to|about|around|at\\s+least)\\s+)?";
/** As a modifier the length is hyphenated: "a week-long truce", "a 60-day period", "the 42-day first phase". */
const DUR_MODIFIER = `(${NUM})(?:\\s+(day|week|month|hour|year)-long|-(day|week|month|hour|year)(?:-long)?)`;
const BEFORE_NOUN = new RegExp(`\\b${DUR_MODIFIER}\\s+(?:[\\w’'-]+\\s+){0,2}?(?:${TRUCE_NOUN})\\b`, "gi");
/** "a first phase of 42 days", "the truce for seven days". */
const AFTER_NOUN = new RegExp(`\\b(?:(?:${ORDINAL_WORDS})\\s+)?(?:${TRUCE_NOUN})\\b(?:\\s+[\\w’'-]+){0,5}?\\s+(?:for|of|lasting)\\s+${LIMIT}${DUR}\\b`, "gi");
/** "slated to last just four days", "would last 60 days". */
const TO_LAST = new RegExp(`\\b(?:to|will|would|should|shall|could|set\\s+to)\\s+(?:last|run)\\s+(?:for\\s+)?${LIMIT}${DUR}\\b`, "gi");

function rule(re: RegExp, sentence: Parameters<TermRule["find"]>[0]) {
  return eachMatch(re, sentence, (m) => {
    const n = count(m[1]);
    if (n === null) return null;
    const unit = m[2] ?? m[3];
    return makeTerm(sentence, m.index, m.index + m[0].length, "duration", durationValues(n, unit), truceDuration.name);
  });
}

export const truceDuration: TermRule = {
  name: "terms/truce-duration",
  find: (sentence) => [...rule(BEFORE_NOUN, sentence), ...rule(AFTER_NOUN, sentence), ...rule(TO_LAST, sentence)],
};
