/**
 * Who a sentence attributes its numbers to: "according to X", "X said/says/
 * reported …", "…, X say." Pronoun sources ("it said", "His office said")
 * take the last named source of the three sentences before.
 */
import sources from "../../lexicon/sources.json" with { type: "json" };
import type { Sentence } from "../../text/sentences.js";

const SPEECH = sources.speechVerbs.join("|");
// "according to U.N. agencies": a full stop after a lone capital abbreviates, it ends nothing.
const ACCORDING_TO = /\b(?:according to|citing|quoting)\s+((?:[^,;.()“”"]|(?<=\b[A-Z])\.){2,90})/i;
const SPEECH_VERB = new RegExp(`\\b(?:has\\s+|have\\s+|had\\s+)?(?:${SPEECH})\\b`, "gi");
// A trailing ", said X" names the speaker after the verb.
const SAID_X = /[,”"]\s*(?:said|says|reported|reports)\s+((?:the\s+)?[A-Z][^,.;“”"]{1,60})/;
// A line break ends a clause: headlines and bullets run into one sentence.
const CLAUSE_START = /(?:^|[,;:“”"(—–\n]|\b(?:that|and|but|while|as|when|after|which|who)\b)[^\S\n]*([^,;:“”"(—–\n]*)$/i;
const LEADING_DETERMINER = /^(?:[-•*]\s+)?(?:(?:and|but|while|as|so|then|that|though|which|who|when|after|where)\s+)?(?:(?:the|a|an)\s+)?/i;
const DAY_WORD = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|overnight";
const TRAILING_NOISE = new RegExp(`\\s+(?:on\\s+)?(?:${DAY_WORD})$|\\s+(?:this|last|late|early|earlier)\\s+(?:week|month|year|night|morning|evening|afternoon|day|on)$` +
  "|\\s+on\\s+[a-z]+\\.?\\s+\\d{1,2}$|\\s+(?:which|who|that|using|citing)\\b.*$|\\s+(?:also|previously|earlier|later|separately|again|on)$", "i");
const ORG_NOUN = new RegExp(`\\b(?:${sources.orgNouns.join("|")})\\b`, "i");
const PRONOUNS = new Set(sources.pronouns);
const DETERMINER_OR_PASSIVE = /\b(?:an?|the|was|were|is|are|been|being|be)\s+$/i;
// "the ministry, for its part, said", "the monitor, which relies on …, had put": an aside between the source and its verb.
const ASIDE_BEFORE = new RegExp(`,\\s*(?:${sources.asides.join("|")}|(?:which|who)\\s[^,;]{1,80})\\s*,\\s*$`, "i");
const BRACKETED_SHORT_FORM = /\s*\([^()]{1,20}\)(?=\s*$)/;
// "Tymur Tkachenko, head of the city administration, said", "the UN mission, MONUSCO, said": an apposition.
const APPOSITION_BEFORE = /\s*,[^,;:“”"()]{1,100},\s*$/;
// "The army denied the claim, saying …": a participle's speaker is the subject that opens the sentence.
const PARTICIPLE_SPEECH = /,\s*(?:saying|adding|stating|noting|claiming)\b/i;
const OPENING_SUBJECT = new RegExp(`^(?:(?:[A-Z][\\w'’.-]*|the|a|an|[a-z]+(?=\\s+(?:[a-z]+\\s+)?(?:${sources.orgNouns.join("|")})\\b)|(?:${sources.orgNouns.join("|")}))\\s+){1,7}`);

// "People displaced (IOM DTM, January 2025): over 590,000": a key-figures label names its source in brackets.
const LABEL_SOURCE = /\(([^()\n,:\d]{2,40})(?:,[^()\n]*)?\):[^\S\n]*(?:[a-z]+[^\S\n]+){0,2}\d/;
const MONTH = /^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

const FRAMING = new RegExp(`\\b(?:${sources.framingVerbs.join("|")})\\b`, "i");
const CARDINAL = /\d(?![\d,.]*(?:st|nd|rd|th)\b)/;

export interface Attribution {
  text: string;
  /** "it", "His office": to be resolved against earlier sentences. */
  pronoun: boolean;
}

function clean(phrase: string): string {
  let p = phrase.trim();
  for (let k = 0; k < 2; k++) p = p.replace(TRAILING_NOISE, "").trim();
  return p.replace(LEADING_DETERMINER, "").trim();
}

/** The speaker a speech verb's clause opens with (`before` ends at the verb), or null. */
function subjectBefore(before: string): Attribution | null {
  const subject = CLAUSE_START.exec(before)?.[1];
  if (!subject) return null;
  const p = clean(subject);
  if (PRONOUNS.has(p.toLowerCase())) return { text: p, pronoun: true };
  return plausibleSource(p) ? { text: p, pronoun: false } : null;
}

function plausibleSource(p: string): boolean {
  const words = p.split(/\s+/);
  // "the 80th Air Assault Brigade": an ordinal names a unit; any other number is no speaker.
  if (!p || words.length > 10 || CARDINAL.test(p)) return false;
  return /^[A-Z]/.test(p) || ORG_NOUN.test(p) || /[A-Z]/.test(p) && words.length <= 6;
}

/**
 * The attribution written in one sentence, or null.
 *
 * @example
 * attributionIn("At least 12 people died, according to the regional governor.")
 * // → { text: "regional governor", pronoun: false }
 * attributionIn("Five soldiers were wounded, it said.") // → { text: "it", pronoun: true }
 */
export function attributionIn(sentence: string): Attribution | null {
  const label = sentence.includes("):") ? LABEL_SOURCE.exec(sentence) : null;
  if (label && !MONTH.test(label[1])) return { text: label[1].trim(), pronoun: false };
  const acc = ACCORDING_TO.exec(sentence);
  if (acc) {
    const p = clean(acc[1]);
    if (p) return { text: p, pronoun: false };
  }
  SPEECH_VERB.lastIndex = 0;
  for (let m = SPEECH_VERB.exec(sentence); m; m = SPEECH_VERB.exec(sentence)) {
    let before = sentence.slice(Math.max(0, m.index - 120), m.index);
    // "Doctors Without Borders (MSF) said": the short form in brackets restates the name.
    if (before.includes("(")) before = before.replace(BRACKETED_SHORT_FORM, "");
    before = before.replace(ASIDE_BEFORE, " ");
    // "an estimated 25": a participle after a determiner, not a speech verb; "were reported missing": a passive.
    if (DETERMINER_OR_PASSIVE.test(before)) continue;
    const found = subjectBefore(before) ?? (APPOSITION_BEFORE.test(before) ? subjectBefore(before.replace(APPOSITION_BEFORE, " ")) : null);
    if (found) return found;
  }
  const participle = PARTICIPLE_SPEECH.exec(sentence);
  const opening = participle ? OPENING_SUBJECT.exec(sentence.slice(0, participle.index + 1)) : null;
  if (opening && plausibleSource(clean(opening[0]))) return { text: clean(opening[0]), pronoun: false };
  const said = SAID_X.exec(sentence);
  if (said && plausibleSource(clean(said[1]))) return { text: clean(said[1]), pronoun: false };
  return null;
}

/**
 * The source of sentence `index`, with pronouns resolved backwards (at most three sentences).
 *
 * @example
 * // ["The ministry of health said 40 died.", "It said 12 were children."] → resolveSource(s, 1) = "ministry of health"
 */
export function resolveSource(sentences: Sentence[], index: number, cache: Map<number, Attribution | null>): string | null {
  const own = cachedAttribution(sentences, index, cache);
  if (!own) return framingSource(sentences, index, cache);
  if (!own.pronoun) return own.text;
  for (let i = index - 1; i >= 0 && i >= index - 3; i--) {
    const a = cachedAttribution(sentences, i, cache);
    if (a && !a.pronoun) return a.text;
  }
  // "the ministry said" with no ministry named before still names a kind of source.
  return ORG_NOUN.test(own.text) && !/^(?:his|her|its|their)\b/i.test(own.text) ? own.text : null;
}

/**
 * "The UN calls this the largest crisis. Twelve million have fled. Four million of them …": a sentence with no
 * count of its own that names a source frames the unattributed sentences right after it in its paragraph.
 */
function framingSource(sentences: Sentence[], index: number, cache: Map<number, Attribution | null>): string | null {
  for (let i = index - 1; i >= 0 && i >= index - 2; i--) {
    const s = sentences[i];
    if (sentences[i + 1].start - s.end > 2 || s.text.includes("\n")) return null;
    // The cheap tests go first: most sentences before a count frame nothing. A count's sentence already read
    // as unattributed is stepped over ("Twelve million have fled. Four million of them …").
    if (!FRAMING.test(s.text)) {
      if (cache.has(i) && cache.get(i) === null) continue;
      return null;
    }
    const a = /\d/.test(s.text) ? null : cachedAttribution(sentences, i, cache);
    return a && !a.pronoun ? a.text : null;
  }
  return null;
}

/**
 * The source of the count at `offset` of sentence `index`. A sentence of several lines (a list of
 * key points) is several statements: the count takes only its own line's attribution.
 *
 * @example
 * // "Key points\n- Group A claims an attack\n- Strikes kill nine, Lebanon says": nine → "Lebanon"
 */
export function resolveSourceAt(sentences: Sentence[], index: number, offset: number, cache: Map<number, Attribution | null>): string | null {
  const text = sentences[index].text;
  const lineStart = text.lastIndexOf("\n", offset) + 1;
  const lineEnd = text.indexOf("\n", offset);
  if (lineStart === 0 && lineEnd < 0) return resolveSource(sentences, index, cache);
  const own = attributionIn(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
  return own && !own.pronoun ? own.text : null;
}

function cachedAttribution(sentences: Sentence[], i: number, cache: Map<number, Attribution | null>): Attribution | null {
  if (!cache.has(i)) cache.set(i, attributionIn(sentences[i].text));
  return cache.get(i) ?? null;
}
