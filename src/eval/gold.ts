import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { EVENT_TYPES, MEASURES, MODALITIES, QUALIFIERS, SUBJECTS } from "../types.js";
import type { EventType, Figure, Modality } from "../types.js";

/** Gold annotations of one document (SPEC §3). */
export type GoldFigure = Pick<Figure, "measure" | "subject" | "group" | "condition" | "value" | "qualifier" | "cumulative" | "date"> & {
  /** Aliases of the source; null means the report names none. */
  source: string[] | null;
  quote: string;
};

export interface GoldEvent {
  type: EventType;
  date: string | null;
  actors: string[];
  modality: Modality;
  quote: string;
}

export interface GoldTimex {
  text: string;
  value: string;
}

export interface GoldDocument {
  /** The gold file, for error messages. */
  file: string;
  doc: string;
  published: string | null;
  published_given: boolean;
  figures: GoldFigure[];
  events: GoldEvent[];
  timexes: GoldTimex[];
}

/** A gold file that does not follow SPEC §3; the message names the file and field. */
export class GoldError extends Error {
  override name = "GoldError";
}

type Json = Record<string, unknown>;
type Check = (v: unknown) => boolean;

const isString: Check = (v) => typeof v === "string";
const orNull = (c: Check): Check => (v) => v === null || c(v);
const oneOf = (list: readonly string[]): Check => (v) => typeof v === "string" && list.includes(v);
const isStrings: Check = (v) => Array.isArray(v) && v.every(isString);

const FIGURE: Record<string, Check> = {
  measure: oneOf(MEASURES),
  subject: oneOf(SUBJECTS),
  group: orNull(isString),
  condition: orNull(oneOf(["alive", "dead"])),
  value: (v) => typeof v === "number" && Number.isFinite(v),
  qualifier: oneOf(QUALIFIERS),
  cumulative: orNull((v) => typeof v === "boolean"),
  date: orNull(isString),
  source: orNull(isStrings),
  quote: isString,
};
const EVENT: Record<string, Check> = {
  type: oneOf(EVENT_TYPES),
  date: orNull(isString),
  actors: isStrings,
  modality: oneOf(MODALITIES),
  quote: isString,
};
const TIMEX: Record<string, Check> = { text: isString, value: isString };

function checkItems(file: string, data: Json, key: string, shape: Record<string, Check>): void {
  const list = data[key];
  if (!Array.isArray(list)) throw new GoldError(`${file}: "${key}" must be an array`);
  list.forEach((item, i) => {
    if (typeof item !== "object" || item === null) throw new GoldError(`${file}: ${key}[${i}] must be an object`);
    for (const [field, ok] of Object.entries(shape)) {
      const value = (item as Json)[field];
      if (!ok(value)) throw new GoldError(`${file}: ${key}[${i}].${field} is invalid (found ${JSON.stringify(value)})`);
    }
  });
}

/**
 * Validates one parsed gold file, or returns null when it has no `doc` field
 * (corpus-level files such as timeline.json share the folder).
 *
 * @example
 * parseGold("a.json", { doc: "a", published: null, published_given: false, figures: [], events: [], timexes: [] })?.doc // → "a"
 */
export function parseGold(file: string, data: unknown): GoldDocument | null {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
  const json = data as Json;
  if (!("doc" in json)) return null;
  if (!isString(json.doc) || !json.doc) throw new GoldError(`${file}: "doc" must be a non-empty string`);
  if (!orNull(isString)(json.published)) throw new GoldError(`${file}: "published" must be a date string or null`);
  if (typeof json.published_given !== "boolean") throw new GoldError(`${file}: "published_given" must be true or false`);
  checkItems(file, json, "figures", FIGURE);
  checkItems(file, json, "events", EVENT);
  checkItems(file, json, "timexes", TIMEX);
  return { file, ...(json as Omit<GoldDocument, "file">) };
}

/**
 * Loads every gold document of a folder, sorted by file name.
 *
 * @example
 * const gold = await loadGold("examples/gold"); gold[0].doc // → "black-sea-grain-deal"
 */
export async function loadGold(dir: string): Promise<GoldDocument[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(".json")).sort();
  const out: GoldDocument[] = [];
  for (const name of names) {
    const file = join(dir, name);
    let data: unknown;
    try {
      data = JSON.parse(await readFile(file, "utf8"));
    } catch (err) {
      throw new GoldError(`${file}: not valid JSON (${(err as Error).message.split("\n")[0]})`);
    }
    const gold = parseGold(file, data);
    if (gold) out.push(gold);
  }
  return out;
}
