/**
 * Clue: a weekday name. A past "on Tuesday" puts the DCT 0–6 days after a
 * Tuesday, most often the same or the next day; a planned "on Sunday" puts
 * it before one. Several weekdays together pin the DCT's day of the week.
 */
import { isoDay, toDay, weekday, weekdayOnOrAfter, weekdayOnOrBefore } from "../calendar.js";
import { WEEKDAY_NAMES, type Candidate, type Clue, type ClueCollector } from "../clue.js";
import type { TimeMention } from "../../extract/times/mention.js";
import { yearForMonthDay } from "../../extract/times/resolve.js";

// Index: days from the named weekday to the DCT (past) or from the DCT to it (future).
const PAST_FIT = [0.55, 0.55, 0.35, 0.25, 0.18, 0.14, 0.12];
const FUTURE_FIT = [0.3, 0.5, 0.5, 0.4, 0.35, 0.3, 0.3];
// "killed since Saturday": a state that began then and still holds, so not the day itself.
const SINCE_FIT = [0.2, 0.4, 0.4, 0.35, 0.3, 0.3, 0.3];
// "Saturday, April 15": a weekday in apposition to a day names that day's weekday.
const APPOSITION_GAP = /^,?\s*$/;

/** Fit for "Monday, July 17": whether the stated day, in the year this candidate gives it, is a Monday. */
function appositionFit(next: TimeMention, wd: number): ((c: Candidate) => number) | null {
  const v = next.value;
  if (v.type !== "day") return null;
  return (c) => {
    const day = toDay(v.year ?? yearForMonthDay(c.day, v.month, v.day, next.tense), v.month, v.day);
    return weekday(day) === wd ? 1 : 0.05;
  };
}

export const weekdayClues: ClueCollector = ({ doc, mentions }) => {
  const clues: Clue[] = [];
  mentions.forEach((t, i) => {
    const v = t.value;
    if (v.type !== "weekday") return;
    const wd = v.weekday;
    const future = t.tense === "future";
    const next = mentions[i + 1];
    const apposition = next && APPOSITION_GAP.test(doc.text.slice(t.end, next.start)) ? appositionFit(next, wd) : null;
    clues.push({
      kind: "weekday",
      text: doc.text.slice(t.start, t.end),
      weight: 1,
      fit: apposition ?? ((c) => (future ? FUTURE_FIT[(wd - c.weekday + 7) % 7] : (t.since ? SINCE_FIT : PAST_FIT)[(c.weekday - wd + 7) % 7])),
      explain: (c) => {
        const day = future ? weekdayOnOrAfter(c.day, wd) : weekdayOnOrBefore(c.day, wd);
        return `${doc.text.slice(t.start, t.end)} (${future ? "planned" : "past"}) → ${WEEKDAY_NAMES[wd]} ${isoDay(day)}`;
      },
    });
  });
  return clues;
};
