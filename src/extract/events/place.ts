/**
 * Where an event happened: the first capitalized name after a locative
 * preposition, looked for after the trigger first, then before it.
 * (A gazetteer would confirm the name is a place; none is wired in yet.)
 */
const LOCATIVE = /\b(?:in|into|at|near|across|inside|on)\s+(?:the\s+)?(?:(?:southern|northern|eastern|western|central|north-west|north-east|south-west|south-east)\s+)?((?:[A-Z][\p{L}’'-]+)(?:\s+(?:al-)?[A-Z][\p{L}’'-]+){0,2})/gu;
const NOT_PLACES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Arabic|English|Hebrew|The|A|An)\b/;

function firstPlace(text: string): string | null {
  LOCATIVE.lastIndex = 0;
  for (let m = LOCATIVE.exec(text); m; m = LOCATIVE.exec(text)) {
    if (!NOT_PLACES.test(m[1])) return m[1].replace(/['’]s?$/, "");
  }
  return null;
}

/**
 * The place named for the event whose trigger ends at `end` in `sentence`.
 *
 * @example
 * placeOf("Russian drones struck Kharkiv overnight, hitting homes in Kharkiv.", 21) // → "Kharkiv"
 */
export function placeOf(sentence: string, end: number): string | null {
  return firstPlace(sentence.slice(end)) ?? firstPlace(sentence.slice(0, end));
}
