import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { readHtmlMetadata } from "./src/ingest/html-metadata.ts";
import { readHtml } from "./src/ingest/read-html.ts";
const html = readFileSync("examples/articles/sudan-el-fasher.html", "utf8");
function time(name: string, n: number, fn: () => void) { for (let i = 0; i < 20; i++) fn(); const t = performance.now(); for (let i = 0; i < n; i++) fn(); console.log(name, ((performance.now() - t) / n).toFixed(2), "ms/page"); }
time("parse", 200, () => parseHTML(html));
time("parse+meta", 200, () => readHtmlMetadata(parseHTML(html).document));
time("parse+readability", 200, () => new Readability(parseHTML(html).document as any, { serializer: (n: any) => n }).parse());
time("readHtml", 200, () => readHtml("x", html));
