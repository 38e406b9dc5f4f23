import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { evaluate } from "../../src/eval/evaluate.js";
import { loadGold, type GoldDocument } from "../../src/eval/gold.js";
import { QuoteLocator } from "../../src/eval/locate.js";
import type { Article, DocumentRecord, Span } from "../../src/types.js";
import { record } from "./helpers.js";

const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));
const GOLD = join(EXAMPLES, "gold");
const ARTICLES = join(EXAMPLES, "articles");

/** Just enough HTML handling to check the gold: the text of the <article> element. */
async function articleText(path: string): Promise<string> {
  const raw = await readFile(path, "utf8");
  if (extname(path) !== ".html") return raw;
  const inner = /<article[\s\S]*?<\/article>/.exec(raw)?.[0] ?? "";
  return inner.replace(/<(aside|figure)[\s\S]*?<\/\1>/g, " ").replace(/<\/(p|h1)>/g, "\n\n").replace(/<[^>]+>/g, " ").replace(/&amp;/g, "&");
}

test("every example article has gold and every gold quote and timex occurs in its article", async () => {
  const gold = await loadGold(GOLD);
  const files = (await readdir(ARTICLES)).sort();
  assert.deepEqual(gold.map((g) => g.doc).sort(), files.map((f) => basename(f, extname(f))).sort());
  assert.ok(gold.length >= 8);
  for (const g of gold) {
    const file = files.find((f) => basename(f, extname(f)) === g.doc)!;
    const loc = new QuoteLocator(await articleText(join(ARTICLES, file)));
    for (const q of [...g.figures.map((f) => f.quote), ...g.events.map((e) => e.quote), ...g.timexes.map((t) => t.text)]) {
      assert.ok(loc.find(q).length > 0, `${g.doc}: "${q}" is not in the article`);
    }
  }
});

/** Predictions that restate the gold at the quote's place: the scorer must give them full marks. */
function perfect(g: GoldDocument, text: string): Partial<DocumentRecord> {
  const loc = new QuoteLocator(text);
  const at = (words: string): Span => loc.find(words)[0];
  const evidence = (words: string) => ({ span: at(words), sentence: "", rule: "gold" });
  return {
    published: { date: g.published, how: "inferred", confidence: 1, evidence: [] },
    figures: g.figures.map((f) => ({ ...f, ...evidence(f.quote), since: null, place: null, source: f.source?.[0] ?? null })),
    events: g.events.map((e) => ({ ...e, ...evidence(e.quote), date_text: null, targets: [], place: null, actors: e.actors.slice(0, 1) })),
    times: g.timexes.map((t) => ({ text: t.text, value: t.value, kind: "date" as const, ...evidence(t.text) })),
  };
}

test("the examples' gold is consistent with the scorer: restating it scores 1 everywhere", async () => {
  const golds = new Map((await loadGold(GOLD)).map((g) => [g.doc, g]));
  const report = await evaluate(GOLD, ARTICLES, {
    loadArticle: async (path): Promise<Article> => ({ origin: path, url: null, outlet: null, title: null, byline: null, publishedMeta: null, text: await articleText(path), boilerplate: [] }),
    extract: (article) => {
      const g = golds.get(basename(article.origin, extname(article.origin)))!;
      return record(article.text, perfect(g, article.text));
    },
  });
  for (const section of [report.figures, report.events]) {
    assert.deepEqual([section.precision, section.recall, section.f1, section.strict_f1], [1, 1, 1, 1]);
    assert.ok(Object.values(section.attributes).every((v) => v === 1), JSON.stringify(section.attributes));
  }
  assert.deepEqual(report.dct, { documents: 6, within_1_day: 1, within_7_days: 1 });
  assert.equal(report.times.value_accuracy, 1);
  assert.equal(report.documents, 8);
});

const SHARED = fileURLToPath(new URL("../../../shared/", import.meta.url));

test("the seed gold loads, skipping timeline.json and agreements.json, and its quotes are found in the seeds", async (t) => {
  const seeds = join(SHARED, "seeds");
  try {
    await readdir(seeds);
  } catch {
    t.skip("../shared is absent");
    return;
  }
  const gold = await loadGold(join(SHARED, "gold"));
  assert.equal(gold.length, 5);
  for (const g of gold) {
    const loc = new QuoteLocator(await readFile(join(seeds, `${g.doc}.txt`), "utf8"));
    const missing = [...g.figures, ...g.events].map((x) => x.quote).filter((q) => loc.find(q).length === 0);
    assert.deepEqual(missing, [], g.doc);
  }
});
