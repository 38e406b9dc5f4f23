/**
 * Time expressions of a document, resolved to TIMEX3 values against the DCT
 * (SPEC §1 "Time"). Relative expressions are left out when the DCT is unknown.
 */
import { parseIsoDay } from "../../dates/calendar.js";
import type { AnalyzedText } from "../../text/analyzed-text.js";
import type { Time } from "../../types.js";
import { recognizeTimes } from "./recognize.js";
import { resolveMention } from "./resolve.js";

/**
 * @example
 * extractTimes(new AnalyzedText("The truce collapsed on Tuesday."), "2025-03-21")
 * // → [{ text: "on Tuesday", value: "2025-03-18", kind: "date", rule: "times/weekday", … }]
 */
export function extractTimes(doc: AnalyzedText, dct: string | null): Time[] {
  try {
    return resolveAll(doc, parseIsoDay(dct));
  } catch {
    // Extractors never throw: a fault in one rule must not stop the document's other stages.
    return [];
  }
}

function resolveAll(doc: AnalyzedText, dctDay: number | null): Time[] {
  const out: Time[] = [];
  let lastDay: number | null = null;
  for (const t of recognizeTimes(doc)) {
    const r = resolveMention(t, dctDay, lastDay);
    if (!r) continue;
    // Only days the text states outright anchor "the next day"; the DCT itself does not.
    if (r.day !== null && t.value.type !== "anchored") lastDay = r.day;
    out.push({
      text: doc.text.slice(t.start, t.end), value: r.value, kind: r.kind,
      span: [t.start, t.end], sentence: doc.sentences[t.sentence]?.text ?? "", rule: t.rule,
    });
  }
  return out;
}
