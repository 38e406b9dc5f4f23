/**
 * Clue: a titled office holder ("President Trump", "Defense Minister Israel
 * Katz") or an administration ("the Biden administration") dates the text
 * inside that person's term of office, from lexicon/offices.json.
 */
import lexicon from "../../lexicon/offices.json" with { type: "json" };
import { fromDay, isoDay, parseIsoDay } from "../calendar.js";
import type { Clue, ClueCollector } from "../clue.js";

interface Holder {
  label: string;
  surnames: string[];
  pattern: RegExp;
  terms: [number, number][];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const FAR_FUTURE = 1e7;
const AS_OF = parseIsoDay(lexicon.asOf)!;
// Past the lexicon's as-of day an open term is likely but no longer known to hold.
const UNVOUCHED = 0.85;

// A former or acting holder, or a vice president, says nothing about who holds the office now.
const NOT_CURRENT = String.raw`(?<!\b(?:[Ff]ormer|[Ee]x-|[Ll]ate|[Tt]hen|[Vv]ice|[Aa]cting|[Dd]eputy)[\s-]?)`;

function buildHolders(): Holder[] {
  const out: Holder[] = [];
  for (const office of lexicon.offices) {
    const byPerson = new Map<string, Holder>();
    for (const h of office.holders) {
      const term: [number, number] = [parseIsoDay(h.from)!, parseIsoDay(h.to) ?? FAR_FUTURE];
      const known = byPerson.get(h.names[0]);
      if (known) { known.terms.push(term); continue; }
      const surnames = h.names.map((n) => n.split(" ").pop()!);
      const given = h.names.map((n) => escape(n.split(" ").slice(0, -1).join(" "))).filter(Boolean);
      const titled = String.raw`${NOT_CURRENT}\b(?:${office.titles.map(escape).join("|")})\s+(?:(?:${given.join("|")})\s+)?(?:${surnames.map(escape).join("|")})\b`;
      const admin = office.administration ? String.raw`|\b(?:${surnames.map(escape).join("|")})(?:['’]s)?\s+administration\b` : "";
      const holder = { label: h.names[0], surnames, pattern: new RegExp(titled + admin, "i"), terms: [term] };
      byPerson.set(h.names[0], holder);
      out.push(holder);
    }
  }
  return out;
}

const HOLDERS = buildHolders();

export const officeTermClues: ClueCollector = ({ doc }) => {
  const clues: Clue[] = [];
  for (const h of HOLDERS) {
    if (!h.surnames.some((s) => doc.text.includes(s))) continue;
    const m = h.pattern.exec(doc.text);
    if (!m) continue;
    const administration = /administration$/i.test(m[0]);
    const within = (day: number) => h.terms.some(([from, to]) => day >= from && day < to);
    const vouched = (day: number) => day <= AS_OF || h.terms.some(([from, to]) => day >= from && day < to && to !== FAR_FUTURE);
    clues.push({
      kind: "office-term",
      text: m[0],
      weight: 1.5,
      // "the Biden administration's policy" is often looked back on; a title names the holder of the day.
      fit: (c) => (!within(c.day) ? (administration ? 0.3 : 0.1) : vouched(c.day) ? 1 : UNVOUCHED),
      years: administration ? undefined : (lo, hi) => {
        const out: number[] = [];
        for (const [from, to] of h.terms) {
          for (let y = Math.max(lo, fromDay(from).y); y <= Math.min(hi, to === FAR_FUTURE ? hi : fromDay(to).y); y++) out.push(y);
        }
        return out;
      },
      explain: () => `${m[0]} → ${h.terms.map(([f, t]) => `${isoDay(f)}..${t === FAR_FUTURE ? "" : isoDay(t)}`).join(" or ")}`,
    });
  }
  return clues;
};
