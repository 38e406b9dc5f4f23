import type { ReportedEvent } from "../../src/corpus/event-identity.js";

/** An invented report of an event; the sentence is made up for the test. */
export function report(doc: string, outlet: string | null, extra: Partial<ReportedEvent>): ReportedEvent {
  const sentence = extra.sentence ?? `Report ${doc}: something happened.`;
  return {
    doc, outlet, published: null, type: "attack", date: null, date_text: null, actors: [], targets: [], place: null,
    modality: "asserted", span: [0, Math.min(6, sentence.length)], sentence, rule: "test", ...extra,
  };
}
