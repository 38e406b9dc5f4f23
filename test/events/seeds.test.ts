/**
 * Regression guard on the shared seed articles (SPEC §3 event matching).
 * Times come from the gold timexes so that this measures event extraction
 * alone. Skips when ../shared is absent.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extractEvents } from "../../src/extract/events/index.js";
import { AnalyzedText } from "../../src/text/analyzed-text.js";
import type { Event, Time } from "../../src/types.js";

const SHARED = fileURLToPath(new URL("../../../shared/", import.meta.url));
const present = existsSync(`${SHARED}gold`) && existsSync(`${SHARED}seeds`);

interface GoldEvent { type: string; date: string | null; actors: string[]; modality: string; quote: string }

function datesAgree(p: string | null, g: string | null): boolean {
  if (g === null) return true;
  if (p === null) return false;
  if (g.length === 7) return p.startsWith(g);
  return p.length === 10 && Math.abs(Date.parse(p) - Date.parse(g)) <= 86_400_000;
}

function score(): { gold: number; predicted: number; matched: number; modalityOk: number } {
  let gold = 0, predicted = 0, matched = 0, modalityOk = 0;
  for (const file of readdirSync(`${SHARED}seeds`).filter((f) => f.endsWith(".txt"))) {
    const id = file.replace(/\.txt$/, "");
    const text = readFileSync(`${SHARED}seeds/${file}`, "utf8");
    const g = JSON.parse(readFileSync(`${SHARED}gold/${id}.json`, "utf8"));
    const doc = new AnalyzedText(text);
    const times: Time[] = [];
    for (const t of g.timexes as Array<{ text: string; value: string }>) {
      for (let i = text.indexOf(t.text); i >= 0; i = text.indexOf(t.text, i + 1)) {
        times.push({ text: t.text, value: t.value, kind: "date", span: [i, i + t.text.length], sentence: "", rule: "gold" });
      }
    }
    times.sort((a, b) => a.span[0] - b.span[0]);
    const preds = extractEvents({ doc, dct: g.published, times }).filter((e) => e.modality !== "hypothetical");
    const used = new Set<Event>();
    gold += g.events.length;
    predicted += preds.length;
    for (const ge of g.events as GoldEvent[]) {
      const s = doc.sentenceAt(text.indexOf(ge.quote));
      const aliases = ge.actors.map((a) => a.toLowerCase());
      const fits = (p: Event) => !used.has(p) && p.type === ge.type && datesAgree(p.date, ge.date);
      const hit =
        preds.find((p) => fits(p) && p.span[0] < s.end && p.span[1] > s.start) ??
        preds.find((p) => fits(p) && p.actors.some((a) => aliases.includes(a.toLowerCase())));
      if (!hit) continue;
      used.add(hit);
      matched++;
      if (hit.modality === ge.modality) modalityOk++;
    }
  }
  return { gold, predicted, matched, modalityOk };
}

test("seed articles: events F1 and modality stay high", { skip: !present && "../shared not present" }, () => {
  const r = score();
  const precision = r.matched / r.predicted;
  const recall = r.matched / r.gold;
  const f1 = (2 * precision * recall) / (precision + recall);
  assert.ok(f1 >= 0.85, `events F1 ${f1.toFixed(3)} (P ${precision.toFixed(3)}, R ${recall.toFixed(3)})`);
  assert.ok(r.modalityOk / r.matched >= 0.95, `modality accuracy ${(r.modalityOk / r.matched).toFixed(3)}`);
});
