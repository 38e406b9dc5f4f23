/**
 * Sentence segmentation with offsets.
 *
 * Written here rather than taken from a library: sentence-splitter parses
 * markdown-like structure and ran at under 0.1 MB/s (sitrep needs more than
 * 1 MB/s end to end), and Intl.Segmenter breaks after every "Mr." and
 * "Oct." that news copy is full of. A single regex pass with an
 * abbreviation list is fast and good enough for wire copy.
 */

export interface Sentence {
  /** Index of the sentence in the document. */
  index: number;
  start: number;
  end: number;
  text: string;
}

/** Words whose trailing period does not end a sentence. */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "cmdr", "adm",
  "sgt", "cpl", "pvt", "st", "mt", "ft", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "u.s", "u.n", "u.k", "e.g", "i.e", "a.m", "p.m", "approx", "est", "dept", "govt", "pres", "rev", "hon",
]);

// A candidate boundary: terminal punctuation, optional closing quotes or brackets, then white space.
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s)|\n\s*\n|\n(?=\s*[A-Z“"‘'(\d])/g;

function endsWithAbbreviation(text: string, dotIndex: number): boolean {
  let i = dotIndex;
  while (i > 0 && /[A-Za-z.]/.test(text[i - 1])) i--;
  const word = text.slice(i, dotIndex).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Single initials ("J. Smith") and dotted acronyms ("U.S.") do not end sentences.
  return /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word);
}

function nextWordStart(text: string, from: number): string {
  const m = /\S+/.exec(text.slice(from, from + 40));
  return m ? m[0] : "";
}

/**
 * Splits text into sentences, keeping offsets into the original string.
 *
 * @example
 * splitSentences("Talks resumed on Oct. 7. Both sides met.").map(s => s.text)
 * // → ["Talks resumed on Oct. 7.", "Both sides met."]
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ index: out.length, start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const token = m[0];
    const end = m.index + token.length;
    if (token.startsWith(".") && token.length === 1 || /^\.["'”’)\]]*$/.test(token)) {
      if (endsWithAbbreviation(text, m.index)) {
        // "Oct. 7" or "U.S. officials": a lower-case or numeric continuation keeps the sentence going.
        const next = nextWordStart(text, end);
        if (!next || /^[a-z\d,;]/.test(next) || !/^(?:[“"‘'(]?[A-Z])/.test(next) || isMonthAbbrev(text, m.index)) continue;
        if (isMiddleInitial(text, m.index)) continue;
      }
    }
    push(end);
  }
  push(text.length);
  return out;
}

/**
 * "Daniel P. Davison": a capital initial between a capitalized name and the next capitalized word.
 * "I" is left out: "World War I. The …" ends a sentence more often than a middle name starts with I.
 */
function isMiddleInitial(text: string, dotIndex: number): boolean {
  return /(?:^|\s)[A-Z][a-z]+\s[A-HJ-Z]$/.test(text.slice(Math.max(0, dotIndex - 30), dotIndex));
}

function isMonthAbbrev(text: string, dotIndex: number): boolean {
  const word = text.slice(Math.max(0, dotIndex - 5), dotIndex).match(/([A-Za-z]+)$/)?.[1]?.toLowerCase() ?? "";
  return /^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|mrs|ms|dr|prof|gen|lt|col|sen|rep|gov|st)$/.test(word);
}

/**
 * Whether a sentence ends as running text does, with a stop (and maybe a closing quote); a headline or a
 * heading does not.
 *
 * @example
 * endsWithStop("Talks resumed on Monday.") // → true
 * endsWithStop("Strikes in the capital")  // → false
 */
export function endsWithStop(sentence: string): boolean {
  return /[.!?]["”’]?\s*$/.test(sentence);
}
