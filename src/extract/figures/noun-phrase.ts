/**
 * What a number counts: the words right after it ("32 Palestinian prisoners",
 * "25 living hostages", "eight bodies", "two of the abductees").
 */
import type { Condition, Measure, Subject } from "../../types.js";
import { sharedHead } from "./shared-head.js";
import { BODY_NOUNS, CONDITIONS, DEMONYMS, MODIFIERS, NAMED_MEMBERS, PARTITIVE_STATES, POST_TRIGGERS, RELATIVE_TIME_WORDS, SUBJECTS, AUXILIARIES } from "./lexicon.js";
import { phraseAt, wordsAfter, type Word } from "./words.js";

export interface NounPhrase {
  subject: Subject | null;
  group: string | null;
  condition: Condition | null;
  /** "eight bodies": remains rather than living people. */
  bodies: boolean;
  /** "women and children": two counted nouns share one number. */
  compound: boolean;
  /** "two of the abductees". */
  partitive: boolean;
  /** "47 of the wounded": the measure the partitive's head names, or null. */
  state: Measure | null;
  /** "260 of its soldiers": the count belongs to an owner named earlier. */
  possessed: boolean;
  /** The first word of the counted noun, lower case ("captives"), or null. */
  head: string | null;
  /** noun: a counted noun was found; bare: nothing follows ("kidnapped 250 in …"); other: it counts something else ("200 rockets"). */
  kind: "noun" | "bare" | "other";
  /** Offset just after the phrase (after the number when bare). */
  end: number;
}

// Words that may follow a bare count without making it count something else.
const BARE_FOLLOWERS = new Set([
  "in", "on", "at", "from", "and", "or", "by", "to", "during", "since", "after", "before", "across", "including",
  "over", "under", "with", "as", "into", "inside", "near", "this", "last", "more", "among", "for", "while", "when",
  "mostly", "many", "most", "amid", "following", "between", "throughout", "within", "there", "out",
]);

