/**
 * Synthetic extractions for the reconcile bench: DocumentRecords with
 * events and figures as the pipeline would store them, drawn from a pool of
 * real-world events so that many documents report each one, with the noise
 * real reporting has (a day off, a month only, a toll revised down, two
 * copies of one outlet). Actor and place names come from the lexicons, so
 * nothing here names one war.
 */
import actorLexicon from "../src/lexicon/actors.json" with { type: "json" };
import regionLexicon from "../src/lexicon/regions.json" with { type: "json" };
import type { DocumentRecord, Event, EventType, Figure } from "../src/types.js";

const ACTORS = actorLexicon.actors.filter((a) => a.kind === "state" || a.kind === "armed_group").map((a) => a.canonical).slice(0, 24);
const PLACES = (regionLexicon.regions as Array<{ name: string }>).map((r) => r.name).slice(0, 40);
const TYPES: EventType[] = ["attack", "ground_operation", "hostage_taking", "release", "talks", "evacuation_order", "aid_entry", "proposal"];
const OUTLETS = Array.from({ length: 300 }, (_, i) => `Outlet ${i}`);
const DAYS = 730;
const START = Date.parse("2024-01-01T00:00:00Z");

/** A small deterministic PRNG (mulberry32), so every run builds the same corpus. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const day = (n: number) => new Date(START + n * 86_400_000).toISOString().slice(0, 10);

interface RealEvent { type: EventType; day: number; actors: string[]; targets: string[]; place: string; landmark: string }

function realEvent(n: number): RealEvent {
  const r = rng(n * 7 + 1);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const a = pick(ACTORS);
  return { type: pick(TYPES), day: Math.floor(r() * DAYS), actors: [a], targets: [pick(ACTORS)], place: pick(PLACES), landmark: `Site${n}` };
}

function figure(value: number, cumulative: boolean, date: string, place: string | null, sentence: string): Figure {
  return { measure: "killed", subject: "people", group: null, condition: null, value, qualifier: "exact", cumulative, date, since: null,
    place, source: null, span: [0, 10], sentence, rule: "bench/synthetic" };
}

/** The `n`-th document of a corpus reporting `events` real-world events. */
export function syntheticRecord(n: number, events: number): DocumentRecord {
  const r = rng(n * 13 + 5);
  const reported: Event[] = [];
  const figures: Figure[] = [];
  const count = 1 + Math.floor(r() * 5);
  let published = 0;
  for (let k = 0; k < count; k++) {
    const ev = realEvent(Math.floor(r() * events));
    published = Math.max(published, ev.day);
    const noise = r();
    const date = noise < 0.05 ? day(ev.day + 1) : noise < 0.12 ? day(ev.day).slice(0, 7) : noise < 0.2 ? null : day(ev.day);
    // joined, not a template: a store hands back flat strings, and a template's rope would weigh double
    const sentence = [ev.actors[0], " forces carried out the ", ev.type.replace(/_/g, " "), " near the ", ev.landmark, " in ", ev.place,
      ", witnesses said in report ", n, "."].join("");
    reported.push({ type: ev.type, date, date_text: date ? "on Tuesday" : null, actors: ev.actors, targets: r() < 0.5 ? ev.targets : [],
      place: r() < 0.8 ? ev.place : null, modality: r() < 0.9 ? "asserted" : "planned", span: [0, 10], sentence, rule: "bench/synthetic" });
    // the incident's own toll, the same in every report of it but for a few misreadings
    const dead = 2 + (ev.landmark.length * 7 + ev.day) % 40 + (r() < 0.03 ? 1 : 0);
    figures.push(figure(dead, false, day(ev.day), ev.place, sentence));
  }
  // the running total as of publication: it rises by 40 a day; some reports repeat a stale one
  const asOf = r() < 0.02 ? Math.max(0, published - 30) : published;
  figures.push(figure(1000 + asOf * 40, true, day(published), null, ["The toll has reached ", 1000 + asOf * 40, ", officials said."].join("")));
  const text = `Synthetic report ${n}. ${reported.map((e) => e.sentence).join(" ")}`;
  return {
    id: `syn${String(n).padStart(13, "0")}`, url: null, outlet: OUTLETS[Math.floor(r() * OUTLETS.length)], title: null, byline: null,
    published: { date: day(published + 1), how: "given", confidence: 1, evidence: [] }, text, times: [], figures, events: reported, terms: [],
  };
}
