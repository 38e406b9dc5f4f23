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
export const HOST_WORDS = words(WORDS.host_words, "gi");

/** Nouns an agreement is named by, most specific first. */
export const AGREEMENT_NOUNS: readonly string[] = TERMS.agreement_nouns;
export const AGREEMENT_NOUN = words(TERMS.agreement_nouns, "gi");

/** Global: words that make a report one of a ceasefire, or of another kind of deal. */
export const CEASEFIRE_WORDS = words(WORDS.kind_words.ceasefire, "gi");
export const DEAL_WORDS = words(WORDS.kind_words.deal, "gi");

const ARTICLE = `(?:(?:${alternation(WORDS.articles)})\\s+)?`;
/** Ends where a word just after it is dated by another agreement ("before the truce"). */
export const AFTER_TIME_ANCHOR = new RegExp(`\\b(?:${alternation(WORDS.time_anchor_words)})\\s+${ARTICLE}$`, "i");
/** Ends where a word just after it is a verb ("agreed to exchange"). */
export const AFTER_VERB_MARKER = new RegExp(`\\b(?:${alternation(WORDS.verb_markers)})\\s+$`, "i");
/** Ends with a word that joins the name of the agreement noun after it ("prisoner swap"), captured. */
export const QUALIFIER_BEFORE = new RegExp(`\\b(${alternation(WORDS.name_qualifiers)})\\s+$`, "i");
/** Nouns of the act agreed, whose name takes "deal". */
export const ACT_NOUNS: ReadonlySet<string> = new Set(WORDS.act_nouns);
