import { extractTerms } from "../../src/extract/terms/index.js";
import { AnalyzedText } from "../../src/text/analyzed-text.js";
import type { Term, Time } from "../../src/types.js";

/** A resolved time expression located by its text, as the times stage would hand it over. */
export interface TimeFixture {
  text: string;
  value: string;
}

/** Runs term extraction on `text` with the given DCT and time expressions (first occurrence of each text). */
export function termsOf(text: string, dct: string | null = null, times: TimeFixture[] = []): Term[] {
  const doc = new AnalyzedText(text);
  const resolved: Time[] = times.map((t) => {
    const start = text.indexOf(t.text);
    if (start < 0) throw new Error(`fixture time "${t.text}" not in text`);
    return { text: t.text, value: t.value, kind: "date", span: [start, start + t.text.length], sentence: doc.sentenceAt(start).text, rule: "test" };
  });
  return extractTerms({ doc, dct, times: resolved });
}

/** The fields a table row checks. */
export function summary(t: Term): { kind: string; text: string; values: Term["values"]; phase: number | null } {
  return { kind: t.kind, text: t.text, values: t.values, phase: t.phase };
}
