import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { evaluate, evaluateWithDetails, MissingDocumentError, type EvalDeps } from "../../src/eval/evaluate.js";
import { formatEvalDetails, formatEvalTable } from "../../src/eval/format-table.js";
import { GoldError, loadGold } from "../../src/eval/gold.js";
import type { Article, DocumentRecord } from "../../src/types.js";
import { event, figure, record, time } from "./helpers.js";

const KHARKIV = "A missile strike killed 7 people in Kharkiv on Tuesday, the governor said.";
const ODESA = "Drones hit the port of Odesa on Sunday. Talks on grain shipments resumed.";

function gold(doc: string, published: string | null, given: boolean, extra: object = {}): string {
  return JSON.stringify({ doc, published, published_given: given, figures: [], events: [], timexes: [], ...extra });
}

/** A temporary GOLD_DIR and DOCS_DIR; `files` maps relative paths to contents. */
async function fixture(files: Record<string, string>): Promise<{ root: string; gold: string; docs: string }> {
  const root = await mkdtemp(join(tmpdir(), "sitrep-eval-"));
  await mkdir(join(root, "gold"));
  await mkdir(join(root, "docs"));
  for (const [path, content] of Object.entries(files)) await writeFile(join(root, path), content);
  return { root, gold: join(root, "gold"), docs: join(root, "docs") };
}

/** Fake deps: the article text is the file; predictions are canned per document name; options are recorded. */
function fakeDeps(predictions: Record<string, (text: string) => Partial<DocumentRecord>>, seen: Record<string, object>): EvalDeps {
  return {
    loadArticle: async (path) => ({ origin: path, url: null, outlet: null, title: null, byline: null, publishedMeta: null, text: await readFile(path, "utf8"), boilerplate: [] }),
    extract: (article: Article, options) => {
      const name = basename(article.origin, extname(article.origin));
      seen[name] = options;
      return record(article.text, predictions[name]?.(article.text) ?? {});
    },
  };
}

const published = (date: string | null) => ({ published: { date, how: "inferred" as const, confidence: 0.5, evidence: [] } });

test("evaluate: given dates are handed over, inferred ones scored within 1 and 7 days, extra JSON ignored", async () => {
  const fx = await fixture({
    "gold/kharkiv.json": gold("kharkiv", "2024-06-05", true, {
      figures: [{ measure: "killed", subject: "people", group: null, condition: null, value: 7, qualifier: "exact", cumulative: false, date: "2024-06-04", source: ["governor"], quote: "killed 7 people" }],
      events: [{ type: "attack", date: "2024-06-04", actors: ["Russia"], modality: "asserted", quote: "A missile strike killed" }],
      timexes: [{ text: "on Tuesday", value: "2024-06-04" }],
    }),
    "gold/odesa.json": gold("odesa", "2024-06-12", false, {
      events: [{ type: "talks", date: null, actors: ["Ukraine", "Russia"], modality: "asserted", quote: "Talks on grain shipments resumed" }],
      timexes: [{ text: "on Sunday", value: "2024-06-09" }, { text: "Tuesday", value: "2024-06-11" }],
    }),
    "gold/late.json": gold("late", "2024-06-01", false),
    "gold/far.json": gold("far", "2024-06-01", false),
    "gold/undated.json": gold("undated", null, false),
    "gold/timeline.json": JSON.stringify({ about: "corpus-level gold", events: [] }),
    "docs/kharkiv.txt": KHARKIV,
    "docs/odesa.html": ODESA,
    "docs/late.txt": "No date here.",
    "docs/far.txt": "No date here either.",
    "docs/undated.txt": "Nothing.",
    "docs/unrelated.txt": "Not in gold.",
  });
  const seen: Record<string, object> = {};
  const deps = fakeDeps({
    kharkiv: (t) => ({
      figures: [figure(t, "killed 7 people", { value: 7, date: "2024-06-04", source: "the governor" })],
      events: [event(t, "missile strike", { date: "2024-06-04", actors: ["Russia"] })],
      times: [time(t, "on Tuesday", "2024-06-04")],
    }),
    odesa: (t) => ({
      ...published("2024-06-13"),
      events: [event(t, "Talks on grain", { type: "talks", date: "2024-06-12" }), event(t, "Drones hit", { modality: "hypothetical" })],
      times: [time(t, "Sunday", "2024-06-10")],
    }),
    late: () => published("2024-06-06"),
    far: () => published("2024-06-09"),
    undated: () => published(null),
  }, seen);
  try {
    const report = await evaluate(fx.gold, fx.docs, deps);
    assert.deepEqual(seen, { far: {}, kharkiv: { published: "2024-06-05" }, late: {}, odesa: {}, undated: {} });
    assert.deepEqual(report, {
      documents: 5,
      figures: { gold: 1, predicted: 1, matched: 1, precision: 1, recall: 1, f1: 1, strict_f1: 1,
        attributes: { subject: 1, group: 1, condition: 1, qualifier: 1, cumulative: 1, date: 1, source: 1 } },
      events: { gold: 2, predicted: 2, matched: 2, precision: 1, recall: 1, f1: 1, strict_f1: 0.5,
        attributes: { modality: 1, actors: 0.5 } },
      dct: { documents: 3, within_1_day: 0.3333, within_7_days: 0.6667 },
      times: { gold: 3, found: 1, value_accuracy: 0.3333 },
    });
    assert.deepEqual(Object.keys(report), ["documents", "figures", "events", "dct", "times"]);
    const { details } = await evaluateWithDetails(fx.gold, fx.docs, deps);
    assert.equal(formatEvalDetails(details), [
      "far",
      "  dct miss: published gold 2024-06-01, predicted 2024-06-09 (inferred)",
      "late",
      "  dct miss: published gold 2024-06-01, predicted 2024-06-06 (inferred)",
      "odesa",
      '  events attribute: talks (no date) — "Talks on grain shipments resumed": actors predicted []',
      '  times miss: "on Sunday" = 2024-06-09: predicted 2024-06-10',
      '  times unlocated quote: timex text not in text: "Tuesday"',
    ].join("\n"));
    const table = formatEvalTable(report);
    assert.match(table, /^documents: 5$/m);
    assert.match(table, /^events\s+2\s+2\s+2\s+1\.000\s+1\.000\s+1\.000\s+0\.500$/m);
    assert.match(table, /^publication date\s+3 inferred {2}within 1 day 0\.333 {2}within 7 days 0\.667$/m);
  } finally {
    await rm(fx.root, { recursive: true });
  }
});

