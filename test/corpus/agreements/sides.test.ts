import { test } from "node:test";
import assert from "node:assert/strict";
import { buildAgreements } from "../../../src/corpus/agreements/index.js";
import { namedMediators } from "../../../src/corpus/agreements/mediators.js";
import { ev } from "./helpers.js";

test("mediators are the actors a sentence names beside a mediation word", () => {
  assert.deepEqual(namedMediators("Delegates met in Istanbul with Turkish and Saudi mediators on Monday."), ["Turkey", "Saudi Arabia"]);
  assert.deepEqual(namedMediators("The pause was brokered by Kenya after a week of shuttle diplomacy."), ["Kenya"]);
  assert.deepEqual(namedMediators("Turkey hosted the delegations in Istanbul."), []);
});

test("mediators come from the truce's reports and its talks, never from a side of its fighting", () => {
  const list = buildAgreements({
    events: [
      ev("ceasefire_start", "2031-03-01", ["Russia", "Ukraine"], "A ceasefire on energy sites began on March 1.", "a"),
      ev("ceasefire_start", "2031-07-10", ["Ukraine"], "A local truce around the plant took hold on July 10, brokered by Turkey.", "b"),
      ev("talks", "2031-07-02", ["Russia", "Saudi Arabia"], "Delegations met in Riyadh on July 2.", "b", { at: 300 }),
      ev("talks", "2031-07-05", ["Ukraine"], "Kyiv's envoys worked with Saudi and Turkish mediators on the plan.", "c"),
    ],
    terms: [],
  });
  const local = list.find((a) => a.status_history[0]?.date === "2031-07-10");
  // the truce's own report names one side; its foe named in the same document is the other
  assert.deepEqual(local?.parties, ["Ukraine", "Russia"]);
  assert.deepEqual(local?.mediators, ["Turkey", "Saudi Arabia"]);
});

test("talks about another war lend no mediators, and neither an armed group nor a party's foe ever mediates", () => {
  const list = buildAgreements({
    events: [
      ev("ceasefire_start", "2031-04-01", ["Armenia", "Azerbaijan"], "A truce on the border took effect on April 1.", "a"),
      ev("attack", "2031-03-20", ["Azerbaijan"], "Azerbaijani drones struck a depot in Iran in March.", "a", { at: 100, targets: ["Iran"] }),
      ev("talks", "2031-03-25", ["Iran", "Russia"], "Iran and Russia held talks in Baku with Russian mediators.", "a", { at: 200 }),
      ev("ceasefire_start", "2031-04-03", ["Rapid Support Forces", "Sudanese Armed Forces"], "A pause began in Khartoum on April 3.", "b"),
      ev("talks", "2031-04-10", ["Rapid Support Forces", "Kenya"], "RSF envoys met Kenyan officials in Nairobi.", "b", { at: 200 }),
      ev("talks", "2031-04-12", ["Sudanese Armed Forces", "Saudi Arabia"], "Army envoys and Saudi officials met in Jeddah.", "c"),
    ],
    terms: [],
  });
  const border = list.find((a) => a.parties.includes("Armenia"));
  assert.deepEqual(border?.mediators, ["Russia"]);
  const pause = list.find((a) => a.parties.includes("Rapid Support Forces"));
  assert.deepEqual(pause?.mediators, ["Kenya", "Saudi Arabia"]);
});

test("a mediator's plan is accepted only once every side it is put to has accepted it", () => {
  const plan = "Turkey put forward a plan for a grain corridor between Russia and Ukraine on May 3.";
  const events = [
    ev("ceasefire_start", "2031-02-01", ["Russia", "Ukraine"], "A ceasefire began on February 1.", "z"),
    ev("proposal", "2031-05-03", ["Turkey"], plan, "a"),
    ev("proposal_response", null, ["Russia"], "Moscow said it would abide by the Turkish plan.", "a", { at: 120, stance: "accepted" }),
  ];
  const proposal = (list: ReturnType<typeof buildAgreements>) => list.find((a) => a.proposed_by === "Turkey");
  assert.deepEqual(proposal(buildAgreements({ events, terms: [] }))?.status_history, [{ status: "proposed", date: "2031-05-03" }]);

  const both = [...events,
    ev("proposal_response", "2031-05-06", ["Ukraine"], "Kyiv accepted the Turkish plan on May 6.", "a", { at: 200, stance: "accepted" })];
  assert.deepEqual(proposal(buildAgreements({ events: both, terms: [] }))?.status_history,
    [{ status: "proposed", date: "2031-05-03" }, { status: "accepted", date: "2031-05-06" }]);

  const refused = [...events,
    ev("proposal_response", null, ["Ukraine"], "Kyiv turned the Turkish plan down.", "a", { at: 200, stance: "rejected" })];
  assert.deepEqual(proposal(buildAgreements({ events: refused, terms: [] }))?.status_history,
    [{ status: "proposed", date: "2031-05-03" }, { status: "rejected", date: null }]);
});
