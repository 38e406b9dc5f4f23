/**
 * `date` conflicts: one event that different documents date to different
 * days. Consecutive strikes by one side in one place are common and
 * distinct, so identity must be strong: same type, same actors, same named
 * place, days at most MAX_GAP_DAYS apart, and the two sentences share a
 * distinctive word or number (one that few reports in the corpus use).
 */
import type { ReportedEvent } from "./event-identity.js";
import { placeRelation } from "../lexicon/places.js";

/** One side of a date conflict: the report and the day it gives. */
export interface DateConflictReport {
  doc: string;
  outlet: string | null;
  date: string;
  sentence: string;
  span: [number, number];
}

export interface DateConflict {
  reason: "date";
  /** The event, e.g. "attack by Hamas in Israel". */
  about: string;
  a: DateConflictReport;
  b: DateConflictReport;
}

const MAX_GAP_DAYS = 3;
const DAY_MS = 86_400_000;
/**
 * A distinctive word is used by few report sentences: at most RARE_USES, or
 * RARE_SHARE of them in a large corpus (an event many outlets covered), but
 * never more than MAX_RARE_USES, which also bounds the pairs compared.
 */
const RARE_USES = 4;
const RARE_SHARE = 0.001;
const MAX_RARE_USES = 64;
const WORD = /[\p{L}][\p{L}'’-]{4,}|\d[\d,.]*\d/gu;
/** Years name the period, not the event (a day of the month differs between the two datings anyway). */
const YEAR = /^(?:19|20)\d{2}$/;

function words(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (!YEAR.test(w)) out.add(w);
  }
  return out;
}

function toReport(e: ReportedEvent): DateConflictReport {
  return { doc: e.doc, outlet: e.outlet, date: e.date!, sentence: e.sentence, span: e.span };
}

/**
 * Pairs of reports of one event dated to different days.
 *
 * @example
 * findDateConflicts(store.listEvents()).map((c) => `${c.about}: ${c.a.date} vs ${c.b.date}`)
 */
export function findDateConflicts(events: ReportedEvent[]): DateConflict[] {
  const dated = events.filter((e) => e.modality === "asserted" && e.date?.length === 10 && e.place && e.actors.length > 0);
  const uses = new Map<string, number>();
  for (const e of dated) for (const w of words(e.sentence)) uses.set(w, (uses.get(w) ?? 0) + 1);
  const rareLimit = Math.min(MAX_RARE_USES, Math.max(RARE_USES, Math.floor(dated.length * RARE_SHARE)));
  // Postings of the rare words used at least twice: only reports sharing one are ever compared.
  const postings = new Map<string, number[]>();
  dated.forEach((e, i) => {
    for (const w of words(e.sentence)) {
      const n = uses.get(w)!;
      if (n < 2 || n > rareLimit) continue;
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  const out: DateConflict[] = [];
  const seen = new Set<string>();
  for (const list of postings.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [x, y] = [dated[list[i]], dated[list[j]]];
        if (!sameEventClaim(x, y)) continue;
        const pair = `${list[i]}|${list[j]}`;
        if (seen.has(pair)) continue;
        seen.add(pair);
        const [a, b] = x.date! < y.date! ? [x, y] : [y, x];
        out.push({ reason: "date", about: `${a.type.replace(/_/g, " ")} by ${a.actors.join(", ")} in ${a.place}`, a: toReport(a), b: toReport(b) });
      }
    }
  }
  return out;
}

/** Two documents' reports of one type by the same actors in the same place, days apart but not too far. */
function sameEventClaim(x: ReportedEvent, y: ReportedEvent): boolean {
  if (x.type !== y.type || x.doc === y.doc || x.date === y.date) return false;
  if (Math.abs(Date.parse(x.date!) - Date.parse(y.date!)) > MAX_GAP_DAYS * DAY_MS) return false;
  if (x.actors.length !== y.actors.length || x.actors.some((a) => !y.actors.includes(a))) return false;
  return placeRelation(x.place, y.place) === "same";
}
