import { isHtmlPage } from "./detect-format.js";
import { failed, succeeded, type InputItem } from "./input-item.js";
import { creditedByline } from "./credited-byline.js";
import { articleFromFields } from "./item-article.js";
import { isoDay } from "./iso-day.js";
import { personNames } from "./json-ld.js";
import { readHtml } from "./read-html.js";

type JsonRecord = Record<string, unknown>;

function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() !== "" ? v : null;
}

/** A `byline` field wins over `author`; either may be a string, a list, or objects with a `name`. */
function authorValues(record: JsonRecord): string[] {
  const byline = personNames(record.byline);
  return byline.length > 0 ? byline : personNames(record.author);
}

/** A full page in an `html` field goes through Readability; the record's fields still win. */
function fromPage(origin: string, record: JsonRecord, html: string): InputItem {
  const item = readHtml(origin, html);
  if (!item.ok) return item;
  const page = item.article;
  const outlet = str(record.outlet) ?? page.outlet;
  return succeeded({
    ...page,
    url: str(record.url) ?? page.url,
    outlet,
    title: str(record.title) ?? page.title,
    byline: creditedByline(authorValues(record), outlet) ?? page.byline,
    publishedMeta: isoDay(str(record.published)) ?? page.publishedMeta,
  });
}

function parse(source: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(source) };
  } catch (err) {
    return { error: `invalid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
}

function readRecord(origin: string, value: unknown): InputItem {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return failed(origin, "record is not a JSON object");
  const fields = value as JsonRecord;
  const text = str(fields.text);
  const html = str(fields.html);
  if (!text && !html) return failed(origin, 'record has no "text" or "html" field');
  if (!text && html && isHtmlPage(html)) return fromPage(origin, fields, html);
  return articleFromFields({
    origin,
    body: (text ?? html) as string,
    isHtml: !text,
    url: str(fields.url),
    outlet: str(fields.outlet),
    title: str(fields.title),
    authors: authorValues(fields),
    published: str(fields.published),
  });
}

/**
 * Reads JSON Lines: one article per line as `{text|html, url, published,
 * outlet, title, byline|author}`, origin "path:LINE". A bad line is a failed item and the
 * other lines still go in; blank lines are skipped.
 *
 * @example
 * readJsonl("a.jsonl", '{"text":"Talks resumed."}\nnot json')
 * // → [{ ok: true, … origin "a.jsonl:1" }, { ok: false, origin: "a.jsonl:2", error: "invalid JSON: …" }]
 */
export function* readJsonl(path: string, content: string): Generator<InputItem> {
  const lines = content.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const source = lines[i].trim();
    if (source.length === 0) continue;
    const origin = `${path}:${i + 1}`;
    const parsed = parse(source);
    yield "error" in parsed ? failed(origin, parsed.error) : readRecord(origin, parsed.value);
  }
}

/**
 * Reads a .json file: one record object, or an array of them (origin "path#N").
 *
 * @example
 * [...readJson("a.json", '[{"text":"Talks resumed."}]')][0].article.origin // → "a.json#1"
 */
export function* readJson(path: string, content: string): Generator<InputItem> {
  const parsed = parse(content);
  if ("error" in parsed) yield failed(path, parsed.error);
  else if (!Array.isArray(parsed.value)) yield readRecord(path, parsed.value);
  else for (let i = 0; i < parsed.value.length; i++) yield readRecord(`${path}#${i + 1}`, parsed.value[i]);
}
