import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { findPlaces, foldName, resolvePlace } from "../../src/lexicon/places.js";

/** [name, kind, country, lat, lon] within a degree: plausible, not exact. */
const KNOWN: Array<[string, string, string, number, number]> = [
  ["Rafah", "city", "PS", 31.3, 34.25],
  ["Khan Younis", "city", "PS", 31.35, 34.3],
  ["Kharkiv", "city", "UA", 50.0, 36.25],
  ["El Fasher", "city", "SD", 13.6, 25.35],
  ["Beirut", "city", "LB", 33.9, 35.5],
  ["Gaza Strip", "region", "PS", 31.4, 34.4],
  ["Donetsk Oblast", "region", "UA", 48.0, 37.8],
  ["Ukraine", "country", "UA", 49, 32],
  ["Sudan", "country", "SD", 15, 30],
];

test("known places resolve with plausible coordinates", () => {
  for (const [name, kind, country, lat, lon] of KNOWN) {
    const p = resolvePlace(name);
    assert.ok(p !== null, name);
    assert.deepEqual([p.kind, p.country], [kind, country], name);
    assert.ok(Math.abs(p.lat - lat) < 1 && Math.abs(p.lon - lon) < 1, `${name}: ${p.lat},${p.lon}`);
  }
});

test("lookup ignores case, diacritics, hyphens and takes alternative spellings", () => {
  assert.equal(resolvePlace("KHAN YUNIS")?.name, "Khan Younis");
  assert.equal(resolvePlace("khān yūnis")?.name, "Khan Younis");
  assert.equal(resolvePlace("Deir el Balah")?.name, "Deir al-Balah");
  assert.equal(resolvePlace("Kiev")?.name, "Kyiv");
  assert.equal(resolvePlace("Burma")?.name, "Myanmar");
  assert.equal(resolvePlace("Côte d'Ivoire")?.kind, "country");
  assert.equal(resolvePlace("Donetsk region")?.name, "Donetsk Oblast");
  assert.equal(foldName("Kramators’k"), "kramatorsk");
});

test("demonyms, common words and unknown names are not places", () => {
  for (const word of ["Palestinian", "Ukrainian", "Sudanese", "Of", "Split", "Mobile", "Eagle", "Police", "March", "Hamas", ""]) {
    assert.equal(resolvePlace(word), null, word);
  }
});

test("every curated alias points at a place", () => {
  const file = JSON.parse(readFileSync(new URL("../../src/lexicon/regions.json", import.meta.url), "utf8")) as {
    aliases: Record<string, string>;
  };
  for (const [alias, target] of Object.entries(file.aliases)) {
    assert.equal(resolvePlace(alias)?.name, resolvePlace(target)?.name, alias);
    assert.notEqual(resolvePlace(alias), null, alias);
  }
});

test("findPlaces returns spans, longest match first", () => {
  const text = "Drones struck Kharkiv overnight, and talks on the Gaza Strip moved to Khan Younis's outskirts near Deir al-Balah.";
  const found = findPlaces(text).map((m) => [m.text, m.start, m.end, m.place.name]);
  assert.deepEqual(found, [
    ["Kharkiv", 14, 21, "Kharkiv"],
    ["Gaza Strip", 50, 60, "Gaza Strip"],
    ["Khan Younis", 70, 81, "Khan Younis"],
    ["Deir al-Balah", 99, 112, "Deir al-Balah"],
  ]);
  for (const m of findPlaces(text)) assert.equal(text.slice(m.start, m.end), m.text);
});

test("findPlaces: sentence-initial places, abbreviations, surnames and demonyms", () => {
  const names = (s: string) => findPlaces(s).map((m) => m.place.name);
  assert.deepEqual(names("Beirut woke to sirens as envoys from the UK and Egypt arrived."), ["Beirut", "United Kingdom", "Egypt"]);
  assert.deepEqual(names("In El Fasher, aid workers counted the wounded."), ["El Fasher"]);
  assert.deepEqual(names("Ukrainian and Sudanese delegates met Israeli officials."), []);
  // "Us" is a pronoun, only the all-caps abbreviation is a country
  assert.deepEqual(names("Us and them, she said."), []);
  // a town name beside another capitalized word is part of a person's name...
  assert.equal(resolvePlace("Konotop")?.kind, "city");
  assert.deepEqual(names("Adviser Marta Konotop said Konotop was calm, Konotop Ivanenko added."), ["Konotop"]);
  // ...unless the place is well known: a country, a curated place or a large city
  assert.deepEqual(names("Kharkiv Governor Oleh Brovko and Sudan Envoy Amal Rafah spoke."), ["Kharkiv", "Sudan", "Rafah"]);
});

test("a sentence of common words yields nothing", () => {
  const text = "Most of the Police said March was a Split decision, and Reading the Union deal could Hit a Summit or a Gap.";
  assert.deepEqual(findPlaces(text), []);
  assert.deepEqual(findPlaces(""), []);
  assert.deepEqual(findPlaces("no capital letters here at all"), []);
});
