/** Builders for hand-made predictions in the scorer tests. */
import type { DocumentRecord, Event, Figure, Span, Time } from "../../src/types.js";

/** The span of the first occurrence of `words` in `text`; throws when absent so a typo fails loudly. */
export function spanOf(text: string, words: string, from = 0): Span {
  const i = text.indexOf(words, from);
  if (i < 0) throw new Error(`test text lacks "${words}"`);
  return [i, i + words.length];
}

export function figure(text: string, words: string, fields: Partial<Figure>): Figure {
  return {
    measure: "killed", subject: "people", group: null, condition: null, value: 0, qualifier: "exact",
    cumulative: false, date: null, since: null, place: null, source: null,
    span: spanOf(text, words), sentence: "", rule: "test", ...fields,
  };
}

export function event(text: string, words: string, fields: Partial<Event>): Event {
  return {
    type: "attack", date: null, date_text: null, actors: [], targets: [], place: null, modality: "asserted",
    span: spanOf(text, words), sentence: "", rule: "test", ...fields,
  };
}

export function time(text: string, words: string, value: string): Time {
  return { text: words, value, kind: "date", span: spanOf(text, words), sentence: "", rule: "test" };
}

export function record(text: string, fields: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    id: "test", url: null, outlet: null, title: null, byline: null,
    published: { date: null, how: "unknown", confidence: 0, evidence: [] },
    text, times: [], figures: [], events: [], terms: [], ...fields,
  };
}
