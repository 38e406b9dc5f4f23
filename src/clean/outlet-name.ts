import lexicon from "./boilerplate-lexicon.json" with { type: "json" };

const KNOWN: Record<string, string> = lexicon.outletDomains;
const DOMAIN = /^(?:https?:\/\/)?(?:www\d?\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/:?#].*)?$/i;
/** Second-level labels under these are part of the public suffix ("bbc.co.uk"). */
const SHARED_SECOND_LEVEL = new Set(["co", "com", "org", "net", "gov", "ac"]);
const ACRONYM_MAX = 3;

/**
 * Turns a site mention into an outlet name: a domain ("cnn.com",
 * "https://www.bbc.co.uk/news") becomes the name listed for it, else its
 * main label (short labels are acronyms: "cnn" → "CNN", longer ones are
 * capitalized); anything that is not a domain is returned trimmed.
 *
 * @example
 * outletName("cnn.com")           // → "CNN"
 * outletName("dailyherald.net")   // → "Dailyherald"
 * outletName("The Kyiv Gazette.") // → "The Kyiv Gazette"
 */
export function outletName(site: string): string {
  const text = site.trim().replace(/[.,;:]+$/, "");
  const m = DOMAIN.exec(text);
  if (!m) return text;
  const host = m[1].toLowerCase();
  const labels = host.split(".");
  for (let i = 0; i < labels.length - 1; i++) {
    const known = KNOWN[labels.slice(i).join(".")];
    if (known) return known;
  }
  const tld = labels.length - 1;
  const main = labels.length > 2 && SHARED_SECOND_LEVEL.has(labels[tld - 1]) ? labels[tld - 2] : labels[tld - 1];
  return main.length <= ACRONYM_MAX ? main.toUpperCase() : main[0].toUpperCase() + main.slice(1);
}
