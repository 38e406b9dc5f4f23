/**
 * Where an event happened: a gazetteer place after a locative preposition
 * ("in Rafah"), looked for after the trigger first, then before it; failing
 * that, any capitalized name after a locative (villages the gazetteer lacks).
 */
import { DEMONYM_WORDS } from "../../lexicon/demonyms.js";
import { findPlaces, type PlaceMention } from "../../lexicon/places.js";

const LOCATIVE_BEFORE = /\b(?:in|into|at|near|across|inside|on|outside|around|of|from)\s+(?:the\s+)?(?:(?:[a-z-]+)\s+){0,2}$/;
const LOCATIVE = /\b(?:in|into|at|near|across|inside|on)\s+(?:the\s+)?(?:(?:southern|northern|eastern|western|central|north-west|north-east|south-west|south-east)\s+)?((?:[A-Z][\p{L}’'-]+)(?:\s+(?:al-)?[A-Z][\p{L}’'-]+){0,2})/gu;
const NOT_PLACES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Arabic|English|Hebrew|The|A|An)\b/;

/**
 * Gazetteer places of a text (a document or one sentence); an empty list if the gazetteer cannot load.
 *
 * @example
 * documentPlaces("Shelling hit Kharkiv.").map((p) => p.text) // → ["Kharkiv"]
 */
export function documentPlaces(text: string): PlaceMention[] {
  try {
    return findPlaces(text);
  } catch {
    return [];
  }
}

/** "on the Ukrainian capital": a demonym modifies the place, it is not one. */
const DEMONYMS = new Set(DEMONYM_WORDS.map((d) => d.toLowerCase()));

function firstCapitalized(text: string): string | null {
  LOCATIVE.lastIndex = 0;
  for (let m = LOCATIVE.exec(text); m; m = LOCATIVE.exec(text)) {
    if (!NOT_PLACES.test(m[1]) && !DEMONYMS.has(m[1].split(/\s/)[0].toLowerCase())) return m[1].replace(/['’]s?$/, "");
  }
  return null;
}

/** "southern Gaza’s Rafah city": the place a possessive leads to is the more precise one. */
function precise(sentence: string, places: PlaceMention[], i: number): string {
  const next = places[i + 1];
  const gap = next ? sentence.slice(places[i].end, next.start) : "";
  return next && /^['’]s?\s+$/.test(gap) ? next.place.name : places[i].place.name;
}

/**
 * The place of the event whose trigger spans [start, end) in `sentence`,
 * given the sentence's gazetteer places (sentence offsets).
 *
 * @example
 * placeOf("Russian drones struck homes in Kharkiv overnight.", 15, 21, findPlaces("Russian drones struck homes in Kharkiv overnight.")) // → "Kharkiv"
 */
export function placeOf(sentence: string, start: number, end: number, places: PlaceMention[]): string | null {
  const located = (p: PlaceMention) => LOCATIVE_BEFORE.test(sentence.slice(Math.max(0, p.start - 40), p.start));
  // "bombarded Gaza": a place right after the verb is its object.
  const afterIdx = places.findIndex((p) => p.start >= end && (located(p) || /^\s+$/.test(sentence.slice(end, p.start))));
  if (afterIdx >= 0) return precise(sentence, places, afterIdx);
  for (let i = places.length - 1; i >= 0; i--) if (places[i].end <= start && located(places[i])) return precise(sentence, places, i);
  return firstCapitalized(sentence.slice(end)) ?? firstCapitalized(sentence.slice(0, start));
}
