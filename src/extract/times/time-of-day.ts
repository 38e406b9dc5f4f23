/**
 * Joins a day and the time of day the words give it: "10 p.m. Wednesday",
 * "Friday at noon", "Thursday evening", "the evening of February 28th".
 * The day keeps its value (SPEC gold dates such expressions to the day);
 * the TIMEX3 time ("T22:00", "TEV") rides along as `timeOfDay`.
 */
import type { MentionValue } from "./mention.js";
import { DAY_PART_ALT, dayPartCode } from "./words.js";

export interface TimedHit {
  start: number;
  end: number;
  value: MentionValue;
  timeOfDay?: string;
}

// Today, yesterday and tomorrow are days; "three days ago" is a day too far back to be told by the hour.
function namesOneDay(v: MentionValue): boolean {
  return v.type === "day" || v.type === "weekday" || v.type === "anchored" || (v.type === "dct-offset" && Math.abs(v.days) <= 1);
}

// "10 p.m. Wednesday", "noon on Thursday", "5 p.m. EST, Nov. 6".
// Within a line: a stamp over a paragraph ("20:42 GMT\nMonday's strikes …") is no part of its day.
const CLOCK_THEN_DAY = /^[^\S\n]*,?[^\S\n]*(?:on[^\S\n]+)?$/;
// "Wednesday at 10 p.m.", "Feb. 28, around 10:35 a.m.".
const DAY_THEN_CLOCK = /^[^\S\n]*,?[^\S\n]*(?:(?:at|around|about|shortly[^\S\n]+(?:before|after))[^\S\n]+)?$/;
const PART_AFTER = new RegExp(String.raw`^[^\S\n]+(${DAY_PART_ALT})\b`);
const PART_BEFORE = new RegExp(String.raw`\b(?:[Tt]he\s+)?(${DAY_PART_ALT})\s+of\s+$`);

const partTime = (word: string) => {
  const code = dayPartCode(word);
  return code === null ? undefined : `T${code}`;
};

/**
 * Merges each clock hit into the day hit beside it and extends day hits over a part of day; a clock
 * with no day beside it stays a mention of its own. Hits arrive sorted, without overlaps.
 *
 * @example
 * // "at 10 p.m. Wednesday": a clock hit over [3, 10) and a weekday hit over [11, 20) become
 * // one weekday hit over [3, 20) with timeOfDay "T22:00".
 */
export function attachTimesOfDay<H extends TimedHit>(text: string, hits: H[]): H[] {
  const out: H[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!namesOneDay(h.value) || h.timeOfDay) {
      out.push(h);
      continue;
    }
    let merged: H = h;
    const prev = out[out.length - 1];
    const next = hits[i + 1];
    if (prev?.value.type === "clock" && CLOCK_THEN_DAY.test(text.slice(prev.end, h.start))) {
      out.pop();
      merged = { ...h, start: prev.start, timeOfDay: prev.timeOfDay };
    } else if (next?.value.type === "clock" && DAY_THEN_CLOCK.test(text.slice(h.end, next.start))) {
      merged = { ...h, end: next.end, timeOfDay: next.timeOfDay };
      i++;
    } else {
      const after = PART_AFTER.exec(text.slice(h.end, h.end + 12));
      const before = after ? null : PART_BEFORE.exec(text.slice(Math.max(0, h.start - 30), h.start));
      const word = after?.[1] ?? before?.[1];
      const time = word === undefined ? undefined : partTime(word);
      if (time && after) merged = { ...h, end: h.end + after[0].length, timeOfDay: time };
      else if (time && before) merged = { ...h, start: h.start - before[0].length, timeOfDay: time };
    }
    out.push(merged);
  }
  return out;
}
