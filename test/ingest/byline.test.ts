import { test } from "node:test";
import assert from "node:assert/strict";
import { parseHTML } from "linkedom";
import { parseByline } from "../../src/clean/byline.js";
import { creditedByline } from "../../src/ingest/credited-byline.js";
import { feedAuthors } from "../../src/ingest/feed-authors.js";
import { readHtmlMetadata } from "../../src/ingest/html-metadata.js";
import type { InputItem } from "../../src/ingest/input-item.js";
import { readFeed } from "../../src/ingest/read-feed.js";
import { readHtml } from "../../src/ingest/read-html.js";
import { readJsonl } from "../../src/ingest/read-jsonl.js";
import { readText } from "../../src/ingest/read-text.js";
import { extractDocument } from "../../src/pipeline.js";

const PARAGRAPH = "<p>Negotiators from the two delegations met in a lakeside town on Thursday for a third round of talks, "
  + "and mediators said a draft text would extend the truce by thirty days and open the southern crossing to trucks.</p>";

function bylineOf(item: InputItem): string | null {
  assert.ok(item.ok, item.ok ? "" : item.error);
  return item.ok ? item.article.byline : null;
}

function metaByline(head: string): string | null {
  return readHtmlMetadata(parseHTML(`<!doctype html><html><head>${head}</head><body></body></html>`).document).byline;
}

const LD = (author: unknown, extra = "") =>
  `<script type="application/ld+json">{"@type":"NewsArticle","headline":"H"${extra},"author":${JSON.stringify(author)}}</script>`;

test("parseByline splits the authors from the outlet", () => {
  const cases: [string, string | null, string | null][] = [
    ["By Ana Ruiz, Tom Hale and Sun Li, Delta News", "Ana Ruiz, Tom Hale and Sun Li", "Delta News"],
    ["By Ana Ruiz and Tom Hale", "Ana Ruiz and Tom Hale", null],
    ["By Ana Ruiz | DBC", "Ana Ruiz", "DBC"],
    ["By Ana Ruiz, Tom Hale", "Ana Ruiz, Tom Hale", null],
    ["By Yusuf al-Amin & Marie de la Cruz", "Yusuf al-Amin & Marie de la Cruz", null],
    ["By Reuters", null, null],
    ["By The Plains Herald", null, null],
    ["By Updated 10:45 GMT, March 3", null, null],
  ];
  for (const [line, authors, outlet] of cases) assert.deepEqual(parseByline(line), { authors, outlet }, line);
  assert.equal(parseByline("By Tuesday, the army had withdrawn"), null);
});

test("creditedByline cleans metadata values and joins them", () => {
  assert.equal(creditedByline(["By Ana Ruiz", "Tom Hale", "Sun Li"], null), "Ana Ruiz, Tom Hale and Sun Li");
  assert.equal(creditedByline(["Ana Ruiz", "ana ruiz", "Tom Hale"], null), "Ana Ruiz and Tom Hale");
  assert.equal(creditedByline(["desk@delta.example (Ana Ruiz)"], null), "Ana Ruiz");
  assert.equal(creditedByline(["Ana Ruiz - Eastern Ledger"], "Eastern Ledger"), "Ana Ruiz");
  assert.equal(creditedByline(["Ana Ruiz, Delta News"], null), "Ana Ruiz");
});

test("creditedByline keeps outlets, URLs and junk out", () => {
  assert.equal(creditedByline(["The Eastern Ledger"], "Eastern Ledger"), null);
  assert.equal(creditedByline(["Eastern Ledger", "Ana Ruiz"], "Eastern Ledger"), "Ana Ruiz");
  assert.equal(creditedByline(["Reuters"], null), null);
  assert.equal(creditedByline(["Staff Reporter"], null), null);
  assert.equal(creditedByline(["https://social.example/ana.ruiz"], null), null);
  assert.equal(creditedByline(["desk@delta.example"], null), null);
  assert.equal(creditedByline(["posted by admin"], null), null);
  assert.equal(creditedByline([`Ana ${"Ruiz ".repeat(80)}`], null), null);
  assert.equal(creditedByline([null, undefined, ""], null), null);
});

test("HTML metadata: meta author, then article:author names, then JSON-LD", () => {
  assert.equal(metaByline(`<meta name="author" content="Ana Ruiz"><meta name="Author" content="Tom Hale">${LD("Sun Li")}`), "Ana Ruiz and Tom Hale");
  assert.equal(metaByline(`<meta property="article:author" content="https://social.example/ana">${LD("Sun Li")}`), "Sun Li");
  assert.equal(metaByline(`<meta property="article:author" content="Ana Ruiz">${LD("Sun Li")}`), "Ana Ruiz");
  assert.equal(metaByline(LD({ "@type": "Person", name: "Sun Li", url: "https://delta.example/sun" })), "Sun Li");
  assert.equal(metaByline(LD([{ name: "Ana Ruiz" }, "Tom Hale", { "@type": "Person", name: "Sun Li" }])), "Ana Ruiz, Tom Hale and Sun Li");
});

