import { test } from "node:test";
import assert from "node:assert/strict";
import { buildAgreements } from "../../../src/corpus/agreements/index.js";
import { ev, term } from "./helpers.js";

const SAF = "Sudanese Armed Forces";
const RSF = "Rapid Support Forces";

function history(list: ReturnType<typeof buildAgreements>): string[][] {
  return list.map((a) => a.status_history.map((s) => `${s.status} ${s.date}`));
}

test("a truce that outlasted its planned length was extended, and one ending as its stated length ran out expired", () => {
  const start = "A humanitarian truce, initially meant to last three days, took hold in Omdurman on Tuesday.";
  const end = "The ten-day truce fell apart on Friday as artillery fire resumed across the city.";
  const list = buildAgreements({
    events: [
      ev("ceasefire_start", "2031-06-03", [SAF, RSF], start, "a"),
      ev("ceasefire_end", "2031-06-13", [SAF], end, "a", { at: 400 }),
    ],
    terms: [
      term("duration", { days: 3 }, "to last three days", start, "a", 30),
      term("duration", { days: 10 }, "ten-day truce", end, "a", 404),
    ],
  });
  assert.deepEqual(history(list), [["in_effect 2031-06-03", "extended 2031-06", "expired 2031-06-13"]]);
});

test("a truce broken off by strikes while still in force collapsed; a passed deadline is an expiry", () => {
  const list = buildAgreements({
    events: [
      ev("ceasefire_start", "2031-08-01", ["India", "Pakistan"], "A 30-day ceasefire along the frontier began on August 1.", "a"),
      ev("ceasefire_end", "2031-08-10", ["India"], "The ceasefire broke down when drone strikes resumed on Sunday.", "a", { at: 300 }),
      ev("ceasefire_start", "2031-10-02", ["Armenia", "Azerbaijan"], "A truce in the border villages began on October 2.", "b"),
      ev("ceasefire_end", "2031-10-05", ["Azerbaijan"], "Shelling resumed once the noon deadline passed with no new deal.", "b", { at: 200 }),
    ],
    terms: [term("duration", { days: 30 }, "30-day ceasefire", "A 30-day ceasefire along the frontier began on August 1.", "a", 2)],
  });
  assert.deepEqual(history(list), [
    ["in_effect 2031-08-01", "collapsed 2031-08-10"],
    ["in_effect 2031-10-02", "expired 2031-10-05"],
  ]);
});

test("a report that the truce was extended adds an extension dated as closely as its start and end allow", () => {
  const list = buildAgreements({
    events: [
      ev("ceasefire_start", "2031-10-02", [SAF, RSF], "The truce took effect on Thursday morning.", "a"),
      ev("ceasefire_end", "2031-10-20", [RSF], "The truce, which had been extended twice, lapsed on Monday.", "a", { at: 200 }),
      ev("ceasefire_start", "2031-11-25", ["India", "Pakistan"], "Guns fell silent on the frontier on November 25.", "b"),
      ev("ceasefire_end", "2031-12-04", ["India"], "The truce was extended once but collapsed on Thursday.", "b", { at: 90 }),
    ],
    terms: [],
  });
  assert.deepEqual(history(list), [
    ["in_effect 2031-10-02", "extended 2031-10", "expired 2031-10-20"],
    ["in_effect 2031-11-25", "extended null", "collapsed 2031-12-04"],
  ]);
});
