import type { Situation } from "./situation.js";

const qualified = (q: string, v: number) => `${q === "exact" ? "" : `${q.replace(/_/g, " ")} `}${v.toLocaleString("en-US")}`;

/**
 * The situation report as Markdown: headline figures, events of the period
 * in date order, open contradictions, and the state of each agreement.
 *
 * @example
 * renderMarkdown(situation).startsWith("# Situation report") // → true
 */
export function renderMarkdown(s: Situation): string {
  const out = [`# Situation report`, "", `${s.documents} documents${s.since ? `, events since ${s.since}` : ""}; generated ${s.generated}.`, ""];
  out.push("## Headline figures", "");
  if (s.headlines.length === 0) out.push("No figures reported.");
  for (const h of s.headlines) {
    const p = h.point;
    out.push(`- **${h.label}**: ${qualified(p.qualifier, p.value)} as of ${p.date}${p.source ? `, according to ${p.source}` : ""} (${p.outlet ?? p.doc})`);
  }
  out.push("", "## What happened", "");
  if (s.events.length === 0) out.push("No dated events in the period.");
  for (const e of s.events) {
    const n = e.reports.length;
    out.push(`- ${e.date ?? "undated"} — ${e.summary}${n > 1 ? ` (${n} reports)` : ""}. “${e.reports[0].sentence}”`);
  }
  out.push("", "## Open contradictions", "");
  if (s.conflicts.length + s.dateConflicts.length === 0) out.push("None found.");
  for (const c of s.conflicts) {
    out.push(`- ${c.reason}: ${c.about}: ${qualified(c.a.qualifier, c.a.value)} (${c.a.outlet ?? c.a.doc}) vs ${qualified(c.b.qualifier, c.b.value)} (${c.b.outlet ?? c.b.doc})`);
  }
  for (const c of s.dateConflicts) {
    out.push(`- ${c.reason}: ${c.about}: ${c.a.date} (${c.a.outlet ?? c.a.doc}) vs ${c.b.date} (${c.b.outlet ?? c.b.doc})`);
  }
  out.push("", "## Agreements", "");
  if (s.agreements.length === 0) out.push("No ceasefires, deals or proposals reported.");
  for (const a of s.agreements) {
    const history = a.status_history.map((h) => `${h.status.replace(/_/g, " ")}${h.date ? ` ${h.date}` : ""}`).join(" → ");
    out.push(`- **${a.name}** (${a.parties.join(", ") || "parties unknown"}): ${history || "no status reported"}`);
  }
  return `${out.join("\n")}\n`;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ESCAPES[c]);

/**
 * The same report as a self-contained HTML page (no scripts, no external files).
 *
 * @example
 * renderHtml(situation).includes("<h2>Headline figures</h2>") // → true
 */
export function renderHtml(s: Situation): string {
  const md = renderMarkdown(s).split("\n");
  const body: string[] = [];
  let inList = false;
  for (const line of md) {
    const bullet = line.startsWith("- ");
    if (inList && !bullet) body.push("</ul>");
    if (!inList && bullet) body.push("<ul>");
    inList = bullet;
    if (line.startsWith("# ")) body.push(`<h1>${esc(line.slice(2))}</h1>`);
    else if (line.startsWith("## ")) body.push(`<h2>${esc(line.slice(3))}</h2>`);
    else if (bullet) body.push(`<li>${esc(line.slice(2)).replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")}</li>`);
    else if (line.trim()) body.push(`<p>${esc(line)}</p>`);
  }
  if (inList) body.push("</ul>");
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Situation report</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em}li{margin:.3em 0}</style></head>
<body>\n${body.join("\n")}\n</body></html>\n`;
}