test("evaluate: a gold document with no file, or two files, in DOCS_DIR is a one-line error naming it", async () => {
  const fx = await fixture({ "gold/ghost.json": gold("ghost", null, false), "docs/other.txt": "x" });
  const twice = await fixture({ "gold/twin.json": gold("twin", null, false), "docs/twin.txt": "x", "docs/twin.html": "<p>x</p>" });
  try {
    await assert.rejects(evaluate(fx.gold, fx.docs, fakeDeps({}, {})), (err: Error) =>
      err instanceof MissingDocumentError && /"ghost" — no file named ghost\.\*/.test(err.message) && !err.message.includes("\n"));
    await assert.rejects(evaluate(twice.gold, twice.docs, fakeDeps({}, {})), (err: Error) =>
      err instanceof MissingDocumentError && /"twin" — 2 files/.test(err.message));
  } finally {
    await rm(fx.root, { recursive: true });
    await rm(twice.root, { recursive: true });
  }
});

test("evaluate: an empty gold folder gives zeros everywhere", async () => {
  const fx = await fixture({});
  try {
    const report = await evaluate(fx.gold, fx.docs, fakeDeps({}, {}));
    assert.equal(report.documents, 0);
    assert.equal(report.figures.f1, 0);
    assert.deepEqual(report.dct, { documents: 0, within_1_day: 0, within_7_days: 0 });
    assert.deepEqual(report.times, { gold: 0, found: 0, value_accuracy: 0 });
  } finally {
    await rm(fx.root, { recursive: true });
  }
});

test("loadGold: malformed gold is a one-line error naming the file and the field", async () => {
  const cases: [string, RegExp][] = [
    ["{ not json", /bad\.json: not valid JSON/],
    [gold("bad", "2024-01-01", "yes" as unknown as boolean), /bad\.json: "published_given" must be true or false/],
    [gold("bad", null, false, { figures: [{ measure: "wounded" }] }), /bad\.json: figures\[0\]\.measure is invalid \(found "wounded"\)/],
    [gold("bad", null, false, { events: [{ type: "attack", date: null, actors: "Russia", modality: "asserted", quote: "" }] }), /bad\.json: events\[0\]\.actors is invalid/],
    [gold("bad", null, false, { timexes: "none" }), /bad\.json: "timexes" must be an array/],
  ];
  for (const [content, pattern] of cases) {
    const fx = await fixture({ "gold/bad.json": content });
    try {
      await assert.rejects(loadGold(fx.gold), (err: Error) => err instanceof GoldError && pattern.test(err.message) && !err.message.includes("\n"));
    } finally {
      await rm(fx.root, { recursive: true });
    }
  }
});
