import { creditedByline } from "./credited-byline.js";
import { jsonLdArticle } from "./json-ld.js";
import { isoDay } from "./iso-day.js";

/** What a page's head and markup say about the article, before any text is read. */
export interface HtmlMetadata {
  title: string | null;
  outlet: string | null;
  url: string | null;
  /** The authors as credited, outlet names left out. */
  byline: string | null;
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
const AUTHOR_META_NAMES = new Set(["author"]);
/** article:author is often a profile URL rather than a name. */
const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i;

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

/** The values of the meta tags whose name, in any case, is in `names`, in page order. */
function namedMeta(doc: MetaSource, names: Set<string>): string[] {
  const values: string[] = [];
  const metas = doc.querySelectorAll("meta[name]");
  for (let i = 0; i < metas.length; i++) {
    const name = metas[i].getAttribute("name")?.toLowerCase();
    const value = name && names.has(name) ? attr(metas[i]) : null;
    if (value) values.push(value);
  }
  return values;
}

/** The values of every element `selector` matches, in page order. */
function all(doc: MetaSource, selector: string): string[] {
  const values: string[] = [];
  const elements = doc.querySelectorAll(selector);
  for (let i = 0; i < elements.length; i++) {
    const value = attr(elements[i]);
    if (value) values.push(value);
  }
  return values;
}

/**
 * Title, outlet, canonical URL, byline and publication day from meta tags
 * and JSON-LD. Read before Readability runs, because Readability edits the
 * DOM. The byline comes from the first of meta name="author",
 * article:author (names, not profile URLs) and JSON-LD `author` that names
 * a person other than the outlet.
 *
 * @example
 * readHtmlMetadata(parseHTML('<meta property="og:site_name" content="Kyiv Gazette">').document).outlet
 * // → "Kyiv Gazette"
 */
export function readHtmlMetadata(doc: MetaSource): HtmlMetadata {
  const ld = jsonLdArticle(doc);
  const published =
    first(doc, OG_DATE) ?? ld?.datePublished ?? first(doc, ITEMPROP_DATE) ??
    attr(doc.querySelector("article time[datetime]")) ?? namedMeta(doc, DATE_META_NAMES)[0];
  const outlet = first(doc, OG_SITE) ?? ld?.publisher ?? first(doc, OTHER_SITE);
  const byline =
    creditedByline(namedMeta(doc, AUTHOR_META_NAMES), outlet) ??
    creditedByline(all(doc, 'meta[property="article:author"]').filter((v) => !URL_LIKE.test(v)), outlet) ??
    creditedByline(ld?.authors ?? [], outlet);
  return {
    title: first(doc, OG_TITLE) ?? ld?.headline ?? first(doc, OTHER_TITLE),
    outlet,
    url: first(doc, URL_SELECTORS) ?? ld?.url ?? null,
    byline,
    publishedMeta: isoDay(published),
  };
}
