import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { cleanText } from "../clean/boilerplate.js";
import { creditedByline } from "./credited-byline.js";
import { paragraphsOf, type DomNode } from "./html-paragraphs.js";
import { readHtmlMetadata } from "./html-metadata.js";
import { isoDay } from "./iso-day.js";
import { failed, succeeded, type InputItem } from "./input-item.js";

/** Below this many characters of cleaned text, what Readability found is a teaser or a menu. */
const MIN_ARTICLE_CHARS = 200;
const NO_ARTICLE = "no article found in the HTML page";

/**
 * Reads a whole HTML page: metadata from meta tags and JSON-LD, the main
 * content through Readability, kept as paragraphs and cleaned of boilerplate.
 * The byline falls back from metadata to Readability's to a "By …" line.
 *
 * @example
 * const item = readHtml("page.html", html);
 * if (item.ok) item.article.publishedMeta // → "2025-03-21"
 */
export function readHtml(origin: string, html: string): InputItem {
  const { document } = parseHTML(html);
  const meta = readHtmlMetadata(document);
  let parsed;
  try {
    // Keep the DOM node instead of serializing it: paragraphsOf walks it directly.
    parsed = new Readability<Node>(document as unknown as Document, { serializer: (node) => node, keepClasses: true }).parse();
  } catch (err) {
    return failed(origin, `${NO_ARTICLE} (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!parsed?.content) return failed(origin, NO_ARTICLE);
  const cleaned = cleanText(paragraphsOf(parsed.content as unknown as DomNode));
  if (cleaned.text.length < MIN_ARTICLE_CHARS) return failed(origin, NO_ARTICLE);
  const outlet = meta.outlet ?? cleaned.outlet ?? (parsed.siteName?.trim() || null);
  return succeeded({
    origin,
    url: meta.url,
    outlet,
    title: meta.title ?? (parsed.title?.trim() || null),
    // Readability's byline comes from class="byline" elements, which the paragraph walk drops.
    byline: meta.byline ?? creditedByline([parsed.byline], outlet) ?? creditedByline([cleaned.byline], outlet),
    publishedMeta: meta.publishedMeta ?? isoDay(parsed.publishedTime),
    text: cleaned.text,
    boilerplate: cleaned.removed,
  });
}
