import { test } from "node:test";
import assert from "node:assert/strict";
import { actorInfo, armyOf, findActors, isStateForce, normalizeActor } from "../../src/lexicon/actors.js";

const brief = (text: string) => findActors(text).map((m) => [m.text, m.canonical, m.demonym]);

test("longest name wins and spans point at it", () => {
  const text = "The Israel Defense Forces said Israel would respond.";
  const found = findActors(text);
  assert.deepEqual(found.map((m) => [text.slice(m.start, m.end), m.canonical]), [
    ["Israel Defense Forces", "Israel"],
    ["Israel", "Israel"],
  ]);
});

test("possessives keep the bare name", () => {
  assert.deepEqual(brief("Israel's cabinet met; Hamas’ armed wing and Hamas’s officials spoke."), [
    ["Israel", "Israel", false],
    ["Hamas’ armed wing", "Hamas", false],
    ["Hamas", "Hamas", false],
  ]);
});

test("demonyms name their actor and are flagged", () => {
  assert.deepEqual(brief("Ukrainian drones hit a Russian refinery."), [
    ["Ukrainian", "Ukraine", true],
    ["Russian", "Russia", true],
  ]);
});

test("short acronyms are case-sensitive", () => {
  assert.deepEqual(brief("The US said it told us about the RSF, not the rsf."), [
    ["US", "United States", false],
    ["RSF", "Rapid Support Forces", false],
  ]);
});

test("common words that are also names need a capital", () => {
  assert.deepEqual(brief("They ate turkey in Turkey."), [["Turkey", "Turkey", false]]);
});

test("names are not found inside longer words", () => {
  assert.deepEqual(brief("Israelis and Hamasites, Iranians; the USSR."), []);
});

test("persons carry their affiliation", () => {
  const [katz, witkoff, zelensky] = findActors("Katz met Steve Witkoff before Zelensky spoke.");
  assert.deepEqual([katz.canonical, katz.kind, katz.affiliation], ["Israel Katz", "person", "Israel"]);
  assert.deepEqual([witkoff.canonical, witkoff.affiliation], ["Steve Witkoff", "United States"]);
  assert.deepEqual([zelensky.canonical, zelensky.affiliation], ["Volodymyr Zelensky", "Ukraine"]);
});

test("names starting with a lower-case particle", () => {
  assert.deepEqual(brief("Fighters of the al-Qassam Brigades and al-Burhan's army."), [
    ["al-Qassam Brigades", "Hamas", false],
    ["al-Burhan", "Abdel Fattah al-Burhan", false],
  ]);
});

test("several conflicts are covered", () => {
  const text = "The Houthis, Hezbollah, the Sudanese Armed Forces, the Kremlin, Qatar and UNICEF.";
  assert.deepEqual(findActors(text).map((m) => m.canonical), [
    "Houthis", "Hezbollah", "Sudanese Armed Forces", "Russia", "Qatar", "UNICEF",
  ]);
});

test("normalizeActor maps mentions to canonical names", () => {
  assert.equal(normalizeActor("the Israeli military"), "Israel");
  assert.equal(normalizeActor("Ukrainian forces"), "Ukraine");
  assert.equal(normalizeActor("the Biden administration"), "United States");
  assert.equal(normalizeActor("Zelensky's"), "Volodymyr Zelensky");
  assert.equal(normalizeActor("Hamas gunmen"), "Hamas");
  assert.equal(normalizeActor("the weather"), null);
  assert.equal(normalizeActor(""), null);
});

test("actorInfo gives kind and affiliation", () => {
  assert.deepEqual(actorInfo("Rapid Support Forces"), { kind: "armed_group", affiliation: null });
  assert.deepEqual(actorInfo("Vladimir Putin"), { kind: "person", affiliation: "Russia" });
  assert.equal(actorInfo("Nobody"), null);
});

test("empty and name-free text", () => {
  assert.deepEqual(findActors(""), []);
  assert.deepEqual(findActors("no names here at all."), []);
});

test("a state's army kept apart from the state, and which actors are state forces", () => {
  assert.equal(armyOf("Sudan"), "Sudanese Armed Forces");
  assert.equal(armyOf("Israel"), null);
  assert.equal(isStateForce("Sudanese Armed Forces"), true);
  assert.equal(isStateForce("Ukraine"), true);
  assert.equal(isStateForce("Rapid Support Forces"), false);
  assert.equal(isStateForce("Red Cross"), false);
});

test("the parties of the Yemen war: the government, not the country, against the Houthis", () => {
  assert.deepEqual(brief("The Saudi-backed government and the Houthi movement met."), [
    ["Saudi-backed government", "Yemeni government", false],
    ["Houthi movement", "Houthis", false],
  ]);
});
