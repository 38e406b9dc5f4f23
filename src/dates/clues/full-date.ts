/**
 * Clue: a day stated with its year ("Oct. 7, 2023"). A past event is on or
 * before the DCT, usually days before; a planned one is after it.
 */
import { isoDay, toDay } from "../calendar.js";
import { dayRange, eitherDayFit, futureDayFit, pastDayFit, sinceDayFit, type Clue, type ClueCollector } from "../clue.js";

// How far after a stated day the DCT is looked for; older days still rate candidates but do not propose them.
const SEED_SPAN = 21;

export const fullDateClues: ClueCollector = ({ doc, mentions }) => {
  const clues: Clue[] = [];
  for (const t of mentions) {
    const v = t.value;
    if (v.type !== "day" || v.year === null) continue;
    const day = toDay(v.year, v.month, v.day);
    const future = t.tense === "future";
    // Days past the DCT are as plausible as days before it when the clause has no tense ("by June 15").
    const dayFit = t.since ? sinceDayFit : t.tense === "neutral" ? eitherDayFit : pastDayFit;
    clues.push({
      kind: "full-date",
      text: doc.text.slice(t.start, t.end),
      weight: 1,
      key: `full-date ${day} ${t.tense} ${t.since}`,
      fit: (c) => (future ? futureDayFit(day - c.day) : dayFit(c.day - day)),
      seeds: () => (future ? dayRange(day - SEED_SPAN, day) : dayRange(day, day + SEED_SPAN)),
      years: (lo, hi) => {
        const out: number[] = [];
        // Only a clearly past event bounds the year: a neutral clause may name a future day.
        for (let y = Math.max(lo, t.tense === "past" ? v.year! : lo); y <= hi; y++) out.push(y);
        return out;
      },
      explain: () => `${doc.text.slice(t.start, t.end)} → ${isoDay(day)}`,
    });
  }
  return clues;
};
