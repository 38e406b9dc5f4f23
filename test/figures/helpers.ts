import { AnalyzedText } from "../../src/text/analyzed-text.js";
import { extractFigures } from "../../src/extract/figures/index.js";
import { extractTimes } from "../../src/extract/times/index.js";
import type { Figure } from "../../src/types.js";

/** The DCT the figure tests pin: a Friday. */
export const DCT = "2024-06-14";

/** Runs figure extraction on a short text with times resolved against `dct`. */
export function figuresOf(text: string, dct: string | null = DCT): Figure[] {
  const doc = new AnalyzedText(text);
  return extractFigures({ doc, dct, times: extractTimes(doc, dct) });
}
