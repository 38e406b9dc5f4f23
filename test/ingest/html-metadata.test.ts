import { test } from "node:test";
import assert from "node:assert/strict";
import { parseHTML } from "linkedom";
import { readHtmlMetadata } from "../../src/ingest/html-metadata.js";
import { fragmentText } from "../../src/ingest/html-fragment.js";

function meta(head: string, body = "") {
  return readHtmlMetadata(parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document);
}

test("Open Graph wins over JSON-LD, JSON-LD over other tags", () => {
  const ld = `<script type="application/ld+json">{"@type":["NewsArticle"],"headline":"LD headline","datePublished":"2024-01-05","publisher":{"name":"LD Outlet"},"url":"https://ld.example/a"}</script>`;
  assert.deepEqual(meta(ld), { title: "LD headline", outlet: "LD Outlet", url: "https://ld.example/a", byline: null, publishedMeta: "2024-01-05" });
  const og = `<meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Site"><meta property="og:url" content="https://og.example/a"><meta property="article:published_time" content="2024-01-04T22:00:00Z">`;
  assert.deepEqual(meta(og + ld), { title: "OG title", outlet: "OG Site", url: "https://og.example/a", byline: null, publishedMeta: "2024-01-04" });
});

test("canonical link beats og:url", () => {
  assert.equal(meta(`<meta property="og:url" content="https://x.example/og"><link rel="canonical" href="https://x.example/canon">`).url, "https://x.example/canon");
});

test("application-name is an outlet of last resort", () => {
  assert.equal(meta(`<meta name="application-name" content="River Post">`).outlet, "River Post");
});

test("date from itemprop, from <time> in the article, from meta name=date variants", () => {
  assert.equal(meta(`<meta itemprop="datePublished" content="2023-07-09">`).publishedMeta, "2023-07-09");
  assert.equal(meta("", `<article><time datetime="2023-07-08T10:00">Saturday</time></article>`).publishedMeta, "2023-07-08");
  assert.equal(meta(`<meta name="DC.date.issued" content="2023-07-07">`).publishedMeta, "2023-07-07");
  assert.equal(meta(`<meta name="pubdate" content="20230706">`).publishedMeta, "2023-07-06");
});

test("unparseable date gives null; a <time> outside the article is ignored", () => {
  assert.equal(meta(`<meta property="article:published_time" content="yesterday">`).publishedMeta, null);
  assert.equal(meta("", `<footer><time datetime="2020-01-01">old</time></footer>`).publishedMeta, null);
});

test("broken JSON-LD is skipped, no metadata at all gives nulls", () => {
  assert.deepEqual(meta(`<script type="application/ld+json">{ nope</script>`), { title: null, outlet: null, url: null, byline: null, publishedMeta: null });
});

test("fragmentText keeps paragraphs and headings, <br> as a line break, drops scripts", () => {
  assert.equal(
    fragmentText("<h3>Crossing closed</h3><p>Trucks  waited\n at the gate.<br>Drivers slept in cabs.</p><script>x()</script><ul><li>One</li><li>Two</li></ul>"),
    "Crossing closed\n\nTrucks waited at the gate.\nDrivers slept in cabs.\n\nOne\n\nTwo",
  );
  assert.equal(fragmentText("No markup < here"), "No markup < here");
});

test("figure caption stays, its credit element goes", () => {
  assert.equal(
    fragmentText(`<figure><figcaption>Smoke over the port. <span class="image-credit">Ali Omar</span></figcaption></figure><p>Body.</p>`),
    "Smoke over the port.\n\nBody.",
  );
});

test("byline furniture goes whole; a long element with an 'author' class is prose and stays", () => {
  assert.equal(fragmentText(`<p><span class="author">Ana Ruiz</span> · <span>World</span></p><p>Body text.</p>`), "Body text.");
  assert.equal(fragmentText(`<div class="byline">By Ana Ruiz</div><p>Body.</p>`), "Body.");
  const prose = "The envoy said the talks would resume next week. ".repeat(5).trim();
  assert.equal(fragmentText(`<div class="author-content"><p>${prose}</p></div>`), prose);
});
