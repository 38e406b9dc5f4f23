/** The words of src/lexicon (terms.json, agreements.json) that the agreements ledger reads, compiled once. */
import TERMS from "../../lexicon/terms.json" with { type: "json" };
import WORDS from "../../lexicon/agreements.json" with { type: "json" };
import { alternation } from "../../extract/terms/vocabulary.js";

function words(list: readonly string[], flags = "i"): RegExp {
  return new RegExp(`\\b(?:${alternation(list)})\\b`, flags);
}

export const COLLAPSE_WORDS = words(WORDS.end_words.collapsed);
export const EXPIRY_WORDS = words(WORDS.end_words.expired);
export const PLANNED_LENGTH_WORDS = words(WORDS.planned_length_words);
export const EXTENSION_WORDS = words(WORDS.extension_words);
/** Global: every mention in a sentence is needed, with its position. */
export const MEDIATION_WORDS = words(WORDS.mediation_words, "gi");

/** Nouns an agreement is named by, most specific first. */
export const AGREEMENT_NOUNS: readonly string[] = TERMS.agreement_nouns;
export const AGREEMENT_NOUN = words(TERMS.agreement_nouns, "gi");
