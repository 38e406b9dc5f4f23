import lexicon from "./boilerplate-lexicon.json" with { type: "json" };

/** What a byline line tells us: it is one, who wrote it, and maybe which outlet. */
export interface Byline {
  /** The names as credited, outlet left off ("A, B and C"); null when the line names only a newsroom. */
  authors: string | null;
  outlet: string | null;
}

const PARTICLES = new Set(lexicon.nameParticles);
const OUTLET_WORDS = new Set(lexicon.outletWords);
const SEPARATORS = /\s*[,|·]\s*|\s+(?:and|&)\s+/;
/** The outlet, when named, follows the last comma or bar: "By A and B, CNN", "By A | CNN". */
const LAST_OUTLET_SEPARATOR = /[,|·](?=[^,|·]*$)/;
const MAX_WORDS_PER_NAME = 5;

/** A person's name or an outlet: capitalized words, allowing "al", "de", "van" … */
function isNameLike(segment: string): boolean {
  const words = segment.split(" ");
  if (words.length === 0 || words.length > MAX_WORDS_PER_NAME) return false;
  // \p{Lo}: scripts without letter case (Arabic, Hebrew, CJK) write names too.
  return words.every((w) => /^[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(w) || PARTICLES.has(w.toLowerCase()) || /^(?:al|el)-\p{Lu}/u.test(w));
}

/**
 * The segment after the last comma names an outlet when it cannot be one
 * more person: a single word ("Reuters"), an acronym ("CNN"), "The …", or
 * a name ending in a newsroom word ("Associated Press", "Kyiv Independent").
 */
function looksLikeOutlet(segment: string): boolean {
  const words = segment.split(" ");
  if (words.length === 1) return true;
  if (words[0] === "The") return true;
  return words.some((w) => OUTLET_WORDS.has(w.toLowerCase()));
}

/**
 * The names before the outlet, or null when all the line credits is one
 * newsroom ("By Reuters") or the words hold a digit: people's names have
 * none, while time stamps that pass for bylines do ("Updated 10:45 GMT").
 */
function authorsOf(names: string): string | null {
  const trimmed = names.replace(/[\s,|·]+$/, "");
  if (trimmed.length === 0 || /\d/.test(trimmed)) return null;
  return SEPARATORS.test(trimmed) || !looksLikeOutlet(trimmed) ? trimmed : null;
}

/**
 * Recognizes a byline line ("By A, B and C, CNN"): the authors it credits
 * and the outlet it names. A sentence that starts with "By" fails because
 * its words are not names.
 *
 * @example
 * parseByline("By Jane Roe and Omar Haddad, Reuters") // → { authors: "Jane Roe and Omar Haddad", outlet: "Reuters" }
 * parseByline("By Tuesday, the army had withdrawn")   // → null
 */
export function parseByline(line: string): Byline | null {
  if (line.length > 250 || !line.startsWith("By ") || /[.!?:;"”]$/.test(line)) return null;
  const rest = line.slice(3).trim();
  const segments = rest.split(SEPARATORS).filter((s) => s.length > 0);
  if (segments.length === 0 || !segments.every(isNameLike)) return null;
  const separator = LAST_OUTLET_SEPARATOR.exec(rest);
  if (!separator) return { authors: authorsOf(rest), outlet: null };
  const tail = rest.slice(separator.index + 1).trim();
  if (/\s(?:and|&)\s/.test(tail) || !looksLikeOutlet(tail)) return { authors: authorsOf(rest), outlet: null };
  return { authors: authorsOf(rest.slice(0, separator.index)), outlet: tail };
}
