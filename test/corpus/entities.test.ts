import { test } from "node:test";
import assert from "node:assert/strict";
import { EntityRegistry } from "../../src/corpus/entities.js";

test("a titled full name teaches its surname and its side", () => {
  const reg = new EntityRegistry();
  reg.learn("Sudanese Defence Minister Yasin Ibrahimov told reporters the road would reopen.");
  assert.equal(reg.resolve("Ibrahimov"), "Yasin Ibrahimov");
  assert.equal(reg.resolve("Yasin Ibrahimov's"), "Yasin Ibrahimov");
  assert.equal(reg.side("Yasin Ibrahimov"), "Sudan");
  assert.ok(reg.overlap(["Yasin Ibrahimov"], ["Sudan"]));
  assert.ok(!reg.overlap(["Yasin Ibrahimov"], ["Rapid Support Forces"]));
});

test("the lexicon wins over the corpus, and untitled or clashing surnames teach nothing", () => {
  const reg = new EntityRegistry();
  reg.learn("Minister Israel Katz spoke.");
  assert.deepEqual(reg.learned(), []);
  assert.equal(reg.resolve("Katz"), "Israel Katz");
  reg.learn("Local trader Omar Haddad said prices rose.");
  assert.equal(reg.resolve("Haddad"), null);
  reg.learn("General Lina Marek and Colonel Piotr Marek met.");
  assert.equal(reg.resolve("Marek"), null);
  assert.equal(reg.resolve("Lina Marek"), "Lina Marek");
  assert.equal(reg.side("Lina Marek"), "Lina Marek");
});

test("lexicon aliases resolve to the canonical actor", () => {
  const reg = new EntityRegistry();
  assert.equal(reg.resolve("the Israel Defense Forces"), "Israel");
  assert.equal(reg.resolve("Zelensky"), "Volodymyr Zelensky");
  assert.equal(reg.side("Volodymyr Zelensky"), "Ukraine");
  assert.equal(reg.resolve("the weather"), null);
});
