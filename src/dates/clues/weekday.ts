/**
 * Clue: a weekday name. A past "on Tuesday" puts the DCT 0–6 days after a
 * Tuesday, most often the same or the next day; a planned "on Sunday" puts
 * it before one. Several weekdays together pin the DCT's day of the week.
 */
import { isoDay, weekdayOnOrAfter, weekdayOnOrBefore } from "../calendar.js";
import { WEEKDAY_NAMES, type Clue, type ClueCollector } from "../clue.js";

// Index: days from the named weekday to the DCT (past) or from the DCT to it (future).
const PAST_FIT = [0.55, 0.55, 0.35, 0.25, 0.18, 0.14, 0.12];
const FUTURE_FIT = [0.3, 0.5, 0.5, 0.4, 0.35, 0.3, 0.3];
// "killed since Saturday": a state that began then and still holds, so not the day itself.
const SINCE_FIT = [0.2, 0.4, 0.4, 0.35, 0.3, 0.3, 0.3];
// "last Tuesday" / "next Sunday" are never the DCT's own weekday.
const STRICT_SAME_DAY = 0.1;

// The first past weekday of the lede is the day the news happened, nearly always the DCT or the day before.
const LEDE_CHARS = 500;
const LEDE_WEIGHT = 2;

export const weekdayClues: ClueCollector = ({ doc, mentions }) => {
  const clues: Clue[] = [];
  let lede = true;
  for (const t of mentions) {
    const v = t.value;
    if (v.type !== "weekday") continue;
    const isLede = lede && t.start < LEDE_CHARS && t.tense === "past" && !t.since && !v.strict;
    if (t.tense === "past") lede = false;
    const { weekday: wd, strict } = v;
    const future = t.tense === "future";
    const table = future ? FUTURE_FIT : t.since ? SINCE_FIT : PAST_FIT;
    const text = doc.text.slice(t.start, t.end);
    clues.push({
      kind: "weekday",
      text,
      weight: isLede ? LEDE_WEIGHT : 1,
      key: `weekday ${wd} ${future ? "future" : t.since ? "since" : "past"} ${strict}`,
      fit: (c) => {
        const k = future ? (wd - c.weekday + 7) % 7 : (c.weekday - wd + 7) % 7;
        return strict && k === 0 ? STRICT_SAME_DAY : table[k];
      },
      explain: (c) => {
        const day = future ? weekdayOnOrAfter(c.day, wd) : weekdayOnOrBefore(c.day, wd);
        return `${text} (${future ? "planned" : "past"}) → ${WEEKDAY_NAMES[wd]} ${isoDay(day)}`;
      },
    });
  }
  return clues;
};
