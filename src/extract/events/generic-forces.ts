/**
 * "The army", "the government": forces a sentence names by their role alone.
 * They refer back to the last army or government named before them, else to
 * the most named state of the document (or to its army, when the lexicon
 * keeps that army apart, as Sudan's).
 */
import { actorInfo, armyOf, type ActorMention } from "../../lexicon/actors.js";

/** Lower-case role nouns only: "Army" or "Government" with a capital begins a name. "army" may stand bare ("army air strikes"), the others follow an article. */
const GENERIC = /\b(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:army|military|government|regime|junta)|army)\b/g;
const ARMY_WORDS = /\b(?:army|military|armed forces|forces|troops|soldiers|junta)\b/i;
const GOVERNMENT_WORDS = /\b(?:government|cabinet|administration|regime|authorities)\b/i;
const BELLIGERENT = new Set(["state", "armed_group"]);

/** The document's most named state, counting names and not adjectives ("US envoy" is not about the US). */
function dominantState(mentions: ActorMention[]): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const name = m.affiliation ?? m.canonical;
    if (!m.demonym && actorInfo(name)?.kind === "state") counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = name;
  return best;
}

function referent(role: "army" | "government", before: ActorMention[], fallback: string | null): string | null {
  const words = role === "army" ? ARMY_WORDS : GOVERNMENT_WORDS;
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i];
    const name = m.affiliation ?? m.canonical;
    if (words.test(m.text) && BELLIGERENT.has(actorInfo(name)?.kind ?? "")) return name;
  }
  if (!fallback) return null;
  return role === "army" ? armyOf(fallback) ?? fallback : fallback;
}

/**
 * The document's actor mentions with its role nouns resolved and merged in, in text order.
 *
 * @example
 * withGenericForces("Sudan's army shelled Omdurman. The army denied it.", findActors(text))
 * // → [Sudan's army → "Sudanese Armed Forces", army (offset 36) → "Sudanese Armed Forces"]
 */
export function withGenericForces(text: string, mentions: ActorMention[]): ActorMention[] {
  const fallback = dominantState(mentions);
  const added: ActorMention[] = [];
  let j = 0;
  GENERIC.lastIndex = 0;
  for (let g = GENERIC.exec(text); g; g = GENERIC.exec(text)) {
    const start = g.index + g[0].search(/\S+$/);
    const end = g.index + g[0].length;
    while (j < mentions.length && mentions[j].end <= start) j++;
    if (j < mentions.length && mentions[j].start < end) continue;
    const role = /army|military|junta/.test(g[0]) ? "army" : "government";
    const name = referent(role, mentions.slice(0, j), fallback);
    const info = name ? actorInfo(name) : null;
    if (!name || !info) continue;
    added.push({ start, end, text: text.slice(start, end), canonical: name, kind: info.kind, affiliation: null, demonym: false });
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
