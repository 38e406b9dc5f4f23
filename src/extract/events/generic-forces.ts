/**
 * "The army", "the government", "rebels": forces a sentence names by their
 * role alone. They refer back to the last army, government or insurgent group
 * named before them, else to the most named state of the document (or to its
 * army, when the lexicon keeps that army apart, as Sudan's) or the most named
 * armed group.
 */
import { actorInfo, armyOf, isStateForce, type ActorMention } from "../../lexicon/actors.js";

/** Lower-case role nouns only: "Army" or "Government" with a capital begins a name, unless a force noun follows ("Government troops pulled out"). */
const ROLE = /\b(?:army|military|government|Government(?=\s+(?:troops|forces|soldiers)\b)|regime|junta|rebels|insurgents|militants|paramilitaries|militias|guerrillas)\b/g;
const REBEL_ROLE = /^(?:rebels|insurgents|militants|paramilitaries|militias|guerrillas)$/;
/** "rebels attacked", "the militants said": a plural role noun names a doer only as a subject (not "jailed militants in return"). */
const VERB_AFTER = /^\s+(?:(?!(?:backed|allied|aligned|linked|supported|armed|based|affiliated)\b)\w+ed|said|say|says|have|has|had|are|were|took|seized|launched|fired|shot|stormed|overran|struck|hold|held)\b/;
/** "government troops", "government forces": the government's army, with or without an article. */
const FORCE_AFTER = /^\s+(?:troops|forces|soldiers)\b/;
/** "army" may stand bare ("army air strikes"); the others need an article ("the military", not "military cargo"). */
const POSSESSIVE_GAP = /^['’]s?\s+$/;
const ARTICLE_BEFORE = /\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+$/;
const ARMY_WORDS = /\b(?:army|military|armed forces|forces|troops|soldiers|junta)\b/i;
const OWNED_ROLE = /^['’]s?\s+(government|cabinet|administration|army|military|armed forces|forces|troops)\b/;
const GOVERNMENT_WORDS = /\b(?:government|cabinet|administration|regime|authorities)\b/i;

const isRebel = (name: string) => actorInfo(name)?.kind === "armed_group" && !isStateForce(name);
const isState = (name: string) => actorInfo(name)?.kind === "state";

/** The document's most named actor of a kind, counting names and not adjectives ("US envoy" is not about the US). */
function dominant(mentions: ActorMention[], fits: (name: string) => boolean): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const name = m.affiliation ?? m.canonical;
    if (!m.demonym && fits(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = name;
  return best;
}

type Role = "army" | "government" | "rebels";

/** The actor a role noun refers to, given the `count` mentions before it. */
function referent(role: Role, text: string, mentions: ActorMention[], count: number, fallback: (role: Role) => string | null): string | null {
  for (let i = count - 1; i >= 0; i--) {
    const m = mentions[i];
    const name = m.affiliation ?? m.canonical;
    // "Somalia's government" names the government as much as "the Somali government" does.
    const words = OWNED_ROLE.exec(text.slice(m.end, m.end + 20))?.[1] ?? m.text;
    if (role === "rebels" ? isRebel(name) : (role === "army" ? ARMY_WORDS : GOVERNMENT_WORDS).test(words) && isStateForce(name)) return name;
  }
  const found = fallback(role);
  return found && role === "army" ? armyOf(found) ?? found : found;
}

/**
 * The document's actor mentions with its role nouns resolved and merged in, in text order.
 *
 * @example
 * withGenericForces("Sudan's army shelled Omdurman. The army denied it.", findActors(text))
 * // → [Sudan's army → "Sudanese Armed Forces", army (offset 36) → "Sudanese Armed Forces"]
 */
export function withGenericForces(text: string, mentions: ActorMention[]): ActorMention[] {
  const dominants = new Map<Role, string | null>();
  const fallback = (role: Role) => {
    if (!dominants.has(role)) dominants.set(role, dominant(mentions, role === "rebels" ? isRebel : isState));
    return dominants.get(role) ?? null;
  };
  const added: ActorMention[] = [];
  let j = 0;
  ROLE.lastIndex = 0;
  for (let g = ROLE.exec(text); g; g = ROLE.exec(text)) {
    const start = g.index;
    const end = start + g[0].length;
    while (j < mentions.length && mentions[j].end <= start) j++;
    if (j < mentions.length && mentions[j].start < end) continue;
    const owner = j > 0 && POSSESSIVE_GAP.test(text.slice(mentions[j - 1].end, start)) ? mentions[j - 1] : null;
    const word = g[0].toLowerCase();
    const rebel = REBEL_ROLE.test(word);
    if (owner && !rebel) {
      // "Israel's military", "Russia's government": the possessor's own force or government.
      const own = owner.affiliation ?? owner.canonical;
      const name = word === "government" || word === "regime" ? own : armyOf(own) ?? own;
      const info = actorInfo(name);
      if (info) added.push({ start, end, text: text.slice(start, end), canonical: name, kind: info.kind, affiliation: null, demonym: false });
      continue;
    }
    const forces = word === "government" && FORCE_AFTER.test(text.slice(end, end + 12));
    if (rebel ? !VERB_AFTER.test(text.slice(end, end + 14)) : word !== "army" && !forces && !ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
    const role: Role = rebel ? "rebels" : /army|military|junta/.test(word) ? "army" : "government";
    // Government troops are the army of the government last named, not of the last army ("the US military's strike").
    const ruler = referent(role, text, mentions, j, fallback);
    const name = forces && ruler ? armyOf(ruler) ?? ruler : ruler;
    const info = name ? actorInfo(name) : null;
    if (!name || !info) continue;
    added.push({ start, end, text: text.slice(start, end), canonical: name, kind: info.kind, affiliation: null, demonym: false });
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
