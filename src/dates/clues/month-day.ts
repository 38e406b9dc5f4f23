/**
 * Clue: a day stated without a year ("February 28th"). It takes the year
 * that puts a past event before the DCT (a planned one after it), so it
 * rates candidates by how long before (after) them the day falls.
 */
import { isoDay, toDay, weekday } from "../calendar.js";
import { dayRange, eitherDayFit, futureDayFit, pastDayFit, sinceDayFit, type Candidate, type Clue, type ClueCollector } from "../clue.js";
import { yearForMonthDay } from "../../extract/times/resolve.js";

const SEED_SPAN = 21;
const WRONG_WEEKDAY = 0.05;
// A day written without its year is seldom more than half a year old: the year is left out when it is plain.
const YEARLESS_REACH = 180;
const FAR_YEARLESS = 0.5;

export const monthDayClues: ClueCollector = ({ doc, mentions }) => {
  const clues: Clue[] = [];
  for (const t of mentions) {
    const v = t.value;
    if (v.type !== "day" || v.year !== null) continue;
    const { month, day } = v;
    const future = t.tense === "future";
    // Days past the DCT are as plausible as days before it when the clause has no tense ("by June 15").
    const dayFit = t.since ? sinceDayFit : t.tense === "neutral" ? eitherDayFit : pastDayFit;
    const resolve = (c: Candidate) => toDay(yearForMonthDay(c.day, month, day, t.tense, c.year), month, day);
    const text = doc.text.slice(t.start, t.end);
    clues.push({
      kind: "month-day",
      text,
      weight: 1,
      key: `month-day ${month}-${day} ${v.weekday} ${t.tense} ${t.since}`,
      fit: (c) => {
        const d = resolve(c);
        // "Saturday, April 15" holds only in the years where April 15 is a Saturday.
        const named = v.weekday === null || weekday(d) === v.weekday ? 1 : WRONG_WEEKDAY;
        const far = !future && c.day - d > YEARLESS_REACH ? FAR_YEARLESS : 1;
        return named * far * (future ? futureDayFit(d - c.day) : dayFit(c.day - d));
      },
      seeds: (lo, hi) => {
        const out: number[] = [];
        // From the year before: a late-December day proposes early-January DCTs.
        for (let y = lo - 1; y <= hi; y++) {
          const d = toDay(y, month, day);
          out.push(...(future ? dayRange(d - SEED_SPAN, d) : dayRange(d, d + SEED_SPAN)));
        }
        return out;
      },
      explain: (c) => `${text} → ${isoDay(resolve(c))}`,
    });
  }
  return clues;
};
