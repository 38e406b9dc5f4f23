/**
 * Clue: a feast named in the text ("on Easter", "until the end of
 * Passover", "during Ramadan"). Its days come from the calendar rules for
 * each candidate's year, and rate the candidate like a stated day: a past
 * feast shortly before the DCT, a planned one after it.
 */
import { namedDay } from "../../calendars/named-days.js";
import { isoDay, parseIsoDay } from "../calendar.js";
import { dayRange, futureDayFit, pastDayFit, type Candidate, type Clue, type ClueCollector } from "../clue.js";

const SEED_SPAN = 14;

/** First and last epoch day of a feast in a year, memoized: the solver asks for every candidate. */
function spanIn(name: string, year: number, memo: Map<number, [number, number] | null>): [number, number] | null {
  let s = memo.get(year);
  if (s === undefined) {
    const span = namedDay(name, year);
    s = span ? [parseIsoDay(span.start)!, parseIsoDay(span.end)!] : null;
    memo.set(year, s);
  }
  return s;
}

export const namedDayClues: ClueCollector = ({ doc, mentions }) => {
  const clues: Clue[] = [];
  for (const t of mentions) {
    const v = t.value;
    // Without a tense a feast may lie on either side of the DCT and says too little.
    if (v.type !== "named-day" || t.tense === "neutral") continue;
    const memo = new Map<number, [number, number] | null>();
    const future = t.tense === "future";
    const text = doc.text.slice(t.start, t.end);
    // The feast's day that counts: its last for "the end of", else its first; a past feast is over once its last day is.
    const pick = (s: [number, number]) => (v.edge === "end" ? s[1] : v.edge === "start" ? s[0] : future ? s[0] : s[1]);
    const nearest = (c: Candidate): number | null => {
      for (const y of future ? [c.year, c.year + 1] : [c.year, c.year - 1]) {
        const s = spanIn(v.name, y, memo);
        // A past feast still under way on the candidate day is a gap of zero.
        if (s && (future ? pick(s) >= c.day : s[0] <= c.day)) return future ? pick(s) : Math.min(pick(s), c.day);
      }
      return null;
    };
    clues.push({
      kind: "named-day",
      text,
      weight: 1,
      key: `named-day ${v.name} ${v.edge} ${t.tense}`,
      fit: (c) => {
        const d = nearest(c);
        if (d === null) return 0.05;
        return future ? futureDayFit(d - c.day) : pastDayFit(c.day - d);
      },
      seeds: (lo, hi) => {
        const out: number[] = [];
        for (let y = lo; y <= hi; y++) {
          const s = spanIn(v.name, y, memo);
          if (s) out.push(...(future ? dayRange(s[0] - SEED_SPAN, s[0]) : dayRange(s[0], s[1] + SEED_SPAN)));
        }
        return out;
      },
      explain: (c) => {
        const d = nearest(c);
        return `${text} (${future ? "planned" : "past"}) → ${d === null ? "?" : isoDay(d)}`;
      },
    });
  }
  return clues;
};
