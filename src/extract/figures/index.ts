/**
 * Figure extraction (SPEC §1 Figure): numbers a report states about the
 * conflict. Counts come from src/text/numbers.ts; each sentence's counts go
 * through the measure rules (assign-measures.ts), then get their attributes
 * (build-figure.ts); restated facts are dropped last (dedupe.ts).
 */
import type { ExtractContext } from "../context.js";
import { findNumbers, type NumberToken } from "../../text/numbers.js";
import type { Figure, Subject } from "../../types.js";
import { assignMeasures } from "./assign-measures.js";
import { resolveSource, resolveSourceAt, type Attribution } from "./attribution.js";
import { buildFigure, type FigureScope } from "./build-figure.js";
import type { Candidate, Measured } from "./candidate.js";
import { alignCounterpart } from "./counterpart.js";
import { dedupeFigures } from "./dedupe.js";
import { CAPTIVE_TALK, HOSTAGE_WORDS, PRISONER_WORDS } from "./lexicon.js";
import { indexTimes } from "./figure-date.js";
import { readNounPhrase } from "./noun-phrase.js";
import { markBodiesBefore } from "./remains-of.js";
import { readQualifier } from "./qualifier.js";

// "two dozen wounded" counts 24; "dozens" is no number.
const DOZEN = /^\s+dozen\b/i;

function withDozen(text: string, num: NumberToken): NumberToken {
  const m = DOZEN.exec(text.slice(num.end, num.end + 8));
  return m ? { ...num, value: num.value * 12, end: num.end + m[0].length, text: text.slice(num.start, num.end + m[0].length) } : num;
}

function candidatesOf(text: string, numbers: NumberToken[]): Candidate[] {
  return numbers.map((token, i) => {
    const num = withDozen(text, token);
    const q = readQualifier(text, num.start);
    const np = readNounPhrase(text, num.end);
    markBodiesBefore(text, q.start, np);
    return { num, np, qualifier: q.qualifier, qualifierStart: q.start, nextStart: numbers[i + 1]?.start ?? text.length };
  });
}

// How a sentence of running text ends; a headline, a bullet or a caption does not.
const CLOSED = /[.!?…"”’')\]]\s*$/;

/** True when the count at `offset` stands in a line with no closing stop (a headline or a bullet). */
function isHeadline(text: string, offset: number): boolean {
  const end = text.indexOf("\n", offset);
  return !CLOSED.test(end < 0 ? text : text.slice(0, end));
}

/** How a document names captives: as prisoners when it speaks of prisoners and never of hostages (a war between states). */
function lazyCaptiveNoun(text: string): () => Subject {
  let noun: Subject | undefined;
  return () => (noun ??= !HOSTAGE_WORDS.test(text) && PRISONER_WORDS.test(text) ? "prisoners" : "hostages");
}

/**
 * The figures of a document, in text order, one per distinct fact.
 *
 * @example
 * const doc = new AnalyzedText("At least 12 people were killed in Kharkiv on Monday, officials said.");
 * extractFigures({ doc, dct: "2024-05-08", times: extractTimes(doc, "2024-05-08") })
 * // → [{ measure: "killed", subject: "people", value: 12, qualifier: "at_least", cumulative: false,
 * //      date: "2024-05-06", source: "officials", rule: "figures/number-noun-verb", … }]
 */
export function extractFigures(ctx: ExtractContext): Figure[] {
  try {
    const { doc } = ctx;
    const all = findNumbers(doc.text);
    const out: Figure[] = [];
    const sources = new Map<number, Attribution | null>();
    const headlines = new Set<Figure>();
    const scope: FigureScope = { ctx, times: indexTimes(ctx), memo: new Map(), captiveNoun: lazyCaptiveNoun(doc.text) };
    let previous: Measured[] = [];
    // Whether the current sentence or the one before talks of captives, read only when a trigger asks.
    let current = -1;
    let talkOf = -1;
    let talk = false;
    const captive = () => {
      if (talkOf !== current) {
        talkOf = current;
        talk = CAPTIVE_TALK.test(doc.sentences[current].text) || (current > 0 && CAPTIVE_TALK.test(doc.sentences[current - 1].text));
      }
      return talk;
    };
    let previousIndex = -2;
    let k = 0;
    for (const sentence of doc.sentences) {
      const local: NumberToken[] = [];
      while (k < all.length && all[k].start < sentence.end) {
        const n = all[k++];
        if (n.start >= sentence.start && n.end <= sentence.end) {
          local.push({ ...n, start: n.start - sentence.start, end: n.end - sentence.start });
        }
      }
      if (local.length === 0) continue;
      // A sentence the rules cannot read costs its own figures, not the document's.
      try {
        current = sentence.index;
        const measured = assignMeasures(sentence.text, candidatesOf(sentence.text, local),
          previousIndex === sentence.index - 1 ? previous : [], captive);
        if (measured.length === 0) continue;
        const lines = sentence.text.includes("\n");
        const source = lines ? null : resolveSource(doc.sentences, sentence.index, sources);
        for (const m of measured) {
          const at = m.c.num.start;
          const f = buildFigure(scope, sentence, m, lines ? resolveSourceAt(doc.sentences, sentence.index, at, sources) : source);
          alignCounterpart(doc.text, f, out);
          if (isHeadline(sentence.text, at)) headlines.add(f);
          out.push(f);
        }
        previous = measured;
        previousIndex = sentence.index;
      } catch {
        continue;
      }
    }
    return dedupeFigures(out, headlines);
  } catch {
    return [];
  }
}
