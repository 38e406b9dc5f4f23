import { AnalyzedText } from "../text/analyzed-text.js";
import type { Span } from "../types.js";

/**
 * Finds gold quotes and timex texts in a predicted document's text. Gold is
 * typed by hand, so curly and straight quotes, dashes, case and runs of
 * white space must not decide whether a quote is found.
 */

const FOLD: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201B": "'", "\u2032": "'", "`": "'",
  "\u201C": '"', "\u201D": '"', "\u201F": '"', "\u2033": '"',
  "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
  "\u00A0": " ",
};
const SPACE = /\s/;

interface Folded {
  text: string;
  /** Original index of each character of `text`. */
  origin: number[];
}

function fold(s: string): Folded {
  let text = "";
  const origin: number[] = [];
  let lastWasSpace = true;
  for (let i = 0; i < s.length; i++) {
    const ch = FOLD[s[i]] ?? s[i];
    if (SPACE.test(ch)) {
      if (!lastWasSpace) {
        text += " ";
        origin.push(i);
      }
      lastWasSpace = true;
      continue;
    }
    const lower = ch.toLowerCase();
    text += lower.length === 1 ? lower : ch;
    origin.push(i);
    lastWasSpace = false;
  }
  return { text, origin };
}

/** Case-, quote-, dash- and space-insensitive form of a string, for comparing names. */
export function foldText(s: string): string {
  return fold(s).text.trim();
}

/** Whether two spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/**
 * A document text prepared for repeated searches.
 *
 * @example
 * const loc = new QuoteLocator("He said “no”. Talks  resumed on Monday.");
 * loc.find('talks resumed') // → [[14, 28]]
 * loc.sentencesOf('talks resumed') // → [[14, 39]]
 */
export class QuoteLocator {
  private readonly folded: Folded;
  private readonly analyzed: AnalyzedText;

  constructor(readonly text: string) {
    this.folded = fold(text);
    this.analyzed = new AnalyzedText(text);
  }

  /** Every occurrence of `needle`, as spans of the original text. */
  find(needle: string): Span[] {
    const n = foldText(needle);
    const out: Span[] = [];
    if (!n) return out;
    const { text, origin } = this.folded;
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
      out.push([origin[i], origin[i + n.length - 1] + 1]);
    }
    return out;
  }

  /** The sentences (first to last, as one span) that hold each occurrence of `quote`. */
  sentencesOf(quote: string): Span[] {
    return this.find(quote).map(([start, end]) => {
      const first = this.analyzed.sentenceAt(start);
      const last = this.analyzed.sentenceAt(end - 1);
      return [Math.min(first.start, start), Math.max(last.end, end)] as Span;
    });
  }
}
