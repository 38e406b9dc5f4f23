import { cleanText } from "../clean/boilerplate.js";
import { failed, succeeded, type InputItem } from "./input-item.js";

const MAX_TITLE_CHARS = 120;
/** A headline does not end like a sentence or a clause. */
const SENTENCE_END = /[.,;:]["”’)]*$/;

/**
 * The title of a plain text article: its first line when that line is short,
 * does not end like a sentence, and stands alone before a blank line.
 *
 * @example
 * plainTextTitle("Talks resume in Doha\n\nNegotiators met on Monday.") // → "Talks resume in Doha"
 * plainTextTitle("Negotiators met on Monday.\n\nThey left.")           // → null
 */
export function plainTextTitle(text: string): string | null {
  const end = text.indexOf("\n\n");
  if (end <= 0 || end >= MAX_TITLE_CHARS) return null;
  const line = text.slice(0, end);
  if (line.includes("\n") || SENTENCE_END.test(line)) return null;
  return line;
}

/**
 * Reads a plain text article: boilerplate removed by cleanText, title from
 * the first line (which stays in the text), outlet and byline from the boilerplate.
 *
 * @example
 * readText("a.txt", "By Ana Ruiz, CNN\n\nTalks resumed.").article.outlet // → "CNN"
 */
export function readText(origin: string, raw: string): InputItem {
  const cleaned = cleanText(raw);
  if (cleaned.text.length === 0) return failed(origin, "no text left after removing boilerplate");
  return succeeded({
    origin,
    url: null,
    outlet: cleaned.outlet,
    title: plainTextTitle(cleaned.text),
    byline: cleaned.byline,
    publishedMeta: null,
    text: cleaned.text,
    boilerplate: cleaned.removed,
  });
}
