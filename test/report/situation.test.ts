import { test } from "node:test";
import assert from "node:assert/strict";
import { headlineFigures, type Situation } from "../../src/report/situation.js";
import { renderHtml, renderMarkdown } from "../../src/report/render-situation.js";
import type { FigureSeries } from "../../src/corpus/figure-series.js";

const point = (date: string, value: number, cumulative: boolean | null, source: string | null = null) =>
  ({ date, value, qualifier: "more_than", cumulative, source, doc: "d", outlet: "Example Wire", sentence: "s" });

const series: FigureSeries[] = [
  { key: { measure: "killed", subject: "people", group: "sudanese", condition: null, place: null },
    points: [point("2024-05-01", 14000, true), point("2024-06-01", 15500, true, "the health ministry"), point("2024-06-02", 12, false)] },
  { key: { measure: "killed", subject: "people", group: null, condition: null, place: null }, points: [point("2024-06-03", 9, false)] },
];

test("headline figures take the latest running total and skip one-day counts", () => {
  const h = headlineFigures(series);
  assert.equal(h.length, 1);
  assert.equal(h[0].label, "killed sudanese people");
  assert.equal(h[0].point.value, 15500);
});

const situation: Situation = {
  since: "2024-06-01", generated: "2024-06-05", documents: 3, headlines: headlineFigures(series),
  events: [{ id: "e", type: "attack", date: "2024-06-02", actors: ["Rapid Support Forces"], targets: [], place: "El Fasher",
    modality: "asserted", summary: "Rapid Support Forces: attack in El Fasher", reports: [{ doc: "d", outlet: "X", published: null, sentence: "Shells hit <the> market.", span: [0, 6] }] }],
  conflicts: [],
  dateConflicts: [],
  agreements: [{ id: "a", name: "May 2024 truce", parties: ["Sudanese Armed Forces", "Rapid Support Forces"], mediators: [], proposed_by: null,
    status_history: [{ status: "in_effect", date: "2024-05-21" }, { status: "collapsed", date: "2024-05-24" }], phases: [], terms: [], docs: ["d"] }],
};

test("the Markdown report has its sections in order, with sources", () => {
  const md = renderMarkdown(situation);
  const order = ["# Situation report", "## Headline figures", "## What happened", "## Open contradictions", "## Agreements"].map((h) => md.indexOf(h));
  assert.deepEqual([...order].sort((a, b) => a - b), order);
  assert.ok(order.every((i) => i >= 0));
  assert.match(md, /\*\*killed sudanese people\*\*: more than 15,500 as of 2024-06-01, according to the health ministry/);
  assert.match(md, /2024-06-02 — Rapid Support Forces: attack in El Fasher/);
  assert.match(md, /None found\./);
  assert.match(md, /\*\*May 2024 truce\*\* \(Sudanese Armed Forces, Rapid Support Forces\): in effect 2024-05-21 → collapsed 2024-05-24/);
});

test("the HTML report escapes the article's words", () => {
  const html = renderHtml(situation);
  assert.match(html, /<h2>What happened<\/h2>/);
  assert.match(html, /Shells hit &lt;the&gt; market/);
  assert.doesNotMatch(html, /<the>/);
});

const contradicted: Situation = {
  ...situation,
  conflicts: [{ reason: "disagree", about: "killed people on 2024-06-02",
    a: { doc: "d1", outlet: "Example Wire", date: "2024-06-02", value: 12, qualifier: "exact", source: null, sentence: "Twelve died." },
    b: { doc: "d2", outlet: null, date: "2024-06-02", value: 30, qualifier: "at_least", source: null, sentence: "At least 30 died." } }],
  dateConflicts: [{ reason: "date", about: "attack by Rapid Support Forces in El Fasher",
    a: { doc: "d3", outlet: "Harbour & Hill <Weekly>", date: "2024-06-01", sentence: "Fighters stormed the depot on Saturday.", span: [0, 8] },
    b: { doc: "d4", outlet: null, date: "2024-06-03", sentence: "Fighters stormed the depot on Monday.", span: [0, 8] } }],
};

test("open contradictions list date conflicts after figure conflicts, each side with its source", () => {
  const md = renderMarkdown(contradicted);
  const section = md.slice(md.indexOf("## Open contradictions"), md.indexOf("## Agreements"));
  assert.doesNotMatch(section, /None found/);
  const lines = section.split("\n").filter((l) => l.startsWith("- "));
  assert.deepEqual(lines, [
    "- disagree: killed people on 2024-06-02: 12 (Example Wire) vs at least 30 (d2)",
    "- date: attack by Rapid Support Forces in El Fasher: 2024-06-01 (Harbour & Hill <Weekly>) vs 2024-06-03 (d4)",
  ]);
});

test("a date conflict alone is still an open contradiction", () => {
  const md = renderMarkdown({ ...contradicted, conflicts: [] });
  assert.doesNotMatch(md, /None found/);
  assert.match(md, /- date: attack by Rapid Support Forces in El Fasher: 2024-06-01/);
});

test("the HTML report escapes the outlets of a date conflict", () => {
  const html = renderHtml(contradicted);
  assert.match(html, /<li>date: attack by Rapid Support Forces in El Fasher: 2024-06-01 \(Harbour &amp; Hill &lt;Weekly&gt;\) vs 2024-06-03 \(d4\)<\/li>/);
  assert.doesNotMatch(html, /<Weekly>/);
});
