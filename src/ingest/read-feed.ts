import { XMLParser, XMLValidator } from "fast-xml-parser";
import { feedAuthors } from "./feed-authors.js";
import { failed, type InputItem } from "./input-item.js";
import { articleFromFields } from "./item-article.js";

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  // Titles like "2025" must stay strings.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

/** Element text, whatever shape the parser gave it; nested (xhtml) content is joined as paragraphs. */
function text(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === "string") return v.trim() || null;
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === "object") {
    const parts: string[] = [];
    for (const [key, child] of Object.entries(v as Node)) {
      if (key.startsWith("@_")) continue;
      for (const c of Array.isArray(child) ? child : [child]) {
        const t = text(c);
        if (t) parts.push(t);
      }
    }
    return parts.join("\n\n") || null;
  }
  return String(v);
}

/** RSS `<link>` is text; Atom's is `<link rel="alternate" href>` among others. */
function link(v: unknown): string | null {
  if (!Array.isArray(v)) return text(v);
  const links = v as unknown[];
  const alternate = links.find((l) => typeof l === "object" && l !== null && ((l as Node)["@_rel"] ?? "alternate") === "alternate");
  const chosen = (alternate ?? links[0]) as Node | string | undefined;
  return typeof chosen === "object" && chosen !== null ? text(chosen["@_href"]) : text(chosen);
}

/** The channel (RSS, RDF) or feed (Atom) node and its items, or null when there is no feed root. */
function feedParts(doc: Node): { channel: Node; items: Node[] } | null {
  const rss = doc.rss as Node | undefined;
  if (rss) {
    const channel = (rss.channel ?? {}) as Node;
    return { channel, items: (channel.item ?? []) as Node[] };
  }
  const atom = doc.feed as Node | undefined;
  if (atom) return { channel: atom, items: (atom.entry ?? []) as Node[] };
  const rdf = doc["rdf:RDF"] as Node | undefined;
  if (rdf) return { channel: (rdf.channel ?? {}) as Node, items: (rdf.item ?? []) as Node[] };
  return null;
}

function itemArticle(origin: string, item: Node, feedTitle: string | null): InputItem {
  const body = text(item["content:encoded"]) ?? text(item.content) ?? text(item.description) ?? text(item.summary);
  if (!body) return failed(origin, "feed item has no text");
  const source = item.source as Node | string | undefined;
  const itemOutlet = typeof source === "object" && source !== null && "title" in source ? text(source.title) : text(source);
  return articleFromFields({
    origin,
    body,
    isHtml: true,
    url: link(item.link) ?? text(item.guid),
    outlet: itemOutlet ?? text(item["dc:publisher"]) ?? feedTitle,
    title: text(item.title),
    authors: feedAuthors(item),
    published: text(item.pubDate) ?? text(item["dc:date"]) ?? text(item.published) ?? text(item.updated),
  });
}

/**
 * Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed: each item is an article with
 * origin "path#N" (from 1); item HTML becomes paragraphs, the feed title is the
 * outlet when the item names none. A malformed feed is one failed item.
 *
 * @example
 * [...readFeed("news.xml", "<rss><channel><title>Gazette</title><item>…</item></channel></rss>")]
 * // → [{ ok: true, article: { origin: "news.xml#1", outlet: "Gazette", … } }]
 */
export function* readFeed(path: string, xml: string): Generator<InputItem> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    yield failed(path, `malformed RSS/Atom feed: ${valid.err.msg} (line ${valid.err.line})`);
    return;
  }
  let parts;
  try {
    parts = feedParts(parser.parse(xml) as Node);
  } catch (err) {
    yield failed(path, `malformed RSS/Atom feed: ${err instanceof Error ? err.message : String(err)}`);
    return;
  }
  if (!parts) {
    yield failed(path, "malformed RSS/Atom feed: no <rss>, <feed> or <rdf:RDF> root element");
    return;
  }
  if (parts.items.length === 0) {
    yield failed(path, "feed has no items");
    return;
  }
  const feedTitle = text(parts.channel.title);
  for (let i = 0; i < parts.items.length; i++) yield itemArticle(`${path}#${i + 1}`, parts.items[i], feedTitle);
}