// "al-Shabaab", "el-Fasher": a name whose lower-case article is joined by a hyphen.
const ARTICLE_NAME = /^[a-z]{1,3}-[A-Z]/;
const isCapitalized = (text: string, start: number) => /[A-Z]/.test(text[start]) || ARTICLE_NAME.test(text.slice(start, start + 5));
const POSSESSIVE = /['’]s$/;

/**
 * How many words from `i` name an owner before a counted noun ("the Eternity C's crew", "the army's soldiers"):
 * capitalised words ending in a possessive, or one lower-case possessive; 0 when none.
 */
function possessorLength(text: string, words: Word[], i: number): number {
  for (let j = i; j < words.length && j < i + 4; j++) {
    const possessive = POSSESSIVE.test(words[j].lower);
    if (!possessive && !isCapitalized(text, words[j].start)) return 0;
    if (possessive) return (j === i || isCapitalized(text, words[i].start)) && phraseAt(words, j + 1, SUBJECTS) ? j - i + 1 : 0;
  }
  return 0;
}

/** "37 of the 63 drones": a partitive over a lower-case noun no lexicon knows counts things. */
function countsThings(text: string, words: Word[], i: number): boolean {
  const det = words[i - 1]?.lower ?? "";
  if (!/^(?:the|those|these|its|their)$/.test(det)) return false;
  const w = words[i] && /^\d/.test(words[i].lower) ? words[i + 1] : words[i];
  if (!w || isCapitalized(text, w.start) || POSSESSIVE.test(w.lower)) return false;
  const at = words.indexOf(w);
  return !phraseAt(words, at, SUBJECTS) && !BODY_NOUNS.has(w.lower) && !POST_TRIGGERS.has(w.lower)
    && !CONDITIONS.has(w.lower) && !MODIFIERS.has(w.lower) && !AUXILIARIES.has(w.lower) && !BARE_FOLLOWERS.has(w.lower);
}

/**
 * Reads the noun phrase a number counts, starting just after the number.
 *
 * @example
 * readNounPhrase("32 Palestinian prisoners were freed", 2)
 * // → { subject: "prisoners", group: "palestinian", kind: "noun", end: 24, … }
 */
export function readNounPhrase(text: string, from: number): NounPhrase {
  const np: NounPhrase = { subject: null, group: null, condition: null, bodies: false, compound: false,
    partitive: false, state: null, possessed: false, head: null, kind: "bare", end: from };
  const words = wordsAfter(text, from, 7);
  let i = 0;
  if (words[0]?.lower === "of" && /^(?:the|them|those|these|its|their|his|her|whom|which)$/.test(words[1]?.lower ?? "")) {
    np.partitive = true;
    np.possessed = /^(?:its|their)$/.test(words[1].lower);
    i = 2;
    np.end = words[1].end;
  }
  // "two of the injured": the head is a measure word, which belongs to the phrase.
  if (np.partitive && words[i] && POST_TRIGGERS.has(words[i].lower) && !SUBJECTS.has(words[i].lower)) {
    np.end = words[i].end;
    np.state = PARTITIVE_STATES.get(words[i].lower) ?? null;
    i++;
  } else if (np.partitive && countsThings(text, words, i)) {
    np.kind = "other";
    return np;
  }
  let consumed = 0;
  let takenCaptive = false;
  let namedForce = false;
  while (i < words.length) {
    const w = words[i];
    let subject = phraseAt(words, i, SUBJECTS);
    // "60 rebel fighters", "three civilian workers": a noun before the head modifies it; a generic head keeps the modifier's kind.
    const head = subject ? phraseAt(words, i + subject.length, SUBJECTS) : null;
    if (subject && head && head.value !== "people") {
      i += subject.length;
      subject = head;
    }
    if (subject) {
      // "12 kidnapped villagers": people in captivity are hostages.
      // "nine Radaa members": members of a named force.
      const member = namedForce ? NAMED_MEMBERS.get(words[i].lower) : undefined;
      np.subject = member ?? (subject.value === "people" && takenCaptive ? "hostages" : subject.value);
      np.head = words[i].lower;
      np.kind = "noun";
      i += subject.length;
      np.end = words[i - 1].end;
      const second = words[i]?.lower === "and" ? phraseAt(words, i + 1, SUBJECTS) : null;
      if (second) {
        // "peacekeepers and soldiers" is one noun; "soldiers and civilians" two.
        np.compound = second.value !== np.subject;
        np.end = words[i + second.length].end;
      } else if (np.subject === "trucks" && words[i]?.lower === "of") {
        // "200 trucks of food and medicine crossed": the cargo belongs to the phrase.
        for (let j = i + 1; j < words.length && !AUXILIARIES.has(words[j].lower) && !POST_TRIGGERS.has(words[j].lower); j++) {
          np.end = words[j].end;
        }
      }
      return np;
    }
    if (BODY_NOUNS.has(w.lower)) {
      np.bodies = true;
      np.condition = "dead";
      np.kind = "noun";
      np.end = w.end;
      return np;
    }
    // "North Korean soldiers": a demonym may take two words.
    const demonymHit = isCapitalized(text, w.start) ? phraseAt(words, i, DEMONYMS, 2) : null;
    const demonym = demonymHit?.value;
    if (demonymHit && demonym) {
      np.group = demonym.group;
      i += demonymHit.length;
      np.end = words[i - 1].end;
      consumed++;
      const next = words[i];
      if (demonym.plural && !(next && (phraseAt(words, i, SUBJECTS) || BODY_NOUNS.has(next.lower)))) {
        np.subject = "people";
        np.kind = "noun";
        return np;
      }
      // "15 Saudi and three Sudanese prisoners": both counts share the noun after the second.
      const shared = next?.lower === "and" ? sharedHead(words, i + 1) : null;
      if (shared) {
        np.subject = shared;
        np.kind = "noun";
        return np;
      }
      continue;
    }
    const condition = CONDITIONS.get(w.lower);
    const next = words[i + 1];
    if (condition && next && (phraseAt(words, i + 1, SUBJECTS) || BODY_NOUNS.has(next.lower) || DEMONYMS.has(next.lower))) {
      np.condition = condition;
      consumed++;
      i++;
      continue;
    }
    // "four Kenyan and two Ugandan nationals": an unknown name shares the second count's noun too.
    const shared = isCapitalized(text, w.start) && next?.lower === "and" ? sharedHead(words, i + 2) : null;
    if (shared) {
      np.subject = shared;
      np.kind = "noun";
      np.end = w.end;
      return np;
    }
    // "four of the Eternity C's crew": the owner's name belongs to the phrase.
    const owner = np.partitive ? possessorLength(text, words, i) : 0;
    if (owner > 0) {
      i += owner;
      continue;
    }
    // "200 RSF fighters": a name before a counted noun modifies it, as does a participle ("12 kidnapped students").
    // "22 wounded Russian soldiers": a participle may also stand before the nationality.
    const named = isCapitalized(text, w.start);
    const namedModifier = (named || POST_TRIGGERS.has(w.lower)) && next !== undefined
      && (phraseAt(words, i + 1, SUBJECTS) !== null || (!named && isCapitalized(text, next.start) && DEMONYMS.has(next.lower)));
    // "20 militia fighters": any plain lower-case word right before a counted noun modifies it.
    const plainModifier = !named && next !== undefined && /^[a-z][a-z-]*$/.test(w.lower) && !AUXILIARIES.has(w.lower)
      && !BARE_FOLLOWERS.has(w.lower) && !POST_TRIGGERS.has(w.lower) && phraseAt(words, i + 1, SUBJECTS) !== null;
    if ((namedModifier || plainModifier || MODIFIERS.has(w.lower)) && consumed < 3 && next && !AUXILIARIES.has(next.lower)) {
      takenCaptive ||= POST_TRIGGERS.get(w.lower)?.[0].measure === "taken_captive";
      namedForce = named && namedModifier;
      consumed++;
      i++;
      continue;
    }
    break;
  }
  if (consumed > 0 || np.partitive) {
    if (!np.partitive && !np.group) np.kind = "other";
    return np;
  }
  const w = words[0];
  // "put the toll at 327 a day earlier": a distance in time follows a bare count.
  const timeAgo = /^an?$/.test(w?.lower ?? "") && RELATIVE_TIME_WORDS.has(words[2]?.lower ?? "");
  if (w && !timeAgo && !isCapitalized(text, w.start) && !BARE_FOLLOWERS.has(w.lower) && !AUXILIARIES.has(w.lower)
    && !phraseAt(words, 0, POST_TRIGGERS)) {
    np.kind = "other";
  }
  return np;
}
