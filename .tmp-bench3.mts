import { mkdtempSync, writeFileSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readInputs } from "./src/ingest/read-inputs.ts";
const dir = mkdtempSync(join(tmpdir(), "ingb-"));
const txt = readFileSync("test/fixtures/ingest/text-boilerplate/source.txt", "utf8").repeat(4);
const html = readFileSync("examples/articles/sudan-el-fasher.html", "utf8");
let tb = 0, hb = 0;
for (let i = 0; i < 2000; i++) { writeFileSync(join(dir, `t${i}.txt`), txt); tb += txt.length; }
for (let i = 0; i < 200; i++) { writeFileSync(join(dir, `h${i}.html`), html); hb += html.length; }
for (const [label, pat] of [["text", "t"], ["html", "h"]] as const) {
  const files = Array.from({ length: label === "text" ? 2000 : 200 }, (_, i) => join(dir, `${pat}${i}.${label === "text" ? "txt" : "html"}`));
  const t = performance.now(); let n = 0;
  for await (const it of readInputs(files)) if (it.ok) n++;
  const s = (performance.now() - t) / 1000;
  const bytes = label === "text" ? tb : hb;
  console.log(label, n, "articles", (bytes / 1e6).toFixed(2), "MB", s.toFixed(2), "s", (bytes / 1e6 / s).toFixed(1), "MB/s", (n / s).toFixed(0), "docs/s");
}
rmSync(dir, { recursive: true });
