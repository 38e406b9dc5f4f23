import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readInputs, type InputItem } from "../../src/ingest/read-inputs.js";

/** One expected item of a fixture: an article with snippets, or a failure. */
interface Expected {
  ok: boolean;
  origin: string;
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  byline?: string | null;
  publishedMeta?: string | null;
  present?: string[];
  absent?: string[];
  textEndsWith?: string;
  error?: string;
  errorStartsWith?: string;
}

const FIXTURES = fileURLToPath(new URL("../fixtures/ingest/", import.meta.url));

async function collect(path: string): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs([path])) items.push(item);
  return items;
}

function check(item: InputItem, want: Expected): void {
  if (!want.ok) {
    assert.equal(item.ok, false, `expected a failure for ${want.origin}`);
    if (item.ok) return;
    assert.equal(basename(item.origin), want.origin);
    if (want.error !== undefined) assert.equal(item.error, want.error);
    if (want.errorStartsWith !== undefined) assert.ok(item.error.startsWith(want.errorStartsWith), `error was: ${item.error}`);
    assert.ok(!item.error.includes("\n"), "error must be one line");
    return;
  }
  assert.equal(item.ok, true, item.ok ? "" : `${item.origin}: ${item.error}`);
  if (!item.ok) return;
  const a = item.article;
  assert.equal(basename(a.origin), want.origin);
  assert.deepEqual(
    { title: a.title, outlet: a.outlet, url: a.url, byline: a.byline, publishedMeta: a.publishedMeta },
    { title: want.title, outlet: want.outlet, url: want.url, byline: want.byline, publishedMeta: want.publishedMeta },
  );
  for (const s of want.present ?? []) assert.ok(a.text.includes(s), `missing ${JSON.stringify(s)} in:\n${a.text}`);
  for (const s of want.absent ?? []) assert.ok(!a.text.includes(s), `should be gone: ${JSON.stringify(s)} in:\n${a.text}`);
  if (want.textEndsWith) assert.ok(a.text.endsWith(want.textEndsWith), `text ends: ${JSON.stringify(a.text.slice(-80))}`);
  assert.ok(!/\n{3,}/.test(a.text), "no runs of blank lines");
}

for (const name of readdirSync(FIXTURES).sort()) {
  test(`fixture ${name}`, async () => {
    const dir = join(FIXTURES, name);
    const source = readdirSync(dir).find((f) => f.startsWith("source."));
    assert.ok(source, `no source.* in ${dir}`);
    const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as { items: Expected[] };
    const items = await collect(join(dir, source));
    assert.equal(items.length, expected.items.length, JSON.stringify(items.map((i) => (i.ok ? i.article.origin : `${i.origin}: ${i.error}`))));
    items.forEach((item, i) => check(item, expected.items[i]));
  });
}
