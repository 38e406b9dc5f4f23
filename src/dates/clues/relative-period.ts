/**
 * Clue: periods named relative to the DCT. "this weekend" said of what is
 * coming puts the DCT late in the week, "earlier this week" past its start;
 * "earlier this month" needs the month to be some days old; "later this
 * month" needs days left in it.
 */
import { isoMonth, isoWeek } from "../calendar.js";
import type { Candidate, Clue, ClueCollector } from "../clue.js";

// Index: weekday of the DCT, Sunday first.
const WEEKEND_AHEAD = [0.5, 0.35, 0.35, 0.4, 0.6, 0.9, 0.9];
const WEEKEND_PAST = [0.9, 0.3, 0.3, 0.3, 0.3, 0.3, 0.8];
// "earlier this week" needs some of the week behind; "later this week" some of it ahead.
const WEEK_PAST = [0.5, 0.2, 0.6, 0.8, 1, 1, 1];
const WEEK_AHEAD = [1, 1, 1, 0.8, 0.5, 0.3, 0.3];

function earlierThisMonth(c: Candidate): number {
  if (c.dom <= 3) return 0.05;
  if (c.dom <= 7) return 0.3;
  // Writers name a day or "last week" for the last few days; the month serves for older things.
  return c.dom <= 13 ? 0.6 : 1;
}

export const relativePeriodClues: ClueCollector = ({ doc, mentions }) => {
  const clues: Clue[] = [];
  for (const t of mentions) {
    const v = t.value;
    const text = doc.text.slice(t.start, t.end);
    if (v.type === "week" && v.weekend && v.offset === 0) {
      const table = t.tense === "past" ? WEEKEND_PAST : WEEKEND_AHEAD;
      clues.push({ kind: "weekend", text, weight: 1, fit: (c) => table[c.weekday], explain: (c) => `${text} → ${isoWeek(c.day)}-WE` });
    } else if (v.type === "week" && v.offset === 0 && t.tense !== "neutral") {
      const table = t.tense === "past" ? WEEK_PAST : WEEK_AHEAD;
      clues.push({ kind: "this-week", text, weight: 1, fit: (c) => table[c.weekday], explain: (c) => `${text} → ${isoWeek(c.day)}` });
    } else if (v.type === "rel-month" && v.offset === 0 && t.tense !== "neutral") {
      const fit = t.tense === "past" ? earlierThisMonth : (c: Candidate) => (c.dom <= 20 ? 1 : 0.4);
      clues.push({ kind: "this-month", text, weight: 1, fit, explain: (c) => `${text} → ${isoMonth(c.year, c.month)}` });
    }
  }
  return clues;
};
