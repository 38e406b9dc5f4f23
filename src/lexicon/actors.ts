/**
 * Finds the parties of a conflict in text, using the data in actors.json.
 *
 * All names live in one character trie built at module load, so a scan is a
 * single pass over the text that walks the trie only at word starts; a regex
 * alternation of several hundred names would try every name at every offset.
 */
import lexicon from "./actors.json" with { type: "json" };

export interface ActorMention {
  start: number;
  end: number;
  text: string;
  canonical: string;
  /** state | armed_group | organisation | person | mediator */
  kind: string;
  /** For persons and units: the actor they act for. */
  affiliation: string | null;
  /** True when the mention is an adjective ("Israeli airstrikes") rather than a name. */
  demonym: boolean;
}

interface Entry {
  /** The name as the lexicon spells it. */
  spelling: string;
  canonical: string;
  kind: string;
  affiliation: string | null;
  demonym: boolean;
  /** Acronyms ("US", "IDF") must match letter case exactly, so "us" is not the United States. */
  exactCase: boolean;
  /** Names that begin in lower case ("al-Qassam Brigades") keep that first letter. */
  lowerStart: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Spellings that differ only in case ("NATO", "Nato") share a node. */
  entries?: Entry[];
}

interface LexiconActor {
  canonical: string;
  kind: string;
  aliases: string[];
  demonyms?: string[];
  affiliation?: string;
  army?: string;
}

const ROOT: TrieNode = { next: new Map() };
const BY_CANONICAL = new Map<string, LexiconActor>();

function insert(name: string, entry: Entry): void {
  let node = ROOT;
  for (const ch of name.toLowerCase()) {
    let child = node.next.get(ch);
    if (!child) node.next.set(ch, (child = { next: new Map() }));
    node = child;
  }
  node.entries ??= [];
  // A name listed as both alias and demonym ("US") keeps its alias reading.
  if (entry.demonym) node.entries.push(entry);
  else node.entries.unshift(entry);
}

function entryFor(actor: LexiconActor, name: string, demonym: boolean): Entry {
  return {
    spelling: name,
    canonical: actor.canonical,
    kind: actor.kind,
    affiliation: actor.affiliation ?? null,
    demonym,
    exactCase: !/[a-z]/.test(name),
    lowerStart: /^[a-z]/.test(name),
  };
}

for (const actor of lexicon.actors as LexiconActor[]) {
  BY_CANONICAL.set(actor.canonical, actor);
  for (const d of actor.demonyms ?? []) insert(d, entryFor(actor, d, true));
  for (const a of actor.aliases) insert(a, entryFor(actor, a, false));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
// ASCII and Latin-1 classes without the "u" flag: this scan runs over every character of every article.
const NAME_START = /(?<![A-Za-z0-9À-ÖØ-öø-ÿ])(?:[A-Z0-9À-ÖØ-Þ]|[a-z]{1,3}-)/g;

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(ch);
}

function caseFits(entry: Entry, found: string): boolean {
  if (entry.exactCase) return found === entry.spelling;
  const first = found[0];
  if (entry.lowerStart) return first === first.toLowerCase();
  return first !== first.toLowerCase();
}

/** The longest name starting at `start`, or null. */
function longestAt(text: string, start: number): { end: number; entry: Entry } | null {
  let node: TrieNode | undefined = ROOT;
  let best: { end: number; entry: Entry } | null = null;
  for (let i = start; i < text.length && node; i++) {
    node = node.next.get(text[i].toLowerCase());
    if (node?.entries && !isWordChar(text[i + 1])) {
      const found = text.slice(start, i + 1);
      const entry = node.entries.find((e) => caseFits(e, found));
      if (entry) best = { end: i + 1, entry };
    }
  }
  return best;
}

/**
 * Every actor mention in `text`, longest name first, left to right. A
 * possessive ("Israel's", "Hamas’") is matched on the name alone.
 *
 * @example
 * findActors("Israeli airstrikes hit Rafah as Hamas’ armed wing fired rockets.")
 * // → [{ start: 0, end: 7, text: "Israeli", canonical: "Israel", kind: "state", affiliation: null, demonym: true },
 * //    { start: 32, end: 49, text: "Hamas’ armed wing", canonical: "Hamas", kind: "armed_group", affiliation: null, demonym: false }]
 */
export function findActors(text: string): ActorMention[] {
  const out: ActorMention[] = [];
  // Names start with a capital or a digit ("M23"), or with a lower-case particle ("al-Qassam").
  NAME_START.lastIndex = 0;
  for (let s = NAME_START.exec(text); s; s = NAME_START.exec(text)) {
    const i = s.index;
    if (!ROOT.next.has(text[i].toLowerCase())) continue;
    const hit = longestAt(text, i);
    if (!hit) continue;
    const { entry, end } = hit;
    out.push({
      start: i,
      end,
      text: text.slice(i, end),
      canonical: entry.canonical,
      kind: entry.kind,
      affiliation: entry.affiliation,
      demonym: entry.demonym,
    });
    NAME_START.lastIndex = end;
  }
  return out;
}

/**
 * The canonical actor a mention names, or null when the lexicon does not know it.
 *
 * @example
 * normalizeActor("the Israel Defense Forces") // → "Israel"
 * normalizeActor("Zelensky's")                // → "Volodymyr Zelensky"
 * normalizeActor("the weather")               // → null
 */
export function normalizeActor(mention: string): string | null {
  const cleaned = mention.trim().replace(/^the\s+/i, "").replace(/['’]s?$/, "");
  const hits = findActors(cleaned);
  if (hits.length === 0) return null;
  return hits.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a)).canonical;
}

/**
 * Kind and affiliation of a canonical actor, or null for unknown names.
 *
 * @example
 * actorInfo("Steve Witkoff") // → { kind: "person", affiliation: "United States" }
 */
export function actorInfo(canonical: string): { kind: string; affiliation: string | null } | null {
  const actor = BY_CANONICAL.get(canonical);
  return actor ? { kind: actor.kind, affiliation: actor.affiliation ?? null } : null;
}

/**
 * The actor that is a state's army when the lexicon keeps the two apart
 * ("the army" in a Sudan report is the Sudanese Armed Forces), else null.
 *
 * @example
 * armyOf("Sudan")  // → "Sudanese Armed Forces"
 * armyOf("Israel") // → null
 */
export function armyOf(canonical: string): string | null {
  return BY_CANONICAL.get(canonical)?.army ?? null;
}

const ARMIES = new Set([...BY_CANONICAL.values()].flatMap((a) => (a.army ? [a.army] : [])));

/**
 * True for a state's regular forces: the state itself, or the army the lexicon keeps apart from it.
 * An insurgent or paramilitary group is not.
 *
 * @example
 * isStateForce("Sudanese Armed Forces") // → true
 * isStateForce("Rapid Support Forces")  // → false
 */
export function isStateForce(canonical: string): boolean {
  return ARMIES.has(canonical) || BY_CANONICAL.get(canonical)?.kind === "state";
}
