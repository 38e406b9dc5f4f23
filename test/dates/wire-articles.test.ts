import { test } from "node:test";
import assert from "node:assert/strict";
import { inferPublished } from "../../src/dates/publication-date.js";
import { AnalyzedText } from "../../src/text/analyzed-text.js";
import { WIRE_ARTICLES } from "./wire-articles.js";

// "now" is pinned so that the tests do not depend on the clock; it is not the answer.
const NOW = new Date("2026-06-01T00:00:00Z");
const daysApart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

for (const article of WIRE_ARTICLES) {
  test(`inferPublished (wire): ${article.name} within a day of ${article.published}`, { todo: article.gap }, () => {
    const p = inferPublished(new AnalyzedText(article.text), {
      given: null, meta: null, boilerplate: article.boilerplate, now: NOW,
    });
    assert.equal(p.how, "inferred");
    assert.ok(p.date !== null, "a date is inferred");
    assert.ok(daysApart(p.date!, article.published) <= 1, `${p.date} vs ${article.published}: ${p.evidence.join("; ")}`);
  });
}

test("wire articles: at least 22 of them, each 120 to 300 words", () => {
  assert.ok(WIRE_ARTICLES.length >= 22);
  for (const a of WIRE_ARTICLES) {
    const words = a.text.split(/\s+/).length;
    assert.ok(words >= 120 && words <= 300, `${a.name}: ${words} words`);
  }
});
