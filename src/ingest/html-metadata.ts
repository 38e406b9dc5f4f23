import { jsonLdArticle } from "./json-ld.js";
import { isoDay } from "./iso-day.js";

/** What a page's head and markup say about the article, before any text is read. */
export interface HtmlMetadata {
  title: string | null;
  outlet: string | null;
  url: string | null;
  publishedMeta: string | null;
}

interface Element {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

interface MetaSource {
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): ArrayLike<Element & { textContent: string | null }>;
}

/** Each list is in order of trust; JSON-LD slots in after the first (Open Graph) entry. */
const OG_TITLE = ['meta[property="og:title"]'];
const OTHER_TITLE = ['meta[name="twitter:title"]', 'meta[name="title"]'];
const OG_SITE = ['meta[property="og:site_name"]'];
const OTHER_SITE = ['meta[name="application-name"]', 'meta[name="publisher"]'];
const URL_SELECTORS = ['link[rel="canonical"]', 'meta[property="og:url"]'];
const OG_DATE = ['meta[property="article:published_time"]', 'meta[name="article:published_time"]'];
const ITEMPROP_DATE = ['meta[itemprop="datePublished"]', '[itemprop="datePublished"][datetime]', '[itemprop="datePublished"][content]'];
/** Meta names are matched case-insensitively: pages write "DC.date" and "dc.date". */
const DATE_META_NAMES = new Set([
  "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date", "dc.date.issued",
  "dcterms.date", "dcterms.issued", "article.published", "parsely-pub-date", "sailthru.date", "og:published_time",
]);

function attr(el: Element | null): string | null {
  const v = el?.getAttribute("content") ?? el?.getAttribute("href") ?? el?.getAttribute("datetime") ?? null;
  return v?.trim() || null;
}

function first(doc: MetaSource, selectors: string[]): string | null {
  for (const s of selectors) {
    const v = attr(doc.querySelector(s));
    if (v) return v;
  }
  return null;
}

function namedDateMeta(doc: MetaSource): string | null {
  const metas = doc.querySelectorAll("meta[name]");
  for (let i = 0; i < metas.length; i++) {
    const name = metas[i].getAttribute("name")?.toLowerCase();
    const value = name && DATE_META_NAMES.has(name) ? attr(metas[i]) : null;
    if (value) return value;
  }
  return null;
}

/**
 * Title, outlet, canonical URL and publication day from meta tags and
 * JSON-LD. Read before Readability runs, because Readability edits the DOM.
 *
 * @example
 * readHtmlMetadata(parseHTML('<meta property="og:site_name" content="Kyiv Gazette">').document).outlet
 * // → "Kyiv Gazette"
 */
export function readHtmlMetadata(doc: MetaSource): HtmlMetadata {
  const ld = jsonLdArticle(doc);
  const published =
    first(doc, OG_DATE) ?? ld?.datePublished ?? first(doc, ITEMPROP_DATE) ??
    attr(doc.querySelector("article time[datetime]")) ?? namedDateMeta(doc);
  return {
    title: first(doc, OG_TITLE) ?? ld?.headline ?? first(doc, OTHER_TITLE),
    outlet: first(doc, OG_SITE) ?? ld?.publisher ?? first(doc, OTHER_SITE),
    url: first(doc, URL_SELECTORS) ?? ld?.url ?? null,
    publishedMeta: isoDay(published),
  };
}
