type Node = Record<string, unknown>;

/** Element text of an author element, whatever shape the XML parser gave it. */
function names(v: unknown): string[] {
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.flatMap(names);
  if (typeof v !== "object" || v === null) return [];
  // Atom nests the name (<author><name>); an element with attributes keeps its text in "#text".
  const o = v as Node;
  return names(o.name ?? o["atom:name"] ?? o["#text"]);
}

/**
 * The author values of one feed item, in element order: RSS `<author>`
 * ("jane@example.org (Jane Roe)" or a name), `<dc:creator>` (repeatable) and
 * Atom `<author><name>`, also as `<atom:author>` inside RSS.
 *
 * @example
 * feedAuthors({ "dc:creator": ["Ana Ruiz", "Tom Hale"] }) // → ["Ana Ruiz", "Tom Hale"]
 * feedAuthors({ author: { name: "Sun Li" } })             // → ["Sun Li"]
 */
export function feedAuthors(item: Node): string[] {
  return [item.author, item["dc:creator"], item["atom:author"]].flatMap(names);
}
