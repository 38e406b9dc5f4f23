import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { cleanText } from "../../src/clean/boilerplate.js";
import { normalizeWhitespace } from "../../src/clean/normalize-whitespace.js";
import { readText } from "../../src/ingest/read-text.js";

/** The shared seeds live beside the repository (../shared); absent on other machines. */
const SEEDS = fileURLToPath(new URL("../../../shared/seeds/", import.meta.url));
const skip = existsSync(SEEDS) ? false : "needs ../shared/seeds";

function seed(prefix: string): string {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  assert.ok(name, `seed ${prefix} not found`);
  return readFileSync(SEEDS + name, "utf8");
}

function lines(text: string): string[] {
  return normalizeWhitespace(text).split("\n").map((l) => l.trim()).filter((l) => l.length > 0);
}

/**
 * Content survives: every cleaned line is a raw line, or a raw line with a
 * removed dateline before it or a removed credit after it.
 */
function assertOnlyBoilerplateRemoved(raw: string, cleaned: { text: string; removed: string[] }): void {
  const rawLines = new Set(lines(raw));
  for (const line of lines(cleaned.text)) {
    const ok = rawLines.has(line) || cleaned.removed.some((r) => rawLines.has(`${r} ${line}`) || rawLines.has(`${line} ${r}`));
    assert.ok(ok, `not from the seed: ${line.slice(0, 60)}`);
  }
  const wholeLinesRemoved = cleaned.removed.filter((r) => rawLines.has(r)).length;
  assert.equal(lines(cleaned.text).length, rawLines.size - wholeLinesRemoved);
}

const EXPECTED: [prefix: string, outlet: string | null, removed: RegExp[]][] = [
  ["000", "CNN", [/^By .+, CNN$/, /^\(CNN\) —$/, /^This story has been .*updated\.$/, /^The-CNN-Wire$/, /^™ & © 2025 .*All rights reserved\.$/]],
  ["001", null, []],
  ["002", "CNN", [/^This is a developing story/, /^This post appeared first on cnn\.com$/]],
  ["003", null, [/^Also Read$/, /^ALSO READ \| /, /^\(With inputs from agencies\)$/, /^\)$/]],
  ["004", null, [/^[A-Z]\w+ \w+\/ap$/, /contributed to the report\.$/]],
];

for (const [prefix, outlet, removed] of EXPECTED) {
  test(`seed ${prefix}: boilerplate removed, content kept`, { skip }, () => {
    const raw = seed(prefix);
    const cleaned = cleanText(raw);
    assert.equal(cleaned.outlet, outlet);
    assert.equal(cleaned.removed.length, removed.length, JSON.stringify(cleaned.removed));
    cleaned.removed.forEach((r, i) => assert.match(r, removed[i]));
    assertOnlyBoilerplateRemoved(raw, cleaned);
  });
}

test("seed 004: the photo caption keeps its sentence, minus the credit", { skip }, () => {
  const cleaned = cleanText(seed("004"));
  const caption = lines(cleaned.text).find((l) => l.includes("Red Cross vehicle"));
  assert.ok(caption);
  assert.match(caption, /on February 20, 2025\.$/);
});

test("seed 000: the dateline is stripped from the first paragraph", { skip }, () => {
  const { text } = cleanText(seed("000"));
  assert.ok(!text.includes("(CNN)"));
  assert.match(text, /^Israeli /);
});

test("seed 002: the headline line becomes the title and stays in the text", { skip }, () => {
  const raw = seed("002");
  const item = readText("002.txt", raw);
  assert.ok(item.ok);
  if (!item.ok) return;
  const headline = raw.split("\n")[0].trim();
  assert.equal(item.article.title, headline);
  assert.ok(item.article.text.startsWith(`${headline}\n\n`));
  const withByline = readText("000.txt", seed("000"));
  assert.ok(withByline.ok);
  if (withByline.ok) assert.equal(withByline.article.title, null, "a removed byline must not become the title");
});
