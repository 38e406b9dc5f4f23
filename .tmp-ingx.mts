import { readInputs } from "./src/ingest/read-inputs.ts";
for await (const it of readInputs(["examples/articles", "examples/feeds"])) {
  if (!it.ok) { console.log("FAIL", it.origin, it.error); continue; }
  const a = it.article;
  console.log("==", a.origin, "|", a.title, "|", a.outlet, "|", a.url, "|", a.publishedMeta);
  console.log(a.text.slice(0, 300).replace(/\n/g, "⏎"), "...", a.text.slice(-200).replace(/\n/g, "⏎"));
}
