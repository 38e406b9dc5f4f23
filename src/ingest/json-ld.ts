/** The fields sitrep reads from a page's JSON-LD article object. */
export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  publisher: string | null;
  url: string | null;
  /** Names of the people in `author`, in order; organizations are left out (they are outlets). */
  authors: string[];
}

interface ScriptSource {
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}

type Json = Record<string, unknown>;

/** schema.org types of a news page's main object. */
const ARTICLE_TYPE = /(?:Article|Posting|Report)$/;
/** schema.org Organization and its subtypes that credit newsrooms ("NewsMediaOrganization"). */
const ORGANIZATION_TYPE = /Organization\b/;

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function text(v: unknown): string | null {
  if (typeof v === "string") return v.trim() || null;
  if (Array.isArray(v)) return text(v[0]);
  if (isObject(v)) return text(v.name ?? v["@id"] ?? v.url);
  return null;
}

/**
 * Person names in an `author` value: a string, a Person object, or a list of
 * either; Organization objects are newsrooms, not people, and are left out.
 *
 * @example
 * personNames([{ "@type": "Person", name: "Ana Ruiz" }, { "@type": "NewsMediaOrganization", name: "Gazette" }])
 * // → ["Ana Ruiz"]
 */
export function personNames(v: unknown): string[] {
  if (typeof v === "string") return v.trim() ? [v] : [];
  if (Array.isArray(v)) return v.flatMap(personNames);
  if (!isObject(v) || ORGANIZATION_TYPE.test(String(v["@type"] ?? ""))) return [];
  return typeof v.name === "string" ? personNames(v.name) : [];
}

/** Every object in a JSON-LD value: top level, arrays and `@graph` lists. */
function* objects(v: unknown): Generator<Json> {
  if (Array.isArray(v)) for (const item of v) yield* objects(item);
  else if (isObject(v)) {
    yield v;
    if (v["@graph"]) yield* objects(v["@graph"]);
  }
}

function isArticle(o: Json): boolean {
  const types = Array.isArray(o["@type"]) ? o["@type"] : [o["@type"]];
  return types.some((t) => typeof t === "string" && ARTICLE_TYPE.test(t));
}

/**
 * The first article object in the page's `<script type="application/ld+json">`
 * blocks; broken JSON is skipped, as browsers and crawlers do.
 *
 * @example
 * jsonLdArticle(parseHTML('<script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script>').document)?.headline
 * // → "H"
 */
export function jsonLdArticle(doc: ScriptSource): JsonLdArticle | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(scripts[i].textContent ?? "");
    } catch {
      continue;
    }
    for (const o of objects(parsed)) {
      if (!isArticle(o)) continue;
      return {
        headline: text(o.headline) ?? text(o.name),
        datePublished: text(o.datePublished) ?? text(o.dateCreated),
        publisher: text(o.publisher),
        url: text(o.url) ?? text(o.mainEntityOfPage),
        authors: personNames(o.author),
      };
    }
  }
  return null;
}
