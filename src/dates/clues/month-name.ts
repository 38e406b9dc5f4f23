/**
 * Clue: a month named without a day ("in March", "early April"). A past
 * event in a named month lies before the DCT; when that month is the DCT's
 * own, the part named ("early") must be over, and by some days, since
 * writers name recent days rather than the month.
 */
import { isoMonth, toDay } from "../calendar.js";
import { dayRange, type Candidate, type Clue, type ClueCollector } from "../clue.js";
import { yearForMonth } from "../../extract/times/resolve.js";

// Day of the month from which a past reference to the DCT's own month reads naturally, by part.
const OVER_FROM: Record<string, number> = { early: 14, mid: 21, late: 28, whole: 8 };
const MONTHS_BACK_FIT = [1, 1, 0.7, 0.7, 0.5, 0.5, 0.5];

function pastFit(monthsBack: number, part: string, c: Candidate): number {
  if (monthsBack < 0) return 0.03;
  if (monthsBack === 0) {
    const from = OVER_FROM[part];
    return c.dom >= from ? (part === "whole" ? 0.7 : 1) : c.dom >= from - 3 ? 0.5 : 0.1;
  }
  return MONTHS_BACK_FIT[monthsBack] ?? 0.3;
}

function futureFit(monthsAhead: number): number {
  if (monthsAhead < 0) return 0.05;
  return monthsAhead === 0 ? 0.6 : monthsAhead <= 2 ? 1 : monthsAhead <= 6 ? 0.6 : 0.3;
}

export const monthNameClues: ClueCollector = ({ doc, mentions }) => {
  const clues: Clue[] = [];
  for (const t of mentions) {
    const v = t.value;
    // A neutral clause ("through early April") says nothing about which side of the DCT the month is.
    if (v.type !== "month" || t.tense === "neutral") continue;
    const { month, year } = v;
    const part = v.part ?? "whole";
    const text = doc.text.slice(t.start, t.end);
    const yearOf = (c: Candidate) => year ?? (v.yearOffset !== null ? c.year + v.yearOffset : yearForMonth(c.day, month, t.tense, c));
    const delta = (c: Candidate) => (c.year * 12 + c.month) - (yearOf(c) * 12 + month);
    clues.push({
      kind: "month",
      text,
      weight: 1,
      key: `month ${year}-${month} ${v.yearOffset} ${part} ${t.tense}`,
      fit: (c) => (t.tense === "past" ? pastFit(delta(c), part, c) : futureFit(-delta(c))),
      seeds: (lo, hi) => {
        if (t.tense !== "past") return [];
        const out: number[] = [];
        for (let y = year ?? lo - 1; y <= (year ?? hi); y++) out.push(...dayRange(toDay(y, month, 1), toDay(y, month + 1, 14)));
        return out;
      },
      explain: (c) => `${text} → ${isoMonth(yearOf(c), month)}`,
    });
  }
  return clues;
};
