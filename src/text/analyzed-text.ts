import { splitSentences, type Sentence } from "./sentences.js";

/**
 * A document's text with its sentences, the object every extractor reads.
 * Items point into it by offsets instead of copying strings.
 */
export class AnalyzedText {
  readonly sentences: Sentence[];

  constructor(readonly text: string) {
    this.sentences = splitSentences(text);
  }

  /** The sentence containing `offset`, or the nearest one before it. */
  sentenceAt(offset: number): Sentence {
    const list = this.sentences;
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (list[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return list[lo] ?? { index: 0, start: 0, end: this.text.length, text: this.text };
  }
}