test("HTML metadata: an author that is the outlet, an organization or a URL gives no byline", () => {
  assert.equal(metaByline(`<meta property="og:site_name" content="Delta Courier"><meta name="author" content="Delta Courier">`), null);
  assert.equal(metaByline(`<meta name="author" content="Delta Courier">${LD("Sun Li", ',"publisher":{"name":"Delta Courier"}')}`), "Sun Li");
  assert.equal(metaByline(LD({ "@type": "NewsMediaOrganization", name: "Delta Courier" })), null);
  assert.equal(metaByline(LD([{ "@type": ["Organization"], name: "Delta Courier" }])), null);
  assert.equal(metaByline(LD({ "@id": "https://delta.example/#sun" })), null);
  assert.equal(metaByline(""), null);
});

test("HTML page: Readability's byline, then a 'By' paragraph, when metadata names nobody", () => {
  const page = (article: string) => `<!doctype html><html><body><article><h1>Talks</h1>${article}${PARAGRAPH}</article></body></html>`;
  assert.equal(bylineOf(readHtml("a.html", page(`<div class="byline">By Ana Ruiz and Tom Hale</div>`))), "Ana Ruiz and Tom Hale");
  assert.equal(bylineOf(readHtml("b.html", page(`<p>By Ana Ruiz, Delta News</p>`))), "Ana Ruiz");
  assert.equal(bylineOf(readHtml("c.html", page(`<div class="byline">Updated 10:45 GMT, March 3</div>`))), null);
  assert.equal(bylineOf(readHtml("d.html", page(""))), null);
  const withMeta = page(`<div class="byline">By Tom Hale</div>`).replace("<body>", `<head><meta name="author" content="Ana Ruiz"></head><body>`);
  assert.equal(bylineOf(readHtml("e.html", withMeta)), "Ana Ruiz");
});

test("feed authors: RSS author, dc:creator, Atom author name, atom:author", () => {
  assert.deepEqual(feedAuthors({ author: "desk@delta.example (Ana Ruiz)" }), ["desk@delta.example (Ana Ruiz)"]);
  assert.deepEqual(feedAuthors({ "dc:creator": ["Ana Ruiz", { "#text": "Tom Hale", "@_xml:lang": "en" }] }), ["Ana Ruiz", "Tom Hale"]);
  assert.deepEqual(feedAuthors({ author: [{ name: "Sun Li" }, { name: "Tom Hale", uri: "https://x.example" }] }), ["Sun Li", "Tom Hale"]);
  assert.deepEqual(feedAuthors({ "atom:author": { "atom:name": "Sun Li" } }), ["Sun Li"]);
  assert.deepEqual(feedAuthors({ title: "No author" }), []);
});

test("RSS item: atom:author inside RSS; an address without a name and the feed's own name give null", () => {
  const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Delta Courier</title>
    <item><title>A</title><description>Talks resumed on Monday.</description><atom:author><atom:name>Sun Li</atom:name></atom:author></item>
    <item><title>B</title><description>Talks resumed on Monday.</description><author>desk@delta.example</author></item>
    <item><title>C</title><description>Talks resumed on Monday.</description><dc:creator>Delta Courier</dc:creator></item>
    <item><title>D</title><description>&lt;p&gt;By Tom Hale, Delta Courier&lt;/p&gt;&lt;p&gt;Talks resumed on Monday.&lt;/p&gt;</description></item>
  </channel></rss>`;
  assert.deepEqual([...readFeed("f.xml", rss)].map(bylineOf), ["Sun Li", null, null, "Tom Hale"]);
});

test("JSON Lines: byline wins over author; author lists and objects; outlet names dropped", () => {
  const lines = [
    { text: "Talks resumed.", byline: "By Ana Ruiz", author: "Tom Hale" },
    { text: "Talks resumed.", author: [{ name: "Ana Ruiz" }, "Tom Hale"] },
    { text: "Talks resumed.", author: "Delta Courier", outlet: "Delta Courier" },
    { text: "Talks resumed.", author: 42 },
    { text: "By Sun Li, Delta Courier\n\nTalks resumed." },
  ].map((r) => JSON.stringify(r)).join("\n");
  assert.deepEqual([...readJsonl("a.jsonl", lines)].map(bylineOf), ["Ana Ruiz", "Ana Ruiz and Tom Hale", null, null, "Sun Li"]);
});

test("plain text: the byline line's authors; no byline line gives null", () => {
  assert.equal(bylineOf(readText("a.txt", "By Ana Ruiz and Tom Hale, Delta News\n\nTalks resumed.")), "Ana Ruiz and Tom Hale");
  assert.equal(bylineOf(readText("b.txt", "By Tuesday, talks had resumed.")), null);
});

test("extractDocument copies the byline into the record", () => {
  const article = { origin: "a.txt", url: null, outlet: null, title: null, byline: "Ana Ruiz", publishedMeta: null,
    text: "Talks resumed on Monday.", boilerplate: [] };
  assert.equal(extractDocument(article, { published: "2031-05-16" }).byline, "Ana Ruiz");
  assert.equal(extractDocument({ ...article, byline: null }).byline, null);
});
