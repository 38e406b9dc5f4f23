/** Every demonym of src/lexicon/groups.json ("Ukrainian", "Palestinians"), for rules that need the words, not their groups. */
import groups from "./groups.json" with { type: "json" };

export const DEMONYM_WORDS: readonly string[] = Object.values(groups.groups as Record<string, { demonyms: string[] }>)
  .flatMap((g) => g.demonyms);
