/**
 * How far in time an event reaches, beyond the one date its clause gives:
 * an exchange told over several days is dated by its month, talks that led
 * up to a deal "after two weeks of talks" by the deal's month, and a clause
 * about an earlier year ("since 2020, when …") marks an event of that year.
 */
import type { Time } from "../../types.js";
import type { Trigger } from "./triggers.js";

const COUNT = "(?:two|three|four|five|six|seven|eight|nine|ten|several|\\d+)";
/** "over three days", "a three-day swap", "since Friday": one event told across several days. */
const MULTI_DAY = new RegExp(`\\b(?:(?:over|across|during|in|within) (?:the )?(?:past |last |first )?${COUNT} days|${COUNT}-day|since (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\\b`, "i");
/** "after two weeks of talks", "following 10 days of UN-sponsored negotiations". */
const AFTER_SPELL = new RegExp(`\\b(?:after|following) (?:more than |nearly |almost )?(?:${COUNT}|a) (?:days?|weeks?|months?|rounds?) of (?:[\\w-]+ ){0,2}$`, "i");
const BARE_YEAR = /(?<![\d,.])(?:19|20)\d{2}(?!\d|[,.]\d)/g;
const SINCE = /\b(?:since|from)\s+(?:\p{L}+\s+)?$/u;
const WHEN_AFTER = /^\s*,?\s*when\b/;
/** How far before a trigger a year still sets its time: "since 2020, when about 1,000 prisoners were exchanged". */
const ERA_REACH = 60;
/** The words that tell a state's change ("truce that began in April expired"): from the trigger's end back to the first digit or capital. */
const STATE_VERB = /(?<![\w-])[a-z][a-z-]*(?:\s+[a-z][a-z-]*)*$/;

/** True when the trigger's sentence tells its event as spread over several days. */
export function isMultiDay(sentence: string): boolean {
  return MULTI_DAY.test(sentence);
}

/** True for "after two weeks of talks": the talks ended when the main clause's event took place. */
export function isSpellBefore(sentence: string, t: Trigger): boolean {
  return AFTER_SPELL.test(sentence.slice(Math.max(0, t.start - 80), t.start));
}

/**
 * Offset (inside the sentence) where a state trigger's verb words begin, so
 * that "truce that began in April 2022 expired in October" dates the
 * expiry by the time nearest "expired".
 *
 * @example
 * stateVerbStart("truce that began in April 2022 expired", 10) // → 41
 */
export function stateVerbStart(own: string, start: number): number {
  const m = STATE_VERB.exec(own);
  return m ? start + m.index : start;
}

/**
 * The year that the words around a trigger speak of, from a time expression
 * or a bare year ("since 2020, when …"), the nearest to the trigger's end; else null.
 *
 * @example
 * // "It is the largest since 2020, when about 1,000 prisoners were exchanged."
 * eraOf(sentence, 0, exchangedTrigger, []) // → "2020"
 */
export function eraOf(sentence: string, sentenceStart: number, t: Trigger, times: Time[]): string | null {
  const from = Math.max(0, t.start - ERA_REACH);
  const to = Math.min(sentence.length, t.end + 30);
  let best: string | null = null;
  let distance = Infinity;
  const found: Array<[at: number, end: number, year: string]> = [];
  for (const x of times) {
    if (!/^\d{4}/.test(x.value)) continue;
    // A time may hold its own "since" ("since March 2022"): look at the year's words after it.
    const lead = /^(?:since|from)\s+/i.exec(x.text)?.[0].length ?? 0;
    found.push([x.span[0] - sentenceStart + lead, x.span[1] - sentenceStart, x.value.slice(0, 4)]);
  }
  for (const at of bareYears(sentence)) found.push([at, at + 4, sentence.slice(at, at + 4)]);
  for (const [at, end, year] of found) {
    if (at < from || at >= to || Math.abs(at - t.end) >= distance) continue;
    // "negotiations since March 2022" counts from then; "since 2020, when …" tells of then.
    if (SINCE.test(sentence.slice(Math.max(0, at - 20), at)) && !WHEN_AFTER.test(sentence.slice(end, end + 8))) continue;
    best = year;
    distance = Math.abs(at - t.end);
  }
  return best;
}

// Every trigger of a sentence asks about the same sentence: keep the last one's years.
let yearsText = "";
let yearsCached: number[] = [];

function bareYears(sentence: string): number[] {
  if (sentence !== yearsText) {
    yearsCached = [];
    BARE_YEAR.lastIndex = 0;
    for (let m = BARE_YEAR.exec(sentence); m; m = BARE_YEAR.exec(sentence)) yearsCached.push(m.index);
    yearsText = sentence;
  }
  return yearsCached;
}
