import { test } from "node:test";
import assert from "node:assert/strict";
import { AnalyzedText } from "../../src/text/analyzed-text.js";
import { extractFigures } from "../../src/extract/figures/index.js";
import { extractTimes } from "../../src/extract/times/index.js";
import type { Figure } from "../../src/types.js";

/** The DCT the figure tests pin: a Friday. */
export const DCT = "2024-06-14";

/** Runs figure extraction on a short text with times resolved against `dct`. */
export function figuresOf(text: string, dct: string | null = DCT): Figure[] {
  const doc = new AnalyzedText(text);
  return extractFigures({ doc, dct, times: extractTimes(doc, dct) });
}

/** Fields a table row expects of a figure; the others are not checked. */
export type Expect = Partial<Pick<Figure, "measure" | "subject" | "group" | "condition" | "value" | "qualifier" | "cumulative" | "date" | "since" | "source" | "rule">>;

/** One test per row: the text gives exactly these figures, in order, with these fields. */
export function figureCases(label: string, cases: Array<[string, string, Expect[]]>): void {
  for (const [name, text, expected] of cases) {
    test(`${label}: ${name}`, () => {
      const got = figuresOf(text);
      assert.equal(got.length, expected.length, JSON.stringify(got.map((f) => [f.measure, f.value, f.rule])));
      expected.forEach((want, i) => {
        const f = got[i] as unknown as Record<string, unknown>;
        for (const [key, value] of Object.entries(want)) assert.deepEqual(f[key], value, `${key} of figure ${i}`);
      });
    });
  }
}

/** One test per row: near misses that must give no figure. */
export function silentCases(label: string, texts: Array<[string, string]>): void {
  for (const [name, text] of texts) {
    test(`${label} (silent): ${name}`, () => {
      assert.deepEqual(figuresOf(text).map((f) => [f.measure, f.value]), []);
    });
  }
}
