import { test } from "node:test";
import assert from "node:assert/strict";
import { detectFormat, isHtmlPage } from "../../src/ingest/detect-format.js";
import { isoDay } from "../../src/ingest/iso-day.js";
import { plainTextTitle } from "../../src/ingest/read-text.js";
import { outletName } from "../../src/clean/outlet-name.js";
import { formatSize } from "../../src/ingest/read-file-bytes.js";

test("format by extension wins over content", () => {
  assert.equal(detectFormat("a.HTM", "plain words"), "html");
  assert.equal(detectFormat("a.txt", "<html><body>x</body></html>"), "text");
  assert.equal(detectFormat("feed.atom", ""), "feed");
  assert.equal(detectFormat("x.ndjson", ""), "jsonl");
  assert.equal(detectFormat("x.json", "[]"), "json");
});

test("format by sniffing when the extension says nothing", () => {
  assert.equal(detectFormat("-", `<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0">`), "feed");
  assert.equal(detectFormat("-", `<feed xmlns="http://www.w3.org/2005/Atom">`), "feed");
  assert.equal(detectFormat("page", "\n<!DOCTYPE html>\n<html>"), "html");
  assert.equal(detectFormat("dump", '{"text":"a"}\n{"text":"b"}'), "jsonl");
  assert.equal(detectFormat("notes", "The <b> tag is not HTML here."), "text");
  assert.equal(isHtmlPage("<p>fragment</p>"), false);
});

test("isoDay takes the written day of many formats", () => {
  const cases: [string, string | null][] = [
    ["2025-03-21", "2025-03-21"],
    ["2025-03-21T23:30:00-05:00", "2025-03-21"],
    ["2025/3/9", "2025-03-09"],
    ["20250321", "2025-03-21"],
    ["Fri, 21 Mar 2025 10:00:00 GMT", "2025-03-21"],
    ["21 March 2025", "2025-03-21"],
    ["March 21, 2025", "2025-03-21"],
    ["Friday, March 21st, 2025 at 9am", "2025-03-21"],
    ["Sept. 3, 2024", "2024-09-03"],
    ["2025-02-30", null],
    ["2025-13-01", null],
    ["21 Smarch 2025", null],
    ["last Tuesday", null],
    ["", null],
  ];
  for (const [input, want] of cases) assert.equal(isoDay(input), want, input);
  assert.equal(isoDay(20250321), null);
});

test("plain text title: short first line alone before a blank line", () => {
  assert.equal(plainTextTitle("Ceasefire holds in the south\n\nGuns fell silent."), "Ceasefire holds in the south");
  assert.equal(plainTextTitle("Will the ceasefire hold?\n\nGuns fell silent."), "Will the ceasefire hold?");
  assert.equal(plainTextTitle("Guns fell silent on Monday.\n\nMore text."), null);
  assert.equal(plainTextTitle("Ceasefire holds\nGuns fell silent.\n\nMore."), null);
  assert.equal(plainTextTitle(`${"Long ".repeat(30)}\n\nBody.`), null);
  assert.equal(plainTextTitle("Only one paragraph"), null);
});

test("outlet names from domains and site names", () => {
  assert.equal(outletName("cnn.com"), "CNN");
  assert.equal(outletName("https://www.bbc.co.uk/news/world"), "BBC");
  assert.equal(outletName("riverpost.example"), "Riverpost");
  assert.equal(outletName("abc.com.au"), "ABC");
  assert.equal(outletName("The River Post."), "The River Post");
});

test("sizes print for people", () => {
  assert.equal(formatSize(52428800), "50.0 MB");
  assert.equal(formatSize(20 * 1024 * 1024, true), "20 MB");
  assert.equal(formatSize(1536), "1.5 KB");
  assert.equal(formatSize(12), "12 bytes");
});
