import { test } from "node:test";
import assert from "node:assert/strict";
import { inferPublished } from "../../src/dates/publication-date.js";
import { AnalyzedText } from "../../src/text/analyzed-text.js";
import { INVENTED_ARTICLES } from "./invented-articles.js";

// "now" is pinned so that the tests do not depend on the clock; it is not the answer.
const NOW = new Date("2026-06-01T00:00:00Z");
const daysApart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

for (const article of INVENTED_ARTICLES) {
  test(`inferPublished: ${article.name} within a day of ${article.published}`, () => {
    const p = inferPublished(new AnalyzedText(article.text), { given: null, meta: null, now: NOW });
    assert.equal(p.how, "inferred");
    assert.ok(p.date !== null, "a date is inferred");
    assert.ok(daysApart(p.date!, article.published) <= 1, `${p.date} vs ${article.published}: ${p.evidence.join("; ")}`);
    assert.ok(p.confidence > 0 && p.confidence < 1);
    assert.ok(p.evidence.length > 0);
  });
}

test("inferPublished: a given date wins over metadata and text", () => {
  const doc = new AnalyzedText("The truce collapsed on Tuesday, months after it began on January 19. © 2025");
  assert.deepEqual(inferPublished(doc, { given: "2024-05-08", meta: "2025-03-21" }),
    { date: "2024-05-08", how: "given", confidence: 1, evidence: ["given"] });
});

test("inferPublished: metadata in ISO or RFC 2822 form", () => {
  const doc = new AnalyzedText("Shelling resumed on Friday.");
  const iso = inferPublished(doc, { given: null, meta: "2025-03-21T18:30:00+02:00" });
  assert.equal(iso.date, "2025-03-21");
  assert.equal(iso.how, "metadata");
  assert.equal(iso.confidence, 0.95);
  assert.equal(inferPublished(doc, { given: null, meta: "Fri, 21 Mar 2025 10:00:00 GMT" }).date, "2025-03-21");
});

test("inferPublished: unreadable metadata falls back to the text", () => {
  const doc = new AnalyzedText("Shelling resumed on Friday.");
  assert.equal(inferPublished(doc, { given: null, meta: "sometime last spring" }).how, "unknown");
});

test("inferPublished: nothing in the text supports a date", () => {
  for (const text of ["Rebels seized the town. Talks are planned.", "Shelling resumed on Friday and again on Saturday.", ""]) {
    assert.deepEqual(inferPublished(new AnalyzedText(text), { given: null, meta: null, now: NOW }),
      { date: null, how: "unknown", confidence: 0, evidence: [] }, text);
  }
});

test("inferPublished: never after now", () => {
  const doc = new AnalyzedText("The talks opened on May 30 and resumed on Sunday.");
  const p = inferPublished(doc, { given: null, meta: null, now: NOW });
  assert.ok(p.date !== null && p.date <= "2026-06-01", String(p.date));
});

test("inferPublished: a late-December day and weekdays across the new year", () => {
  // 30 December 2024 was a Monday; the Thursday and Friday after it fall in January 2025.
  const doc = new AnalyzedText("Rebels shelled the port on December 30 and again on Thursday, officials said on Friday. © 2025");
  const p = inferPublished(doc, { given: null, meta: null, now: NOW });
  assert.equal(p.date, "2025-01-03");
  assert.ok(p.evidence.includes("© 2025"));
});

test("inferPublished: an office holder's term bounds the year, vouched up to the lexicon's as-of day", () => {
  // Katz took office in November 2024: January 2025 or January 2026, and only 2025 is vouched for.
  const text = "Defense Minister Israel Katz said the talks that opened on January 19 had collapsed.";
  const p = inferPublished(new AnalyzedText(text), { given: null, meta: null, now: NOW });
  assert.ok(p.date?.startsWith("2025-01-2"), String(p.date));
  assert.ok(p.evidence.some((e) => e.startsWith("Defense Minister Israel Katz → ")), p.evidence.join("; "));
  // "former" says nothing about who holds the office at the time of writing.
  const former = inferPublished(new AnalyzedText(text.replace("Defense", "former Defense")), { given: null, meta: null, now: NOW });
  assert.ok(!former.evidence.some((e) => e.includes("Katz")), former.evidence.join("; "));
});

test("inferPublished: the weekday of a stated day fixes the year", () => {
  // 15 April was a Saturday in 2023 and in 2017, not in the years between.
  const doc = new AnalyzedText("The clashes erupted on Saturday, April 15, and continued on Sunday.");
  const p = inferPublished(doc, { given: null, meta: null, now: NOW });
  assert.ok(p.date === "2023-04-16" || p.date === "2023-04-17", String(p.date));
});
