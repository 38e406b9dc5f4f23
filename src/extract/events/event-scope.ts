/**
 * How far in time an event reaches, beyond the one date its clause gives:
 * an exchange told over several days is dated by its month, talks that led
 * up to a deal "after two weeks of talks" by the deal's month, and a clause
 * about an earlier year ("since 2020, when …") marks an event of that year.
 */
import type { Time } from "../../types.js";
import { dateSegments } from "./clauses.js";
import type { Trigger } from "./triggers.js";

const COUNT = "(?:two|three|four|five|six|seven|eight|nine|ten|several|\\d+)";
/** "over three days", "a three-day swap", "since Friday": one event told across several days. */
const MULTI_DAY = new RegExp(`\\b(?:(?:over|across|during|in|within) (?:the )?(?:past |last |first )?${COUNT} days|${COUNT}-day|since (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\\b`, "i");
/** "after two weeks of talks", "following 10 days of UN-sponsored negotiations". */
const AFTER_SPELL = new RegExp(`\\b(?:after|following) (?:more than |nearly |almost )?(?:${COUNT}|a) (?:days?|weeks?|months?|rounds?) of (?:[\\w-]+ ){0,2}$`, "i");
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
 * The year that a trigger's clause speaks of, from any time expression in it
 * or in the clause it continues (bare years included), else null.
 *
 * @example
 * // "It is the largest since 2020, when about 1,000 prisoners were exchanged."
 * eraOf(sentence, 0, trigger, [time2020]) // → "2020"
 */
export function eraOf(sentence: string, sentenceStart: number, t: Trigger, times: Time[]): string | null {
  const segments = dateSegments(sentence);
  let i = segments.findIndex((s) => t.start >= s.start && t.start < s.end);
  for (; i >= 0; i--) {
    const seg = segments[i];
    const hit = times.find((x) => x.span[0] - sentenceStart >= seg.start && x.span[0] - sentenceStart < seg.end && /^\d{4}/.test(x.value));
    if (hit) return hit.value.slice(0, 4);
    if (!seg.continues) break;
  }
  return null;
}
