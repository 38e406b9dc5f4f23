import { extname } from "node:path";

export type InputFormat = "text" | "html" | "feed" | "jsonl" | "json";

const BY_EXTENSION: Record<string, InputFormat> = {
  ".txt": "text", ".text": "text", ".md": "text",
  ".html": "html", ".htm": "html", ".xhtml": "html",
  ".xml": "feed", ".rss": "feed", ".atom": "feed",
  ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
};
/** The head of the file after an optional XML declaration, comments and whitespace. */
const HEAD_CHARS = 2048;
const FEED_ROOT = /^(?:\s|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<\?xml-stylesheet[^>]*\?>)*<(?:rss|feed|rdf:RDF)\b/i;
const HTML_START = /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body)\b/i;
const JSON_LINE = /^\s*\{[^\n]*\}\s*(?:\n|$)/;

/**
 * Decides how to read an input: by extension first, then by sniffing the
 * start of its text (stdin and unknown extensions). Anything else is plain text.
 *
 * @example
 * detectFormat("page.htm", "…")                     // → "html"
 * detectFormat("-", "<?xml version=\"1.0\"?><rss>") // → "feed"
 * detectFormat("notes", "Talks resumed on Monday.") // → "text"
 */
export function detectFormat(path: string, text: string): InputFormat {
  const byExtension = BY_EXTENSION[extname(path).toLowerCase()];
  if (byExtension) return byExtension;
  const head = text.slice(0, HEAD_CHARS);
  if (FEED_ROOT.test(head)) return "feed";
  if (isHtmlPage(head)) return "html";
  if (JSON_LINE.test(head)) return "jsonl";
  return "text";
}

/**
 * Whether text is a whole HTML page (doctype, <html>, <head> or <body> first),
 * as opposed to a fragment of markup.
 *
 * @example
 * isHtmlPage("<!DOCTYPE html><html>…") // → true
 * isHtmlPage("<p>One paragraph.</p>")  // → false
 */
export function isHtmlPage(text: string): boolean {
  return HTML_START.test(text.slice(0, HEAD_CHARS));
}
