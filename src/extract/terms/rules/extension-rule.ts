/**
 * Extension rules that trade released people for days of truce, in either
 * order: "10 hostages for each extra day of pause", "one additional day for
 * every ten hostages released", "extended by a day for every 10 captives".
 */
import { eachMatch, makeTerm, type TermRule } from "../term-rule.js";
import { MODIFIERS, NUM, PERSON, captiveClass, count } from "../vocabulary.js";

const EXTRA = "(?:(?:extra|additional|further|more)\\s+)";
const UNIT = "(day|week)s?";
const PEOPLE_PER_DAY = new RegExp(
  `\\b(${NUM})\\s+${MODIFIERS}${PERSON}(?:\\s+(?:(?:are|is|were|be|will\\s+be)\\s+)?(?:released|freed|returned))?\\s+for\\s+(?:each|every)\\s+(?:(${NUM})\\s+)?${EXTRA}${UNIT}\\b`,
  "gi");
const DAYS_PER_PEOPLE = new RegExp(
  `\\b(${NUM})\\s+(?:${EXTRA}${UNIT}|${UNIT}\\s+(?:more|longer|of\\s+(?:truce|pause|calm|ceasefire)))\\s+for\\s+(?:each|every)\\s+(?:(${NUM})\\s+)?${MODIFIERS}${PERSON}`,
  "gi");

function unitValues(unit: string, n: number): Record<string, number> {
  return unit.toLowerCase() === "week" ? { weeks: n } : { days: n };
}

export const extensionRule: TermRule = {
  name: "terms/extension-rule",
  find(sentence) {
    const byPeople = eachMatch(PEOPLE_PER_DAY, sentence, (m) => {
      const people = count(m[1]);
      const days = m[3] === undefined ? 1 : count(m[3]);
      if (people === null || days === null) return null;
      return makeTerm(sentence, m.index, m.index + m[0].length, "extension_rule",
        { [captiveClass(m[2]) ?? "people"]: people, ...unitValues(m[4], days) }, extensionRule.name);
    });
    const byDays = eachMatch(DAYS_PER_PEOPLE, sentence, (m) => {
      const days = count(m[1]);
      const people = m[4] === undefined ? 1 : count(m[4]);
      if (people === null || days === null) return null;
      return makeTerm(sentence, m.index, m.index + m[0].length, "extension_rule",
        { ...unitValues(m[2] ?? m[3], days), [captiveClass(m[5]) ?? "people"]: people }, extensionRule.name);
    });
    return [...byPeople, ...byDays];
  },
};
