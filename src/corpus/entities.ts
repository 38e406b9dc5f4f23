/**
 * Canonical actors: the lexicon's names and affiliations, plus people the
 * corpus introduces with a title ("the army's chief of staff, General Jane
 * Roe") whom later sentences name by surname alone.
 */
import { actorInfo, findActors, normalizeActor } from "../lexicon/actors.js";

export interface LearnedEntity {
  canonical: string;
  /** The actor the person acts for, read from the words before the title. */
  affiliation: string | null;
  aliases: string[];
}

// A title word (generic English, not one war's) followed by two or three
// capitalized words: the person's full name.
const TITLED_NAME =
  /\b(?:Minister|President|General|Commander|Chief|Spokes(?:man|woman|person)|Envoy|Ambassador|Colonel|Mayor|Governor)\s+((?:\p{Lu}[\p{L}'’-]+\s){1,2}\p{Lu}[\p{L}'’-]+)/gu;
/** How far before the title an affiliation ("Israeli", "Sudan's") may stand. */
const AFFILIATION_WINDOW = 48;
const SIDE_KINDS = new Set(["state", "armed_group"]);

/**
 * Aliases learned from report sentences, on top of the lexicon.
 *
 * @example
 * const reg = new EntityRegistry();
 * reg.learn("Ruritanian Defence Minister Anna Kovar said the border stays shut.");
 * reg.resolve("Kovar") // → "Anna Kovar" (when the lexicon does not know her)
 */
export class EntityRegistry {
  readonly #byAlias = new Map<string, LearnedEntity>();

  /** Reads one sentence for titled full names the lexicon does not know. */
  learn(sentence: string): void {
    TITLED_NAME.lastIndex = 0;
    for (let m = TITLED_NAME.exec(sentence); m; m = TITLED_NAME.exec(sentence)) {
      const full = m[1];
      if (normalizeActor(full) !== null || this.#byAlias.has(full.toLowerCase())) continue;
      const before = sentence.slice(Math.max(0, m.index - AFFILIATION_WINDOW), m.index);
      const sides = findActors(before).filter((a) => SIDE_KINDS.has(a.kind));
      const surname = full.slice(full.lastIndexOf(" ") + 1);
      const entity: LearnedEntity = { canonical: full, affiliation: sides.at(-1)?.canonical ?? null, aliases: [full, surname] };
      this.#byAlias.set(full.toLowerCase(), entity);
      // A surname shared by two learned people names neither.
      const clash = this.#byAlias.get(surname.toLowerCase());
      if (clash && clash !== entity) this.#byAlias.delete(surname.toLowerCase());
      else if (!clash) this.#byAlias.set(surname.toLowerCase(), entity);
    }
  }

  /** The canonical actor a mention names: the lexicon first, then what the corpus taught. */
  resolve(mention: string): string | null {
    const cleaned = mention.trim().replace(/^the\s+/i, "").replace(/['’]s?$/, "");
    return normalizeActor(cleaned) ?? this.#byAlias.get(cleaned.toLowerCase())?.canonical ?? null;
  }

  /** The side an actor stands for: a person's or unit's affiliation, else the actor itself. */
  side(canonical: string): string {
    return actorInfo(canonical)?.affiliation ?? this.#byAlias.get(canonical.toLowerCase())?.affiliation ?? canonical;
  }

  /** Whether two actor lists name a common actor or side. */
  overlap(a: string[], b: string[]): boolean {
    if (a.some((x) => b.includes(x))) return true;
    const sides = new Set(a.map((x) => this.side(x)));
    return b.some((x) => sides.has(this.side(x)));
  }

  learned(): LearnedEntity[] {
    return [...new Set(this.#byAlias.values())];
  }
}
