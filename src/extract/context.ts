import type { AnalyzedText } from "../text/analyzed-text.js";
import type { Sentence } from "../text/sentences.js";
import type { Time } from "../types.js";

/**
 * What the figure and event extractors get besides the text: the document
 * creation time and the time expressions already resolved against it.
 */
export interface ExtractContext {
  doc: AnalyzedText;
  /** Publication date (DCT), ISO day, or null when unknown. */
  dct: string | null;
  /** Time expressions of the whole document, in text order. */
  times: Time[];
}

/** The time expressions that lie inside a sentence, in text order. */
export function timesInSentence(ctx: ExtractContext, sentence: Sentence): Time[] {
  return ctx.times.filter((t) => t.span[0] >= sentence.start && t.span[1] <= sentence.end);
}
