/**
 * Exchanges of one count for another: "one Israeli hostage for three
 * Palestinian prisoners", "33 hostages would be freed in exchange for 1,900
 * prisoners", "a 1,000-for-1,000 prisoner swap". When both halves are of one
 * class (prisoners of war on both sides), the second count is `in_return`.
 */
import { eachMatch, makeTerm, type TermRule } from "../term-rule.js";
import { MODIFIERS, NUM, PERSON, PERSON_NOUN, captiveClass, count, exchangeClasses } from "../vocabulary.js";

const APPROX = "(?:(?:about|around|some|nearly|roughly|up\\s+to|more\\s+than)\\s+)?";
// The first half's noun may be followed by a short verb group before "in exchange for".
const NOUN_FOR_NOUN = new RegExp(
  `\\b(${NUM})\\s+${MODIFIERS}${PERSON}(?:\\s+[a-z’'-]+){0,5}?\\s+(?:in\\s+(?:exchange|return)\\s+for|for)\\s+${APPROX}(${NUM})\\s+${MODIFIERS}${PERSON}`,
  "gi");
const COUNT_FOR_COUNT = new RegExp(`\\b(${NUM})(?:-|\\s+)for(?:-|\\s+)(${NUM})\\b(?:\\s+${MODIFIERS}${PERSON})?`, "gi");
const ANY_PERSON = new RegExp(`\\b(${PERSON_NOUN})\\b`, "gi");

function values(a: string, na: number, b: string, nb: number): Record<string, number> {
  return a === b ? { [a]: na, in_return: nb } : { [a]: na, [b]: nb };
}

/** The first captive class the sentence names, for swaps that state only counts. */
function sentenceClass(text: string): string | null {
  ANY_PERSON.lastIndex = 0;
  for (let m = ANY_PERSON.exec(text); m; m = ANY_PERSON.exec(text)) {
    const c = captiveClass(m[1]);
    if (c) return c;
  }
  return null;
}

export const exchangeForCount: TermRule = {
  name: "terms/exchange-for-count",
  find(sentence) {
    const nouns = eachMatch(NOUN_FOR_NOUN, sentence, (m) => {
      const a = count(m[1]);
      const b = count(m[3]);
      const ca = captiveClass(m[2]);
      const cb = captiveClass(m[4]);
      const classes = ca && cb ? [ca, cb] : exchangeClasses(m[2], m[4]);
      if (!classes || a === null || b === null) return null;
      return makeTerm(sentence, m.index, m.index + m[0].length, "exchange_ratio",
        values(classes[0], a, classes[1], b), exchangeForCount.name);
    });
    let inSentence: string | null | undefined;
    const counts = eachMatch(COUNT_FOR_COUNT, sentence, (m) => {
      const a = count(m[1]);
      const b = count(m[2]);
      if (!m[3] && inSentence === undefined) inSentence = sentenceClass(sentence.text);
      const cls = (m[3] ? captiveClass(m[3]) : null) ?? inSentence ?? null;
      if (a === null || b === null || cls === null || /^an?$/i.test(m[1])) return null;
      return makeTerm(sentence, m.index, m.index + m[0].length, "exchange_ratio", values(cls, a, cls, b), exchangeForCount.name);
    });
    return [...nouns, ...counts];
  },
};
