import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "../../src/extract/events/index.js";
import { AnalyzedText } from "../../src/text/analyzed-text.js";
import type { Event, Time } from "../../src/types.js";

/** A time expression located by its text, as the times stage would hand it over. */
export interface TimeFixture {
  text: string;
  value: string;
}

/** Runs event extraction on `text` with the given DCT and time expressions (first occurrence of each text). */
export function eventsOf(text: string, dct: string | null, times: TimeFixture[] = []): Event[] {
  const doc = new AnalyzedText(text);
  const resolved: Time[] = times.map((t) => {
    const start = text.indexOf(t.text);
    if (start < 0) throw new Error(`fixture time "${t.text}" not in text`);
    return { text: t.text, value: t.value, kind: "date", span: [start, start + t.text.length], sentence: doc.sentenceAt(start).text, rule: "test" };
  });
  return extractEvents({ doc, dct, times: resolved });
}

/** The fields a table row checks. */
export function summary(e: Event): { type: string; modality: string; actors: string[]; date: string | null } {
  return { type: e.type, modality: e.modality, actors: e.actors, date: e.date };
}

export type Expected = ReturnType<typeof summary>;
/** A text, its DCT, the times it states, and every non-hypothetical event it should give, in order. */
export type Row = [text: string, dct: string, times: TimeFixture[], expected: Expected[]];

/** One test per row. */
export function eventRows(label: string, rows: Row[]): void {
  for (const [text, dct, times, expected] of rows) {
    test(`${label}: ${text.slice(0, 60)}`, () => {
      assert.deepEqual(eventsOf(text, dct, times).filter((e) => e.modality !== "hypothetical").map(summary), expected);
    });
  }
}
