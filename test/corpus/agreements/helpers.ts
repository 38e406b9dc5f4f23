import type { StoredEvent, StoredTerm } from "../../../src/store/item-queries.js";
import type { EventType, Stance, Term } from "../../../src/types.js";

/** An asserted event of `doc`, its span at `at` in the document (default 0). */
export function ev(type: EventType, date: string | null, actors: string[], sentence: string, doc: string,
  extra: Partial<StoredEvent> & { at?: number; stance?: Stance } = {}): StoredEvent {
  const at = extra.at ?? 0;
  const { at: _at, ...rest } = extra;
  return {
    type, date, date_text: null, actors, targets: [], place: null, modality: "asserted",
    span: [at, at + 5], sentence, rule: "test", doc, outlet: null, published: null, ...rest,
  };
}

/** A term of `doc` stated in `sentence` at `at`. */
export function term(kind: Term["kind"], values: Term["values"], text: string, sentence: string, doc: string,
  at = 0, phase: number | null = null): StoredTerm {
  return { kind, values, text, phase, span: [at, at + text.length], sentence, rule: "test", doc, outlet: null, published: null };
}
