/**
 * Turns a measured count into a Figure: final measure and subject, group,
 * condition, total-or-incident, date, source and place.
 */
import type { ExtractContext } from "../context.js";
import type { Sentence } from "../../text/sentences.js";
import type { Figure, Measure, Subject } from "../../types.js";
import type { Measured } from "./candidate.js";
import { countedSubject } from "./accepts.js";
import { cumulativeOf, sentenceMarks } from "./cumulative.js";
import { refersToNamedIncident, timingFor, type TimesBySentence } from "./figure-date.js";
import { AMBIGUOUS_CAPTIVE_NOUNS, CAPTIVE_MEASURES, CHILD_AGES, CITIZEN_NOUNS, GENERIC_PEOPLE, PRISON_WORDS, PRISONER_WORDS } from "./lexicon.js";
import { memberSubject } from "./member-of.js";
import { placeAfter } from "./place.js";
import { predicateNoun } from "./predicate-noun.js";
import type { NounPhrase } from "./noun-phrase.js";
import { ownerGroup } from "./owner-group.js";
import { wordsBefore } from "./words.js";

const WORD = /[a-z]+/g;
const TALLY_TENSE = /\b(?:has|have|'ve|says|say|is|are|remain|remains|stands|puts)\b/i;
const SIMPLE_PAST_PASSIVE = /\b(?:were|was)\s+(?:[a-z]+ly\s+)?[a-z]+$/i;
const CIVILIANS_AMONG = /^[^.;]*?,\s*(?:many|most|some|several|including|among them|mostly)\b[^.;,]{0,20}\bcivilians\b/i;
const OTHER_BEFORE = /\b(?:other|remaining)\s+$/i;
const SWAP_FOR = /\bin (?:exchange|return) for\b/i;

function mentionsPrison(text: string): boolean {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) if (PRISON_WORDS.has(m[0])) return true;
  return false;
}

function finalMeasure(m: Measured): Measure {
  return m.c.np.bodies && m.measure === "released" ? "remains_returned" : m.measure;
}

function finalSubject(text: string, m: Measured, measure: Measure, captiveNoun: () => Subject, predicate: NounPhrase | null,
  detention: () => boolean): Subject {
  const np = m.c.np;
  // "the bodies of 50 soldiers": the remains are of the counted noun.
  let subject = predicate?.subject ?? m.subject ?? (np.bodies && np.subject && !np.compound ? np.subject : countedSubject(np, measure));
  // "8,000 Ukrainians are still held, many of them civilians": captives of every kind stay people,
  // as do captives the text names by what they are ("passengers", "sailors"); those held in a jail or a
  // detention centre are prisoners ("the centre held about 115 migrants").
  if (CAPTIVE_MEASURES.has(measure) && (subject === "people" || subject === "foreign_nationals")
    && !CIVILIANS_AMONG.test(text.slice(np.end, np.end + 90)) && (!np.head || GENERIC_PEOPLE.has(np.head))) {
    subject = measure === "held_captive" && detention() ? "prisoners" : captiveNoun();
  }
  // "freed 300 captives", "357 were freed": hostages or prisoners, as the document names them,
  // unless prisoners are the other side of the same swap ("33 captives in exchange for 1,900 prisoners").
  if (subject === "hostages" && (!np.subject || AMBIGUOUS_CAPTIVE_NOUNS.has(np.head ?? ""))
    && !(SWAP_FOR.test(text) && PRISONER_WORDS.test(text))) subject = captiveNoun();
  subject = memberSubject(text, np) ?? subject;
  if (measure === "evacuated" && np.possessed && CITIZEN_NOUNS.has(np.head ?? "")) subject = "foreign_nationals";
  const after = text.slice(m.c.np.end, m.c.np.end + 40).toLowerCase().split(/\band\b|,/)[0];
  if (CHILD_AGES.some((p) => after.includes(p))) subject = "children";
  if (measure === "released" && subject === "people" && mentionsPrison(text.slice(m.c.num.end, m.c.num.end + 100).toLowerCase())) subject = "prisoners";
  return subject;
}

interface Dating {
  cumulative: boolean | null;
  date: string | null;
  since: string | null;
  /** The count belongs to the events that opened a period another count runs over: no one's tally. */
  background: boolean;
}

/** What build-figure needs besides the measured count; one per document. */
export interface FigureScope {
  ctx: ExtractContext;
  times: TimesBySentence;
  /** Dating of figures already built, so a listed count shares its parent's. */
  memo: Map<Measured, Dating>;
  /** What the document calls captives: "hostages", or "prisoners" in a war between states. */
  captiveNoun: () => Subject;
  /** The captives last counted with a noun of their own, and the sentence that named them. */
  named?: { subject: Subject; sentence: number; measure: Measure };
}

