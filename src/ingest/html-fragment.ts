import { parseHTML } from "linkedom";
import { paragraphsOf, type DomNode } from "./html-paragraphs.js";

/** Markup that makes a string HTML rather than text with a stray "<". */
const HAS_TAGS = /<\/?[a-z][a-z0-9]*\b[^>]*>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;

/**
 * The paragraphs of an HTML fragment (a feed item's content, a JSON Lines
 * `html` field): no Readability, since the fragment is already the article.
 * Text without markup comes back as it is.
 *
 * @example
 * fragmentText("<p>One.</p><p>Two &amp; three.</p>") // → "One.\n\nTwo & three."
 */
export function fragmentText(html: string): string {
  if (!HAS_TAGS.test(html)) return html;
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return paragraphsOf(document.body as unknown as DomNode);
}
