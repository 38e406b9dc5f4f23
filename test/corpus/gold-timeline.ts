import { readFileSync } from "node:fs";
import type { ReconciledEntry } from "../../src/corpus/timeline.js";
import { placeRelation } from "../../src/lexicon/places.js";
import { normalizeActor } from "../../src/lexicon/actors.js";

interface GoldEvent { type: string; date: string; actors?: string[]; place?: string }

function dateMatches(gold: string, date: string | null): boolean {
  if (!date) return false;
  if (gold.length === 7) return date.startsWith(gold);
  if (date.length !== 10) return false;
  return Math.abs(Date.parse(gold) - Date.parse(date)) <= 86_400_000;
}

// Where gold names actors or a place, an entry naming others is another event.
function sameAsGold(g: GoldEvent, t: ReconciledEntry): boolean {
  if (t.type !== g.type || !dateMatches(g.date, t.date)) return false;
  const actors = (g.actors ?? []).map((a) => normalizeActor(a) ?? a);
  if (actors.length > 0 && t.actors.length > 0 && !actors.some((a) => t.actors.includes(a))) return false;
  return !g.place || t.place === null || placeRelation(g.place, t.place) === "same";
}

/** Recall of gold/timeline.json's events and the gold events matched by more than one entry. */
export function scoreTimeline(goldPath: string, entries: ReconciledEntry[]): { gold: number; found: number; recall: number; duplicated: string[] } {
  const gold = (JSON.parse(readFileSync(goldPath, "utf8")) as { events: GoldEvent[] }).events;
  let found = 0;
  const duplicated: string[] = [];
  for (const g of gold) {
    const hits = entries.filter((t) => sameAsGold(g, t));
    if (hits.length > 0) found++;
    if (hits.length > 1) duplicated.push(`${g.type} ${g.date}: ${hits.map((h) => h.id).join(", ")}`);
  }
  return { gold: gold.length, found, recall: found / gold.length, duplicated };
}
