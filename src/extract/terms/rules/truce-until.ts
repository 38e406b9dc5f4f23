/**
 * A truce or extension that runs to a date: "extending the first phase
 * through early April", "would run until the end of Passover". The date is
 * the time expression the times stage resolved there; a named holiday the
 * times stage left alone is computed from its calendar.
 */
import { namedDay } from "../../../calendars/named-days.js";
import type { ExtractContext } from "../../context.js";
import type { Sentence } from "../../../text/sentences.js";
import type { Term } from "../../../types.js";
import { eachMatch, makeTerm, type TermRule } from "../term-rule.js";
import { TRUCE_NOUN } from "../vocabulary.js";

const UNTIL = /\b(?:until|till|through|to\s+run\s+until|running\s+through)\s+/gi;
const EXTENDS = new RegExp(`\\b(?:${TRUCE_NOUN}|extend\\w*|prolong\\w*|run|last)\\b`, "i");
/** How far before "until" the truce or the extending verb may stand. */
const EXTENDS_REACH = 200;
const HOLIDAY = /^(?:the\s+)?(end|start|beginning|close)\s+of\s+(?:the\s+)?([A-Za-z’'-]+(?:\s+[A-Za-z’'-]+){0,2})/i;

function holidayValue(after: string, dct: string | null): { value: string; length: number } | null {
  const m = HOLIDAY.exec(after);
  if (!m || dct === null) return null;
  const words = m[2].split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const name = words.slice(0, n).join(" ");
    const year = Number(dct.slice(0, 4));
    const span = namedDay(name, year);
    if (!span) continue;
    const upcoming = span.end < dct ? namedDay(name, year + 1) ?? span : span;
    const value = /^(?:end|close)$/i.test(m[1]) ? upcoming.end : upcoming.start;
    return { value, length: m[0].length - m[2].length + name.length };
  }
  return null;
}

function find(sentence: Sentence, ctx: ExtractContext): Term[] {
  return eachMatch(UNTIL, sentence, (m) => {
    if (!EXTENDS.test(sentence.text.slice(Math.max(0, m.index - EXTENDS_REACH), m.index))) return null;
    const from = sentence.start + m.index + m[0].length;
    const time = ctx.times.find((t) => t.span[0] >= from && t.span[0] <= from + 12 && t.kind !== "duration" && t.kind !== "set");
    if (time) {
      return makeTerm(sentence, m.index, time.span[1] - sentence.start, "duration", { until: time.value }, truceUntil.name);
    }
    const holiday = holidayValue(sentence.text.slice(m.index + m[0].length), ctx.dct);
    if (!holiday) return null;
    const end = m.index + m[0].length + holiday.length;
    return makeTerm(sentence, m.index, end, "duration", { until: holiday.value }, truceUntil.name);
  });
}

export const truceUntil: TermRule = { name: "terms/truce-until", find };
