/**
 * Clue: the length of a war or truce counted from the day it began. "the
 * 19-month-old war" that began on a stated day puts the DCT 19 months after
 * it; "two months of calm" since January 19 that "collapsed on Tuesday" puts
 * that Tuesday about two months after January 19.
 */
import { addMonths, fromDay, isoDay, toDay, weekdayOnOrBefore } from "../calendar.js";
import { dayRange, type Candidate, type Clue, type ClueCollector } from "../clue.js";
import type { TimeMention } from "../../extract/times/mention.js";
import { yearForMonthDay } from "../../extract/times/resolve.js";
import { periodAnchors } from "./period-anchors.js";

// Lengths that are hoped for, planned or proposed do not date anything.
const HYPOTHETICAL = /\b(?:could|would|might|if|slated|originally|propos\w*|extend\w*|extension|planned)\b/i;
// Per unit: days of slack for a full fit, then for a half fit.
const OLD_EDGE_PENALTY = 0.15;
const SLACK: Record<string, [number, number]> = { D: [2, 5], W: [3, 8], M: [4, 10], Y: [30, 90] };

function addUnits(day: number, amount: number, unit: string): number {
  if (unit === "D") return day + Math.round(amount);
  if (unit === "W") return day + Math.round(7 * amount);
  if (unit === "M") return addMonths(day, Math.round(amount));
  return addMonths(day, Math.round(12 * amount));
}

/**
 * The day after the calendar month (or year) that lies `amount` months (years) after the anchor's:
 * where a count of calendar units ends.
 */
function calendarEnd(anchor: number, amount: number, unit: string): number {
  const { y, m } = fromDay(anchor);
  if (unit === "M") return addMonths(toDay(y, m, 1), amount + 1);
  if (unit === "Y") return toDay(y + amount + 1, 1, 1);
  return Infinity;
}

/** The anchor's day; a month anchor ("April 2023") stands for its first day, and `spread` days more are as likely. */
function anchorDay(anchor: TimeMention, c: Candidate): number {
  const v = anchor.value;
  if (v.type === "month" && v.year !== null) return toDay(v.year, v.month, 1);
  if (v.type !== "day") return c.day;
  return toDay(v.year ?? yearForMonthDay(c.day, v.month, v.day, "past", c.year), v.month, v.day);
}

const MONTH_SPREAD = 30;

/** Days from `day` to the window [from, from + spread]; 0 inside it. */
function outside(day: number, from: number, spread: number): number {
  return day < from ? day - from : day > from + spread ? day - from - spread : 0;
}

// "three years since the invasion" is mostly written on the anniversary itself.
const ANNIVERSARY_DAYS = 3;
const OFF_ANNIVERSARY = 0.7;

function slackFit(diff: number, unit: string): number {
  const d = Math.abs(diff);
  if (d <= SLACK[unit][0]) return unit === "Y" && d > ANNIVERSARY_DAYS ? OFF_ANNIVERSARY : 1;
  return d <= SLACK[unit][1] ? 0.5 : 0.08;
}

export const periodDurationClues: ClueCollector = ({ doc, mentions }) => {
  const anchors = periodAnchors(doc, mentions);
  if (anchors.size === 0) return [];
  const clues: Clue[] = [];
  for (const t of mentions) {
    const v = t.value;
    if (v.type !== "duration" || v.noun === null || !SLACK[v.unit]) continue;
    const anchor = anchors.get(v.noun);
    const sentence = doc.sentences[t.sentence];
    if (!anchor || HYPOTHETICAL.test(sentence.text)) continue;
    // A past weekday in the same sentence is the day the period ended ("broke down on Friday").
    const wdMention = mentions.find((m) => m.sentence === t.sentence && m.value.type === "weekday" && m.tense !== "future");
    const wd = wdMention?.value.type === "weekday" ? wdMention.value.weekday : null;
    const { amount, unit } = v;
    const spread = anchor.value.type === "month" ? MONTH_SPREAD : 0;
    const end = (c: Candidate) => addUnits(anchorDay(anchor, c), amount, unit);
    const fit = (c: Candidate): number => {
      const e = end(c);
      if (v.old) {
        const next = addUnits(anchorDay(anchor, c), amount + 1, unit) + spread;
        if (c.day < e || c.day >= next) return 0.05;
        // "19 months old" is 19 months and any number of days, and writers also count calendar months
        // (a war of October is 19 months old in May, whatever the day): the middle of the days both
        // readings allow is the best guess.
        const last = Math.max(e + 1, Math.min(next, calendarEnd(anchorDay(anchor, c), amount, unit)));
        if (c.day >= last) return 1 - OLD_EDGE_PENALTY;
        return 1 - OLD_EDGE_PENALTY * Math.abs((2 * (c.day - e)) / (last - e) - 1);
      }
      const reach = Math.max(10, (e - anchorDay(anchor, c)) / 4);
      if (v.more) return c.day < e ? 0.05 : c.day - e <= reach ? 1 : 0.4;
      // "nearly two years": the count is not yet reached, and mostly short of it by a tenth or less.
      if (v.less) {
        const short = e - c.day;
        if (short < -ANNIVERSARY_DAYS) return 0.08;
        return short <= Math.max(ANNIVERSARY_DAYS, (e - anchorDay(anchor, c)) / 10) ? 1 : short <= reach ? 0.6 : 0.3;
      }
      return slackFit(outside(wd === null ? c.day : weekdayOnOrBefore(c.day, wd), e, spread), unit);
    };
    const anchorText = doc.text.slice(anchor.start, anchor.end);
    const text = doc.text.slice(t.start, t.end);
    clues.push({
      kind: "period-duration",
      text,
      weight: 2,
      fit,
      seeds: (lo, hi) => {
        const a = anchor.value;
        if (a.type !== "day" && a.type !== "month") return [];
        const dom = a.type === "day" ? a.day : 1;
        const out: number[] = [];
        for (let y = a.year ?? lo - 1; y <= (a.year ?? hi); y++) {
          const e = addUnits(toDay(y, a.month, dom), amount, unit);
          out.push(...dayRange(e - 5, e + spread + (v.old ? 31 : 10)));
        }
        return out;
      },
      explain: (c) => {
        const ended = wd === null ? isoDay(end(c)) : isoDay(weekdayOnOrBefore(c.day, wd));
        return `${anchorText} + ${text}${wdMention ? ` and ${doc.text.slice(wdMention.start, wdMention.end)}` : ""} → ${ended}`;
      },
    });
  }
  return clues;
};
