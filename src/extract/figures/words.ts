/**
 * Word windows around a number. Figure rules look a few words left or right
 * of a number; reading those words once into small arrays keeps every rule a
 * phrase lookup instead of a regex run over the sentence.
 */

export interface Word {
  lower: string;
  start: number;
  end: number;
  /** Written with a capital first letter (names, demonyms). */
  upper: boolean;
}

const isUpper = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  return c >= 65 && c <= 90;
};

// A word, or a number with its separators; apostrophes and hyphens stay inside words.
const WORD = /[A-Za-z\u00C0-\u024F](?:[A-Za-z\u00C0-\u024F'’-]*[A-Za-z\u00C0-\u024F])?|\d(?:[\d,.]*\d)?/y;

/**
 * The words after `pos`, separated only by white space; punctuation ends the window.
 *
 * @example
 * wordsAfter("32 people were killed, officials said", 2, 5).map(w => w.lower) // → ["people", "were", "killed"]
 */
export function wordsAfter(text: string, pos: number, max: number): Word[] {
  const out: Word[] = [];
  let i = pos;
  while (out.length < max) {
    let j = i;
    while (j < text.length && (text[j] === " " || text[j] === "\u00A0")) j++;
    if (j === i && out.length > 0) break;
    WORD.lastIndex = j;
    const m = WORD.exec(text);
    if (!m) break;
    out.push({ lower: m[0].toLowerCase(), start: j, end: j + m[0].length, upper: isUpper(text, j) });
    i = j + m[0].length;
  }
  return out;
}

/**
 * The words before `pos` (in text order), separated only by white space.
 *
 * @example
 * wordsBefore("Strikes killed at least 32", 24, 3).map(w => w.lower) // → ["killed", "at", "least"]
 */
export function wordsBefore(text: string, pos: number, max: number): Word[] {
  const out: Word[] = [];
  let i = pos;
  while (out.length < max) {
    let j = i;
    while (j > 0 && (text[j - 1] === " " || text[j - 1] === "\u00A0")) j--;
    if (j === i && out.length > 0) break;
    let k = j;
    while (k > 0 && isWordChar(text.charCodeAt(k - 1))) k--;
    if (k === j) break;
    const w = text.slice(k, j).replace(/^['’-]+/, "");
    if (!w) break;
    out.unshift({ lower: w.toLowerCase(), start: j - w.length, end: j, upper: isUpper(text, j - w.length) });
    i = k;
  }
  return out;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 39 || c === 45
    || c === 0x2019 || (c >= 0xc0 && c <= 0x24f);
}

export interface PhraseHit<T> {
  value: T;
  /** Number of words the phrase spans. */
  length: number;
}

/** Longest phrase of `map` that starts at `words[from]`. */
export function phraseAt<T>(words: Word[], from: number, map: Map<string, T>, maxLen = 4): PhraseHit<T> | null {
  let hit: PhraseHit<T> | null = null;
  let key = "";
  for (let n = 1; n <= maxLen && from + n <= words.length; n++) {
    key = n === 1 ? words[from].lower : `${key} ${words[from + n - 1].lower}`;
    const value = map.get(key);
    if (value !== undefined) hit = { value, length: n };
  }
  return hit;
}

/** Longest phrase of `map` that ends just before `words[end]`. */
export function phraseEndingAt<T>(words: Word[], end: number, map: Map<string, T>, maxLen = 4): PhraseHit<T> | null {
  let hit: PhraseHit<T> | null = null;
  let key = "";
  for (let n = 1; n <= maxLen && end - n >= 0; n++) {
    key = n === 1 ? words[end - 1].lower : `${words[end - n].lower} ${key}`;
    const value = map.get(key);
    if (value !== undefined) hit = { value, length: n };
  }
  return hit;
}
