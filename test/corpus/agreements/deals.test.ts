import { test } from "node:test";
import assert from "node:assert/strict";
import { buildAgreements } from "../../../src/corpus/agreements/index.js";
import { reportKind } from "../../../src/corpus/agreements/report-kind.js";
import { ev } from "./helpers.js";

const SAF = "Sudanese Armed Forces";
const RSF = "Rapid Support Forces";

test("a report's words tell a ceasefire from another deal; a truce that only dates it tells nothing", () => {
  assert.equal(reportKind("Both armies signed an accord for a ten-day truce starting Friday."), "ceasefire");
  assert.equal(reportKind("The detainee swap was agreed in Geneva on Monday."), "deal");
  assert.equal(reportKind("Shortly after the truce lapsed, the sides swapped 80 detainees in a deal."), "deal");
  assert.equal(reportKind("The accord was unveiled on Tuesday evening."), null);
});

test("deals are named and kept apart from ceasefires by what their own sentences call them", () => {
  const list = buildAgreements({
    events: [
      ev("agreement", "2031-03-12", ["Houthis", "Yemeni government"], "Negotiators agreed the prisoner swap in Geneva on March 12.", "a"),
      ev("agreement", "2031-04-02", [RSF], "Both commanders signed a declaration on April 2 pledging to spare hospitals.", "b"),
      ev("agreement", "2031-04-09", [RSF], "The army and the RSF signed an accord for a ten-day ceasefire on April 9.", "b", { at: 300 }),
      ev("agreement", "2031-06", ["United Nations"], "Shipments resumed under the Black Sea food corridor, brokered by the United Nations and Turkey in June 2031.", "c"),
    ],
    terms: [],
  });
  assert.deepEqual(list.map((a) => [a.id, a.name]), [
    ["deal-2031-03-12", "March 2031 prisoner swap deal"],
    ["deal-2031-04-02", "April 2031 declaration"],
    ["ceasefire-2031-04-09", "April 2031 ceasefire"],
    ["deal-2031-06", "June 2031 food corridor"],
  ]);
  assert.deepEqual(list[1].status_history, [{ status: "accepted", date: "2031-04-02" }]);
  const corridor = list[3];
  assert.deepEqual(corridor.parties, []);
  assert.deepEqual(corridor.mediators, ["United Nations", "Turkey"]);
});

test("a month-dated and a day-dated report of one deal from two documents are one deal, dated by the day", () => {
  const list = buildAgreements({
    events: [
      ev("agreement", "2031-09", ["Ukraine", "Russia"], "Last week's accord on a detainee exchange held, officials said.", "a"),
      ev("agreement", "2031-09-12", ["Russia", "Ukraine"], "The delegations agreed on Friday to exchange 500 detainees each.", "b"),
      ev("talks", "2031-09-12", ["Russia", "Ukraine"], "They met for two hours with Turkish mediators in the room.", "b", { at: 100 }),
    ],
    terms: [],
  });
  assert.equal(list.length, 1);
  const [deal] = list;
  assert.equal(deal.id, "deal-2031-09-12");
  assert.equal(deal.name, "September 2031 detainee exchange deal");
  assert.deepEqual(deal.status_history, [{ status: "accepted", date: "2031-09-12" }]);
  assert.deepEqual(deal.parties.slice().sort(), ["Russia", "Ukraine"]);
  assert.deepEqual(deal.mediators, ["Turkey"]);
  assert.deepEqual(deal.docs, ["a", "b"]);
});

test("a broker or host is no party, unless it fights another side", () => {
  const list = buildAgreements({
    events: [
      ev("ceasefire_start", "2031-02-03", ["Israel", "Hezbollah"], "A truce between Israel and Hezbollah took hold on Monday.", "a"),
      ev("agreement", "2031-02-02", ["United States"], "The accord, brokered by the United States and France, was unveiled on Sunday.", "a", { at: 80 }),
      ev("agreement", "2031-08-20", ["Turkey", "Houthis"], "Turkey hosted the signing of the Houthi detainee swap on August 20.", "b"),
    ],
    terms: [],
  });
  const [truce, swap] = list;
  assert.equal(truce.name, "February 2031 truce");
  assert.deepEqual(truce.parties, ["Israel", "Hezbollah"]);
  assert.deepEqual(truce.mediators, ["United States", "France"]);
  assert.deepEqual(swap.parties, ["Houthis"]);
  assert.deepEqual(swap.mediators, []);
});

test("the other side comes from a report of the same sentence, or from the lone party's foe its document names", () => {
  const truce = "The army and the RSF signed an accord for a ten-day ceasefire due to begin on Monday.";
  const list = buildAgreements({
    events: [
      ev("agreement", "2031-04-09", [RSF], truce, "a"),
      ev("ceasefire_start", "2031-04-10", [SAF, RSF], truce, "a", { modality: "planned" }),
      ev("ceasefire_start", "2031-05-01", ["Russia"], "Moscow declared a two-day truce that began on Thursday.", "b"),
      ev("proposal", "2031-05-02", ["Ukraine"], "Kyiv asked for the pause to last a month.", "b", { at: 200 }),
      ev("agreement", null, ["United Arab Emirates"], "Hours before the truce began, the sides swapped 90 detainees in a deal brokered by the Emirates.", "b", { at: 100 }),
      ev("agreement", "2031-03-01", ["Russia", "Ukraine"], "The two sides agreed a detainee swap in March.", "c"),
    ],
    terms: [],
  });
  const byId = new Map(list.map((a) => [a.id, a]));
  assert.deepEqual(byId.get("ceasefire-2031-04-09")?.parties, [RSF, SAF]);
  const may = byId.get("ceasefire-2031-05-01");
  assert.deepEqual(may?.parties, ["Russia", "Ukraine"]);
  // the swap only dated by the truce is no report of the truce
  assert.deepEqual(may?.mediators, []);
  assert.deepEqual(may?.docs, ["b"]);
});
