import { test } from "node:test";
import assert from "node:assert/strict";
import { findActors } from "../../src/lexicon/actors.js";
import { withGenericForces } from "../../src/extract/events/generic-forces.js";
import { mainParties } from "../../src/extract/events/parties.js";
import { eventsOf } from "./helpers.js";

// Texts written for these tests.
const doers = (text: string, dct: string, type: string) => eventsOf(text, dct).filter((e) => e.type === type).map((e) => e.actors);

test("'the army' refers back to the last named army", () => {
  const text = "Sudan's army and the RSF fought in Omdurman. The army denied bombing a market.";
  const forces = withGenericForces(text, findActors(text)).map((m) => [text.slice(m.start, m.end), m.canonical]);
  assert.deepEqual(forces, [["Sudan's army", "Sudanese Armed Forces"], ["RSF", "Rapid Support Forces"], ["army", "Sudanese Armed Forces"]]);
});

test("with no army named, 'the army' is the most named state's army", () => {
  const text = "Fighting spread across Sudan. In Darfur, held by the army, Sudan's hospitals closed.";
  const found = withGenericForces(text, findActors(text)).filter((m) => m.text === "army");
  assert.deepEqual(found.map((m) => m.canonical), ["Sudanese Armed Forces"]);
});

test("'the government' refers back to the last named government", () => {
  const text = "The Houthis met the Saudi-backed government in Geneva. The government has not responded to the offer.";
  assert.deepEqual(doers(text, "2023-04-16", "proposal_response"), [["Yemeni government"]]);
});

test("bare 'military' before a noun is not a force", () => {
  const text = "Ukraine said it hit military cargo in Crimea.";
  assert.ok(withGenericForces(text, findActors(text)).every((m) => m.text !== "military"));
});

test("main parties skip datelines, places after a preposition and adjectives", () => {
  const text = "KHARTOUM/JEDDAH — Talks opened in Jeddah. The RSF and Sudan's army met in the Saudi city. Saudi Arabia hosted the RSF.";
  assert.deepEqual(mainParties(findActors(text), text), ["Rapid Support Forces", "Sudanese Armed Forces"]);
});

test("an agency that reports a release is not its doer", () => {
  const text = "Russia and Ukraine swapped prisoners on Friday. The Red Cross said 150 detainees had been freed. Another 90 were freed on Saturday.";
  const releases = eventsOf(text, "2025-05-25", [{ text: "on Friday", value: "2025-05-23" }, { text: "on Saturday", value: "2025-05-24" }])
    .filter((e) => e.type === "release");
  assert.ok(releases.length > 0);
  for (const e of releases) assert.ok(!e.actors.includes("Red Cross"), JSON.stringify(e.actors));
});

test("a coordinated subject with an adjective keeps both sides", () => {
  assert.deepEqual(doers("The Sudanese army and the paramilitary RSF signed a truce on Saturday.", "2023-05-21", "agreement"),
    [["Sudanese Armed Forces", "Rapid Support Forces"]]);
});

test("a possessor whose noun phrase runs into the verb is its doer", () => {
  assert.deepEqual(doers("Israel's security cabinet approved the deal late on Tuesday.", "2024-11-27", "proposal_response"), [["Israel"]]);
});

test("a demonym names the force it modifies, a place name after 'of' does not", () => {
  assert.deepEqual(doers("Residents of Kharkiv reported Russian drone strikes overnight.", "2024-05-08", "attack"), [["Russia"]]);
  assert.deepEqual(doers("Residents of Khartoum reported heavy air strikes overnight.", "2024-05-08", "attack"), [[]]);
});

test("a person acts for the party they belong to", () => {
  assert.deepEqual(doers("Zelensky said Kyiv had sent a delegation to Istanbul.", "2025-05-16", "talks"), [["Ukraine"]]);
});
