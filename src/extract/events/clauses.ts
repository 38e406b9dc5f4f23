/**
 * Rough clause structure of a sentence, from punctuation and subordinating
 * words. A parser would do better; this is enough to decide which time
 * expression and which modal cue belong to a trigger, and it is one regex pass.
 */

/** Punctuation and connectives that open a new clause. */
const NEAR = /[,;:—–()\[\]“”"]|\b(?:but|as|when|while|because|since|after|before|until|unless|if|although|though|whereas|which|who|that|saying|and)\b/gi;

/** Boundaries that end the reach of "will", "would", "instructed … to". */
const STRONG = /[;—–]|\b(?:but|as|when|because|since|after|before|although|though|whereas)\b|\bwhile (?!\w+ing\b)|, which\b/gi;

/** Date segments do not split at "when" or "as": "collapsed on Tuesday when Israel bombarded Gaza" is one time. */
const DATE_SPLIT = /,(?=\s)|[;:—–()]|\b(?:since|after|before|until|unless|if|because|although|though|while|but|that|which|who)\b/gi;

/**
 * A segment that starts like this continues the previous one's time: a
 * participle ("…, killing 1,200 and seizing 250 hostages"), "when", or a
 * reported clause ("said Thursday that it began …").
 */
const CONTINUES = /^\s*(?:and\s+)?(?:when\b|that\b|\w+ing\b)/i;

interface Bounds {
  /** [start, end] of each boundary match, in order. */
  near: Array<[number, number]>;
  strong: Array<[number, number]>;
}

function matches(re: RegExp, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

// Every trigger of a sentence asks about the same sentence: keep the last one's boundaries.
let cachedText = "";
let cached: Bounds = { near: [], strong: [] };

function bounds(sentence: string): Bounds {
  if (sentence !== cachedText) {
    cached = { near: matches(NEAR, sentence), strong: matches(STRONG, sentence) };
    cachedText = sentence;
  }
  return cached;
}

function lastEndBefore(list: Array<[number, number]>, pos: number): number {
  let last = 0;
  for (const [s, e] of list) {
    if (s >= pos) break;
    last = e;
  }
  return last;
}

/** Start of the clause holding `pos`. */
export function nearStart(sentence: string, pos: number): number {
  return lastEndBefore(bounds(sentence).near, pos);
}

/** Start of the stretch that a modal verb or an order before `pos` can still reach. */
export function strongStart(sentence: string, pos: number): number {
  return lastEndBefore(bounds(sentence).strong, pos);
}

/** End of the clause that starts before `pos`. */
export function nearEnd(sentence: string, pos: number): number {
  return bounds(sentence).near.find(([s]) => s >= pos)?.[0] ?? sentence.length;
}

export interface DateSegment {
  start: number;
  end: number;
  /** True when the segment borrows the time of the one before it. */
  continues: boolean;
}

/**
 * Splits a sentence into stretches that share one time expression.
 *
 * @example
 * dateSegments("Talks began on Monday, after the truce collapsed.")
 * // → [{ start: 0, end: 21, continues: false }, { start: 23, end: 49, continues: false }]
 */
export function dateSegments(sentence: string): DateSegment[] {
  if (sentence === segmentsText) return segmentsCached;
  const out: DateSegment[] = [];
  let start = 0;
  DATE_SPLIT.lastIndex = 0;
  for (let m = DATE_SPLIT.exec(sentence); m; m = DATE_SPLIT.exec(sentence)) {
    if (/\S/.test(sentence.slice(start, m.index))) out.push({ start, end: m.index, continues: CONTINUES.test(sentence.slice(start, m.index)) });
    // Punctuation closes a segment; a connective opens the next one and belongs to it.
    start = /^[,;:—–()]$/.test(m[0]) ? m.index + 1 : m.index;
  }
  if (start < sentence.length) out.push({ start, end: sentence.length, continues: CONTINUES.test(sentence.slice(start)) });
  segmentsText = sentence;
  segmentsCached = out;
  return out;
}

let segmentsText = "";
let segmentsCached: DateSegment[] = [];