function dating(scope: FigureScope, sentence: Sentence, m: Measured, measure: Measure, attributed: boolean): Dating {
  const { ctx, memo } = scope;
  const known = memo.get(m);
  if (known) return known;
  if (m.parent) {
    const shared = dating(scope, sentence, m.parent, m.parent.measure, attributed);
    memo.set(m, shared);
    return shared;
  }
  const text = sentence.text;
  // Markers up to the next count: "Of 250 abducted, 105 were freed during the truce" dates only the 105.
  const marks = sentenceMarks(text.slice(Math.max(0, m.c.nextStart - 400), m.c.nextStart));
  const timing = timingFor(ctx, scope.times, sentence, m.c.num.start, m.nominal, marks.sinceThen);
  const triggerStart = m.trigger ? m.trigger[0] : m.c.qualifierStart;
  const beforeTrigger = text.slice(Math.max(0, triggerStart - 30), triggerStart);
  // An attributed count told in the present or the perfect ("says 300 have been killed") is someone's running
  // tally, not the narrative of the attack dated just before; one told in the past ("had received the bodies of 78")
  // or as that attack's toll ("that attack, which killed two") keeps the attack's day.
  const clause = text.slice(Math.max(0, triggerStart - 60), m.trigger?.[1] ?? triggerStart);
  if (attributed && TALLY_TENSE.test(clause) && !refersToNamedIncident(text.slice(Math.max(0, triggerStart - 60), triggerStart))
    && !SIMPLE_PAST_PASSIVE.test(text.slice(Math.max(0, triggerStart - 30), m.trigger?.[1] ?? triggerStart))) timing.carried = null;
  const cumulative = cumulativeOf(marks, {
    measure, value: m.c.num.value, rule: m.rule, timing, nominal: m.nominal, beforeTrigger,
    clauseBefore: text.slice(Math.max(0, triggerStart - 120), triggerStart),
    after: text.slice(Math.max(m.c.np.end, m.trigger?.[1] ?? 0), Math.max(m.c.np.end, m.trigger?.[1] ?? 0) + 100),
    triggerText: m.trigger ? text.slice(m.trigger[0], m.trigger[1]) : text.slice(m.c.np.end, m.c.np.end + 30).trim(),
  });
  let date: string | null;
  // A running count holds on the day it was given ("the UN said on Tuesday it had recorded 875 killings").
  if (cumulative === true || measure === "held_captive") date = timing.asOf ?? timing.reported ?? ctx.dct;
  else if (cumulative === false) date = timing.incident ?? timing.carried ?? timing.reported ?? ctx.dct;
  else date = timing.incident ?? timing.reported ?? ctx.dct;
  const d = { cumulative, date, since: cumulative ? timing.since : null, background: timing.background };
  memo.set(m, d);
  return d;
}

/**
 * "Eleven passengers were taken …; four of them were let go": a captive count with no noun of its own
 * counts the captives last named in this sentence or the one before.
 */
function captiveSubject(scope: FigureScope, sentence: Sentence, m: Measured, measure: Measure, subject: Subject): Subject {
  const np = m.c.np;
  if (!CAPTIVE_MEASURES.has(measure) && measure !== "released") return subject;
  if (np.subject) {
    scope.named = { subject, sentence: sentence.index, measure };
    return subject;
  }
  // Only a count that points back ("of them", "the other seven") refers to them; "10 are aged 75" may be any captives.
  const named = scope.named;
  // "15 of the passengers have been released; 12 remain in captivity": a bare count of the other state in one sentence
  // points back too ("two are under 18 and 10 are aged 75" need not).
  const anaphoric = np.partitive || OTHER_BEFORE.test(sentence.text.slice(Math.max(0, m.c.qualifierStart - 12), m.c.qualifierStart))
    || (np.kind === "bare" && named?.sentence === sentence.index && named.measure !== measure);
  if (!named || !anaphoric || sentence.index - named.sentence > 1 || np.bodies) return subject;
  // "… Three of them were let go. The other six are still held": each count that points back keeps the chain.
  named.sentence = sentence.index;
  return named.subject;
}

/**
 * Builds the Figure for one measured count of `sentence`.
 *
 * @example
 * // "Shelling killed 12 civilians in Kharkiv on Monday, officials said." → { measure: "killed", subject: "civilians", value: 12, … }
 */
export function buildFigure(scope: FigureScope, sentence: Sentence, m: Measured, source: string | null): Figure {
  const text = sentence.text;
  const measure = finalMeasure(m);
  const { cumulative, date, since, background } = dating(scope, sentence, m, measure, source !== null);
  const start = Math.min(m.c.qualifierStart, m.c.num.start);
  const predicate = predicateNoun(text, m.c.np);
  const previous = sentence.index > 0 ? scope.ctx.doc.sentences[sentence.index - 1].text : "";
  const detention = () => mentionsPrison(text.toLowerCase()) || mentionsPrison(previous.toLowerCase());
  return {
    measure,
    subject: captiveSubject(scope, sentence, m, measure, finalSubject(text, m, measure, scope.captiveNoun, predicate, detention)),
    group: predicate?.group ?? m.c.np.group ?? m.group ?? (m.c.np.possessed ? ownerGroup(wordsBefore(text, m.c.qualifierStart, 8)) : null),
    // Alive or dead tells captives apart; for the killed or returned remains it says nothing.
    condition: measure === "held_captive" || measure === "released" ? m.c.np.condition : null,
    value: m.c.num.value,
    qualifier: m.qualifier,
    cumulative,
    date,
    since,
    place: placeAfter(text, m.c.np.end),
    source: background ? null : source,
    span: [sentence.start + start, sentence.start + m.c.np.end],
    sentence: text,
    rule: m.rule,
  };
}
