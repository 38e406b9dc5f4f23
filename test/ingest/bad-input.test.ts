import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, truncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { readInputs, type InputItem } from "../../src/ingest/read-inputs.js";

const ARTICLE = "Engineers reopened the northern bridge on Monday after three weeks of repairs, the transport ministry said.\n";
let dir = "";

before(() => {
  dir = mkdtempSync(join(tmpdir(), "sitrep-ingest-"));
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function collect(paths: string[], options?: Parameters<typeof readInputs>[1]): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(paths, options)) items.push(item);
  return items;
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function onlyError(path: string, options?: Parameters<typeof readInputs>[1]): Promise<string> {
  const items = await collect([path], options);
  assert.equal(items.length, 1);
  const [item] = items;
  assert.equal(item.ok, false);
  if (item.ok) return "";
  assert.equal(item.origin, path);
  return item.error;
}

test("empty file", async () => {
  assert.equal(await onlyError(file("empty.txt", "")), "file is empty");
});

test("whitespace-only file", async () => {
  assert.equal(await onlyError(file("blank.txt", " \n\n\t \n")), "file has only whitespace");
});

test("binary file with NUL bytes", async () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  assert.equal(await onlyError(file("image.txt", png)), "binary file, not text");
});

test("a NUL far past the head still makes the file binary", async () => {
  const bytes = Buffer.concat([Buffer.from("a".repeat(20000)), Buffer.from([0]), Buffer.from("b")]);
  assert.equal(await onlyError(file("late-nul.txt", bytes)), "binary file, not text");
});

test("binary file made of control bytes, no NUL", async () => {
  const bytes = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
  assert.equal(await onlyError(file("controls.dat", bytes)), "binary file, not text");
});

test("invalid UTF-8 names the byte", async () => {
  const bytes = Buffer.concat([Buffer.from("Caf"), Buffer.from([0xe9]), Buffer.from(" du port, lundi.")]);
  assert.equal(await onlyError(file("latin1.txt", bytes)), "invalid UTF-8 at byte 3");
  const truncated = Buffer.concat([Buffer.from("ok "), Buffer.from([0xe2, 0x80])]);
  assert.equal(await onlyError(file("cut.txt", truncated)), "invalid UTF-8 at byte 3");
});

test("UTF-8 BOM is accepted and dropped", async () => {
  const [item] = await collect([file("bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]))]);
  assert.ok(item.ok);
  if (item.ok) assert.equal(item.article.text, ARTICLE.trim());
});

test("UTF-16 with a BOM is read as text", async () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, "utf16le")]);
  const [item] = await collect([file("utf16.txt", bytes)]);
  assert.ok(item.ok);
  if (item.ok) assert.equal(item.article.text, ARTICLE.trim());
});

test("50 MB file is refused from its size, before reading", async () => {
  const path = file("huge.txt", "");
  truncateSync(path, 50 * 1024 * 1024); // sparse: no 50 MB written
  assert.equal(await onlyError(path), "file is 50.0 MB, over the 20 MB limit");
});

test("a small maxBytes applies too", async () => {
  assert.equal(await onlyError(file("small.txt", ARTICLE), { maxBytes: 64 }), `file is ${ARTICLE.length} bytes, over the 64 bytes limit`);
});

test("missing path", async () => {
  assert.equal(await onlyError(join(dir, "nope.txt")), "no such file or directory");
});

test("HTML page without an article", async () => {
  assert.equal(await onlyError(file("menu.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>")), "no article found in the HTML page");
});

test("malformed feed is one failed item on one line", async () => {
  const error = await onlyError(file("broken.rss", "<rss><channel><item><title>x</title></channel>"));
  assert.match(error, /^malformed RSS\/Atom feed: .+$/);
});

test("XML without a feed root", async () => {
  assert.equal(await onlyError(file("other.xml", "<catalog><book/></catalog>")), "malformed RSS/Atom feed: no <rss>, <feed> or <rdf:RDF> root element");
});

test("empty directory and directory of hidden files yield nothing", async () => {
  const empty = join(dir, "empty-dir");
  mkdirSync(join(empty, ".git"), { recursive: true });
  writeFileSync(join(empty, ".DS_Store"), "x");
  writeFileSync(join(empty, ".git", "HEAD"), "ref: refs/heads/main\n");
  mkdirSync(join(empty, "sub"));
  assert.deepEqual(await collect([empty]), []);
});

test("a bad file does not stop the run; directories are walked sorted", async () => {
  const corpus = join(dir, "corpus");
  mkdirSync(join(corpus, "b-sub"), { recursive: true });
  writeFileSync(join(corpus, "c.txt"), ARTICLE);
  writeFileSync(join(corpus, "a-empty.txt"), "");
  writeFileSync(join(corpus, "b-sub", "inner.md"), ARTICLE);
  writeFileSync(join(corpus, "photo.jpg"), new Uint8Array([0xff, 0xd8, 0, 0]));
  const items = await collect([corpus, join(dir, "missing"), file("last.txt", ARTICLE)]);
  assert.deepEqual(
    items.map((i) => [i.ok ? i.article.origin : i.origin, i.ok ? "ok" : i.error]),
    [
      [join(corpus, "a-empty.txt"), "file is empty"],
      [join(corpus, "b-sub", "inner.md"), "ok"],
      [join(corpus, "c.txt"), "ok"],
      [join(dir, "missing"), "no such file or directory"],
      [join(dir, "last.txt"), "ok"],
    ],
  );
});

test("stdin is read for '-' and its format is sniffed", async () => {
  const html = `<!doctype html><html><head><meta property="og:site_name" content="Stdin Gazette"></head><body><article>${`<p>${ARTICLE}</p>`.repeat(4)}</article></body></html>`;
  const [item] = await collect(["-"], { stdin: Readable.from([Buffer.from(html)]) });
  assert.ok(item.ok, item.ok ? "" : item.error);
  if (item.ok) {
    assert.equal(item.article.origin, "-");
    assert.equal(item.article.outlet, "Stdin Gazette");
  }
});

test("stdin over the limit and empty stdin fail", async () => {
  const [big] = await collect(["-"], { stdin: Readable.from([Buffer.from(ARTICLE)]), maxBytes: 10 });
  assert.deepEqual(big, { ok: false, origin: "-", error: "input is over the 10 bytes limit" });
  const [empty] = await collect(["-"], { stdin: Readable.from([]) });
  assert.deepEqual(empty, { ok: false, origin: "-", error: "file is empty" });
});
