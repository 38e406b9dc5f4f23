/**
 * Clue: a stated day counted from the day of writing ("no later than July 29,
 * ten days from now", "on June 3, two weeks away") fixes the DCT outright.
 */
import { isoDay, toDay } from "../calendar.js";
import { dayRange, type Candidate, type Clue, type ClueCollector } from "../clue.js";
import { parseCount, NUMBER_ALT } from "../../extract/times/words.js";
import { yearForMonthDay } from "../../extract/times/resolve.js";

const FROM_NOW = new RegExp(
  String.raw`^,?\s+(?:just\s+|only\s+|some\s+|about\s+)?(\d{1,3}|${NUMBER_ALT}|an?)\s+(days?|weeks?)\s+(?:from\s+(?:now|today)|away|hence)\b`,
  "i",
);
const DAYS_PER: Record<string, number> = { d: 1, w: 7 };

function fitGap(gap: number): number {
  const d = Math.abs(gap);
  return d <= 1 ? 1 : d <= 3 ? 0.5 : 0.05;
}

export const daysFromNowClues: ClueCollector = ({ doc, mentions }) => {
  const clues: Clue[] = [];
  for (const t of mentions) {
    const v = t.value;
    if (v.type !== "day") continue;
    const m = FROM_NOW.exec(doc.text.slice(t.end, t.end + 50));
    if (!m) continue;
    const count = parseCount(m[1]);
    if (count === null) continue;
    const offset = count * DAYS_PER[m[2][0].toLowerCase()];
    const { month, day } = v;
    const dayOf = (c: Candidate) => toDay(v.year ?? yearForMonthDay(c.day, month, day, "future", c.year), month, day);
    const text = doc.text.slice(t.start, t.end + m[0].length);
    clues.push({
      kind: "days-from-now",
      text,
      weight: 3,
      fit: (c) => fitGap(c.day - (dayOf(c) - offset)),
      seeds: (lo, hi) => {
        const out: number[] = [];
        for (let y = v.year ?? lo - 1; y <= (v.year ?? hi); y++) {
          const dct = toDay(y, month, day) - offset;
          out.push(...dayRange(dct - 2, dct + 2));
        }
        return out;
      },
      explain: (c) => `${text} → ${isoDay(dayOf(c) - offset)}`,
    });
  }
  return clues;
};
