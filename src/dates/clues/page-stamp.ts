/**
 * Clue: days the page itself stamps rather than reports. A dateline ("GOMA,
 * July 21 —") is the day the story was filed; a "Published"/"Updated" line
 * is the page's own date; a day standing alone on its line heads an entry
 * of a live page, whose latest entry is the DCT. Such days are read from the
 * text and, for stamps that cleaning set aside, from the boilerplate.
 */
import { isoDay, toDay } from "../calendar.js";
import { dayRange, type Candidate, type Clue, type ClueCollector } from "../clue.js";
import type { TimeMention } from "../../extract/times/mention.js";
import { recognizeTimes } from "../../extract/times/recognize.js";
import { WEEKDAY_SHORT_ALT } from "../../extract/times/words.js";
import { AnalyzedText } from "../../text/analyzed-text.js";

type Kind = "dateline" | "published" | "updated" | "heading";

// A place in capitals or title case, maybe with a region, then the day and a dash.
const PLACE_BEFORE = /^\p{Lu}[\p{L}\p{M} .'’/-]{1,40}(?:,\s*\p{Lu}[\p{L}\p{M} .'’-]{1,30})?,\s*$/u;
const DASH_AFTER = /^\s*(?:\([^()\n]{1,40}\)\s*)?[—–-]/;
const CLOCK = String.raw`(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:\p{Lu}{2,5}\b)?)`;
const STAMP_WORD = String.raw`(?:[Ll]ast\s+)?(?:([Uu]pdated|UPDATED)|[Pp]ublished|PUBLISHED|[Pp]osted|POSTED|[Ff]irst\s+published|[Ii]ssued|ISSUED|[Rr]eleased(?=\s*:)|[Dd]ated?(?=\s*:))`;
// "Mon 15 Apr 2024": an abbreviated weekday, which the time rules do not read, may lead the day.
const SHORT_WEEKDAY = String.raw`(?:(?:${WEEKDAY_SHORT_ALT})\.?,?\s+)?`;
const STAMP_BEFORE = new RegExp(String.raw`^\s*${STAMP_WORD}(?:\s+on)?\s*:?\s*(?:${CLOCK}\s*,?\s*)?${SHORT_WEEKDAY}$`, "u");
const ALONE_BEFORE = new RegExp(String.raw`^\s*${SHORT_WEEKDAY}$`, "u");
const ALONE_AFTER = new RegExp(String.raw`^[\s,|·–—-]*(?:${CLOCK}[\s,]*)?$`, "u");
const STAMP_LINE = new RegExp(String.raw`^\s*${STAMP_WORD}`);

const WEIGHT: Record<Kind, number> = { published: 4, updated: 4, dateline: 3, heading: 2 };

/** Fit by days from the stamped day to the DCT (negative: the DCT is before it). */
function stampFit(kind: Kind, gap: number): number {
  if (gap === 0) return 1;
  // An update comes after publication; a dateline's day may end after the copy desk's.
  if (kind === "updated") return gap < 0 && gap >= -3 ? 0.3 : 0.01;
  if (gap === 1) return 0.3;
  // A live page's older entries lie a few days before its latest one.
  if (kind === "heading" && gap > 1 && gap <= 7) return 0.15;
  return 0.01;
}

function kindOf(text: string, t: TimeMention): Kind | null {
  const lineStart = text.lastIndexOf("\n", t.start - 1) + 1;
  const nl = text.indexOf("\n", t.end);
  // A header line may hold several stamps ("Situation as of 18 February | Issued 20 February"): each part is read alone.
  const full = text.slice(lineStart, t.start);
  const bar = Math.max(full.lastIndexOf("|"), full.lastIndexOf("·"));
  const before = bar < 0 ? full : full.slice(bar + 1);
  const after = text.slice(t.end, Math.min(nl === -1 ? text.length : nl, t.end + 40));
  const stamp = STAMP_BEFORE.exec(before);
  if (stamp) return stamp[1] ? "updated" : "published";
  if (ALONE_BEFORE.test(before) && ALONE_AFTER.test(after) && (nl !== -1 || lineStart > 0)) return "heading";
  if (PLACE_BEFORE.test(before) && DASH_AFTER.test(after)) return "dateline";
  return null;
}

function stampClue(text: string, t: TimeMention, kind: Kind): Clue | null {
  const v = t.value;
  if (v.type !== "day") return null;
  const { year, month, day } = v;
  // A day without its year is the occurrence nearest the candidate.
  const dayFor = (c: Candidate): number => {
    if (year !== null) return toDay(year, month, day);
    const d = toDay(c.year, month, day);
    const alt = d > c.day ? toDay(c.year - 1, month, day) : toDay(c.year + 1, month, day);
    return Math.abs(alt - c.day) < Math.abs(d - c.day) ? alt : d;
  };
  const words = text.slice(t.start, t.end);
  return {
    kind,
    text: words,
    weight: WEIGHT[kind],
    fit: (c) => stampFit(kind, c.day - dayFor(c)),
    seeds: (lo, hi) => {
      const out: number[] = [];
      for (let y = year ?? lo - 1; y <= (year ?? hi); y++) out.push(...dayRange(toDay(y, month, day) - 3, toDay(y, month, day) + 1));
      return out;
    },
    years: year === null ? undefined : () => [year],
    explain: (c) => `${kind} ${words} → ${isoDay(dayFor(c))}`,
  };
}

function cluesOf(doc: AnalyzedText, mentions: TimeMention[], only?: Kind[]): Clue[] {
  const out: Clue[] = [];
  for (const t of mentions) {
    if (t.value.type !== "day") continue;
    const kind = kindOf(doc.text, t);
    if (kind === null || (only && !only.includes(kind))) continue;
    const clue = stampClue(doc.text, t, kind);
    if (clue) out.push(clue);
  }
  return out;
}

/**
 * @example
 * pageStampClues(ctx("GOMA, July 21 — Rebels entered the city.")).map(c => `${c.kind} ${c.text}`) // → ["dateline July 21"]
 */
export const pageStampClues: ClueCollector = ({ doc, mentions, boilerplate }) => {
  const clues = cluesOf(doc, mentions);
  for (const line of boilerplate) {
    if (!STAMP_LINE.test(line)) continue;
    const stamp = new AnalyzedText(line);
    clues.push(...cluesOf(stamp, recognizeTimes(stamp), ["published", "updated"]));
  }
  return clues;
};
