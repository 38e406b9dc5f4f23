/** The words of src/lexicon/terms.json that the agreements ledger reads, compiled once. */
import TERMS from "../../lexicon/terms.json" with { type: "json" };
import { alternation } from "../../extract/terms/vocabulary.js";

const END_WORDS = TERMS.end_words as Record<"collapsed" | "expired", string[]>;
export const COLLAPSE_WORDS = new RegExp(`\\b(?:${alternation(END_WORDS.collapsed)})\\b`, "i");
export const EXPIRY_WORDS = new RegExp(`\\b(?:${alternation(END_WORDS.expired)})\\b`, "i");

/** Nouns an agreement is named by, most specific first. */
export const AGREEMENT_NOUNS: readonly string[] = TERMS.agreement_nouns;
export const AGREEMENT_NOUN = new RegExp(`\\b(?:${alternation(TERMS.agreement_nouns)})\\b`, "gi");
