/**
 * What a counted noun's "of"/"from" phrase makes of it: "three people from a state television
 * crew" are journalists, "three members of the Popular Front for …" are militants.
 */
import figures from "../../lexicon/figures.json" with { type: "json" };
import type { Subject } from "../../types.js";
import { COUNTRIES, DEMONYMS, GENERIC_PEOPLE } from "./lexicon.js";
import type { NounPhrase } from "./noun-phrase.js";

const words = (list: string[]) => list.map((w) => w.replace(/\s+/g, "\\s+")).join("|");
const MEDIA_CREW = new RegExp(`^\\s+(?:of|from)\\s+(?:the\\s+|an?\\s+)?(?:[\\w'’-]+\\s+){0,3}?(?:${words(figures.mediaWords)})\\s+`
  + "(?:[\\w'’-]+\\s+)?(?:crew|crews|team|teams|channel|station|outlet|network)\\b", "i");
const MEMBERS_OF = /^\s+of\s+(?:the\s+)?((?:[A-Z][\w'’-]*|for|of|the|and)(?:\s+(?:[A-Z][\w'’-]*|for|of|the|and)){0,7})/;
const CIVILIAN_BODY = new RegExp(`^(?:${words(figures.civilianBodies)})\\b`, "i");

/**
 * The subject the phrase after a counted noun gives, or null.
 *
 * @example
 * memberSubject("killed three members of the Popular Front for the Liberation of Palestine", np) // → "militants"
 */
export function memberSubject(text: string, np: NounPhrase): Subject | null {
  if (!np.head || np.partitive) return null;
  const after = text.slice(np.end, np.end + 100);
  if ((GENERIC_PEOPLE.has(np.head) || np.head === "members") && MEDIA_CREW.test(after)) return "journalists";
  if (np.head !== "members" || np.group) return null;
  const name = MEMBERS_OF.exec(after)?.[1];
  if (!name || !/^[A-Z]/.test(name) || CIVILIAN_BODY.test(name)) return null;
  const lower = name.toLowerCase();
  return COUNTRIES.has(lower) || DEMONYMS.has(lower.split(/\s+/)[0]) ? null : "militants";
}
