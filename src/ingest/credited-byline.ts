import { parseByline } from "../clean/byline.js";

/** "jane@example.org (Jane Roe)": RSS <author> writes an address with the name in parentheses. */
const ADDRESS_WITH_NAME = /^\S+@\S+\s*\(([^()]{1,120})\)$/;
const MAX_VALUE_CHARS = 300;
const TRAILING_SEPARATOR = /\s*[,|·–—-]\s*$/;

/** A name reduced for comparison: "The Valley News" and "valley news" are one outlet. */
function comparable(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, "").replace(/\s+/g, " ").trim();
}

/** "Ana Ruiz - Eastern Ledger" → "Ana Ruiz" when the page's outlet is "Eastern Ledger". */
function withoutOutlet(value: string, outlet: string | null): string {
  const cut = value.length - (outlet?.length ?? 0);
  if (!outlet || cut <= 0 || value.slice(cut).toLowerCase() !== outlet.toLowerCase()) return value;
  const head = value.slice(0, cut);
  return TRAILING_SEPARATOR.test(head) ? head.replace(TRAILING_SEPARATOR, "") : value;
}

/**
 * One author value as a byline line would credit it, or null: "By " and a
 * trailing outlet fall away, URLs, addresses, lower-case junk and lone
 * newsroom names ("Reuters", "Staff Reporter") are refused by parseByline.
 */
function authorsOf(value: string, outlet: string | null): string | null {
  const v = value.replace(/\s+/g, " ").trim();
  // A byline line is short (parseByline refuses over 250 characters); skipping long values keeps the regexes linear.
  if (v.length > MAX_VALUE_CHARS) return null;
  const named = withoutOutlet(ADDRESS_WITH_NAME.exec(v)?.[1].trim() ?? v, outlet);
  const line = /^by\s/i.test(named) ? `By ${named.slice(3).trim()}` : `By ${named}`;
  return parseByline(line.replace(/[.,;]+$/, ""))?.authors ?? null;
}

/** Names as a byline credits them: "A", "A and B", "A, B and C". */
function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/**
 * The byline that a list of author values from metadata credits (meta tags,
 * JSON-LD, feed elements, JSON fields): each value cleaned, duplicates and
 * values naming `outlet` dropped, the rest joined as "A, B and C". Null when
 * none is left.
 *
 * @example
 * creditedByline(["By Ana Ruiz", "Tom Hale", "Valley News"], "Valley News") // → "Ana Ruiz and Tom Hale"
 * creditedByline(["https://social.example/ana"], null)                      // → null
 */
export function creditedByline(values: readonly (string | null | undefined)[], outlet: string | null): string | null {
  const seen = new Set(outlet ? [comparable(outlet)] : []);
  const names: string[] = [];
  for (const value of values) {
    const authors = value ? authorsOf(value, outlet) : null;
    if (authors === null || seen.has(comparable(authors))) continue;
    seen.add(comparable(authors));
    names.push(authors);
  }
  return names.length > 0 ? joinNames(names) : null;
}
