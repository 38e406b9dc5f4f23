/**
 * What kind of agreement a sentence tells of: a ceasefire (it stops the
 * fighting) or another deal (a swap, a declaration, a corridor). A word right
 * after a time anchor ("hours before the truce was announced") dates the
 * report by another agreement and tells nothing of this one. A sentence
 * naming both kinds tells of a ceasefire, since a truce that includes a swap
 * is still a truce; one naming neither ("the agreement was announced")
 * decides nothing.
 */
import { AFTER_TIME_ANCHOR, CEASEFIRE_WORDS, DEAL_WORDS } from "./vocabulary.js";

export type ReportKind = "ceasefire" | "deal" | null;

/**
 * Whether `at` in the sentence follows a time anchor.
 *
 * @example
 * isTimeAnchored("Hours before the truce began, …", 13) // → true
 */
export function isTimeAnchored(sentence: string, at: number): boolean {
  return AFTER_TIME_ANCHOR.test(sentence.slice(0, at));
}

function names(sentence: string, words: RegExp): boolean {
  return [...sentence.matchAll(words)].some((m) => !isTimeAnchored(sentence, m.index));
}

/**
 * The kind of agreement a sentence reports, or null when its words decide none.
 *
 * @example
 * reportKind("The two sides signed an agreement for a week-long truce.")     // → "ceasefire"
 * reportKind("Before the truce, both sides exchanged 50 prisoners in a deal.") // → "deal"
 * reportKind("The agreement was announced on Tuesday.")                      // → null
 */
export function reportKind(sentence: string): ReportKind {
  if (names(sentence, CEASEFIRE_WORDS)) return "ceasefire";
  return names(sentence, DEAL_WORDS) ? "deal" : null;
}
