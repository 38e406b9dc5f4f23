/**
 * The words of src/lexicon/terms.json as regular-expression fragments,
 * compiled once at module load; the rules only assemble them.
 */
import { DEMONYM_WORDS } from "../../lexicon/demonyms.js";
import TERMS from "../../lexicon/terms.json" with { type: "json" };
import { parseNumber } from "../../text/numbers.js";

/** An alternation of phrases, longest first so "prisoners of war" wins over "prisoners". */
export function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"))
    .join("|");
}

const WORD_NUMBERS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
const TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
/** A count as written: "1,000", "42", "three", "twenty-five", "a"/"an" (= 1, as in "a week"). */
export const NUM = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?:${TENS})(?:-(?:${WORD_NUMBERS}))?|${WORD_NUMBERS}|an?)`;

/** Up to three modifier words before a noun ("Palestinian", "living", "women and"). */
export const MODIFIERS = "(?:[\\w’'-]+\\s+){0,3}?";

const captiveClasses = TERMS.captives as Record<string, string[]>;
const CAPTIVE_CLASS = new Map<string, string>();
for (const [key, words] of Object.entries(captiveClasses)) for (const w of words) CAPTIVE_CLASS.set(w.toLowerCase(), key);

/** A noun of people who are exchanged or released: a captive noun, or a people noun whose class the context gives. */
export const PERSON_NOUN = `(?:${alternation([...CAPTIVE_CLASS.keys(), ...TERMS.people, ...DEMONYM_WORDS])})`;

/**
 * A person noun as the head of its phrase (one capture group): not followed by
 * another person noun, so in "Palestinian prisoners" the head is "prisoners".
 */
export const PERSON = `(${PERSON_NOUN})(?![\\w’'-])(?!\\s+${PERSON_NOUN}(?![\\w’'-]))`;

/**
 * The values key a person noun counts under ("detainees" → "prisoners"),
 * or null for nouns that name people without saying which side of a deal
 * they are on ("Palestinians", "civilians").
 *
 * @example
 * captiveClass("POWs")         // → "prisoners"
 * captiveClass("Palestinians") // → null
 */
export function captiveClass(noun: string): string | null {
  return CAPTIVE_CLASS.get(noun.toLowerCase().replace(/\s+/g, " ")) ?? null;
}

/**
 * The classes of the two halves of an exchange: a half the text leaves open
 * ("three Palestinians for every hostage") is the other captive class, since
 * captives are swapped for prisoners and back.
 *
 * @example
 * exchangeClasses("Palestinians", "hostage") // → ["prisoners", "hostages"]
 * exchangeClasses("Ukrainians", "POW")       // → ["people", "prisoners"]
 */
export function exchangeClasses(a: string | undefined, b: string | undefined): [string, string] | null {
  const ca = a ? captiveClass(a) : null;
  const cb = b ? captiveClass(b) : null;
  // hostages are traded for prisoners; what a prisoner is traded for the text must say
  const other = (c: string): string => (c === "hostages" ? "prisoners" : "people");
  if (ca && cb) return [ca, cb];
  if (ca) return [ca, other(ca)];
  if (cb) return [other(cb), cb];
  return null;
}

/**
 * A written count as a number ("a" and "an" are one).
 *
 * @example
 * count("1,000") // → 1000
 * count("an")    // → 1
 */
export function count(text: string | undefined): number | null {
  if (text === undefined) return null;
  return /^an?$/i.test(text) ? 1 : parseNumber(text);
}

export const TRIGGER = new RegExp(`\\b(?:${alternation(TERMS.triggers)})\\b`, "i");
export const TRUCE_NOUN = `(?:${alternation(TERMS.truce_nouns)})`;
export const AID_UNIT = `(?:${alternation(TERMS.aid_units)})`;
export const WITHDRAWAL_WORD = `(?:${alternation(TERMS.withdrawal_words)})`;
export const WEEKDAY = `(?:${alternation(TERMS.weekdays)})`;

const CADENCE_PER = new Map<string, string>();
for (const [per, words] of Object.entries(TERMS.cadences as Record<string, string[]>)) {
  for (const w of words) CADENCE_PER.set(w.toLowerCase(), per);
}
/** How often something repeats: "weekly", "a day", "every Saturday". */
export const CADENCE = `(?:${alternation([...CADENCE_PER.keys()])}|(?:every|each)\\s+${WEEKDAY}|on\\s+${WEEKDAY}s)`;

/**
 * The `per` value of a cadence: "week" for "weekly", "saturday" for "every Saturday".
 *
 * @example
 * cadencePer("every  week")   // → "week"
 * cadencePer("on Saturdays")  // → "saturday"
 */
export function cadencePer(text: string): string {
  const folded = text.toLowerCase().replace(/\s+/g, " ");
  return CADENCE_PER.get(folded) ?? folded.replace(/^(?:every|each|on) /, "").replace(/s$/, "");
}

const ORDINALS = TERMS.ordinals as Record<string, number>;
export const ORDINAL_WORDS = alternation(Object.keys(ORDINALS));
const PHASE_NOUN = alternation(TERMS.phase_nouns);
/** "the second phase" (group 1) or "phase two" (group 2). */
export const PHASE_MENTION = `(?:\\b(${ORDINAL_WORDS})\\s+(?:${PHASE_NOUN})\\b|\\b(?:${PHASE_NOUN})\\s+(${ORDINAL_WORDS})\\b)`;

/**
 * The number of a phase from its ordinal word.
 *
 * @example
 * phaseNumber("second") // → 2
 * phaseNumber("III")    // → 3
 */
export function phaseNumber(word: string): number | null {
  return ORDINALS[word] ?? ORDINALS[word.toLowerCase()] ?? null;
}

export const PHASE_CONTENT = Object.entries(TERMS.phase_content as Record<string, string[]>)
  .map(([key, words]) => ({ key, pattern: new RegExp(`\\b(?:${alternation(words)})\\b`, "i") }));
