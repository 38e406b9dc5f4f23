import { test } from "node:test";
import assert from "node:assert/strict";
import { buildAgreements } from "../../../src/corpus/agreements/index.js";
import { ev, term } from "./helpers.js";

const SAF = "Sudanese Armed Forces";
const RSF = "Rapid Support Forces";

test("reports of one start from two documents and its end make one truce, with its mediators and terms", () => {
  const startA = "The seven-day truce between the army and the RSF took effect on Monday.";
  const startB = "A week-long ceasefire began on Monday evening in Khartoum.";
  const end = "The truce expired on Monday without an extension.";
  const list = buildAgreements({
    events: [
      ev("ceasefire_start", "2031-05-22", [SAF, RSF], startA, "a"),
      ev("ceasefire_start", "2031-05-23", [SAF], startB, "b"),
      ev("ceasefire_end", "2031-05-29", [], end, "b", { at: 200 }),
      ev("talks", "2031-05-20", ["Saudi Arabia", "United States"], "Envoys met in Jeddah.", "c", { targets: [SAF, RSF] }),
      ev("talks", "2031-09-01", ["Kenya"], "Talks were held in Nairobi in September.", "c"),
    ],
    terms: [term("duration", { days: 7 }, "seven-day truce", startA, "a", 4)],
  });
  assert.equal(list.length, 1);
  const [truce] = list;
  assert.equal(truce.name, "May 2031 truce");
  assert.equal(truce.id, "ceasefire-2031-05-22");
  assert.deepEqual(truce.parties, [SAF, RSF]);
  assert.deepEqual(truce.mediators, ["Saudi Arabia", "United States"]);
  assert.equal(truce.proposed_by, null);
  assert.deepEqual(truce.status_history, [{ status: "in_effect", date: "2031-05-22" }, { status: "expired", date: "2031-05-29" }]);
  assert.deepEqual(truce.terms, [{ kind: "duration", text: "seven-day truce", values: { days: 7 }, doc: "a", sentence: startA }]);
  assert.deepEqual(truce.phases, []);
  assert.deepEqual(truce.docs, ["a", "b"]);
});

test("an end joins the latest ceasefire begun before it; a collapse is told apart from an expiry", () => {
  const list = buildAgreements({
    events: [
      ev("ceasefire_start", "2031-01-10", ["Israel", "Hezbollah"], "A ceasefire took hold on January 10.", "a"),
      ev("ceasefire_end", "2031-01-20", ["Israel"], "The ceasefire broke down when shelling resumed.", "a", { at: 90 }),
      ev("ceasefire_start", "2031-03-01", ["Israel", "Hezbollah"], "A second ceasefire began on March 1.", "b"),
      ev("ceasefire_extension", "2031-03-20", ["Israel", "Hezbollah"], "The ceasefire was extended until April.", "b", { at: 60 }),
      ev("ceasefire_end", "2031-04-30", [], "The ceasefire lapsed at midnight.", "c"),
      ev("ceasefire_start", "2031-06-01", ["Israel"], "The truce might begin in June.", "d", { modality: "hypothetical" }),
    ],
    terms: [],
  });
  assert.deepEqual(list.map((a) => [a.name, a.status_history.map((s) => `${s.status} ${s.date}`)]), [
    ["January 2031 ceasefire", ["in_effect 2031-01-10", "collapsed 2031-01-20"]],
    ["March 2031 ceasefire", ["in_effect 2031-03-01", "extended 2031-03-20", "expired 2031-04-30"]],
  ]);
});

test("an end with no reported start is an agreement of its own, named by its end", () => {
  const [a] = buildAgreements({
    events: [ev("ceasefire_end", "2031-08-14", ["India", "Pakistan"], "The truce collapsed on Thursday.", "a")],
    terms: [],
  });
  assert.equal(a.name, "truce ended August 2031");
  assert.deepEqual(a.status_history, [{ status: "collapsed", date: "2031-08-14" }]);
});

test("proposals: one per proposer and month across documents, answered by the other side only", () => {
  const plan = "Russia put forward a plan for a 30-day pause in strikes on energy sites.";
  const events = [
    ev("proposal", "2031-04-02", ["Russia"], plan, "a", { at: 0 }),
    ev("proposal", "2031-04", ["Russia"], "Moscow's plan, floated this month, was discussed in Riyadh.", "b"),
    ev("proposal_response", null, ["Ukraine"], "Kyiv rejected it within hours.", "a", { at: 80, stance: "rejected" }),
    ev("proposal_response", null, ["Russia"], "Moscow said it accepted its own terms.", "a", { at: 120, stance: "accepted" }),
    ev("proposal", "2031-03-11", ["Steve Witkoff"], "Steve Witkoff proposed a 30-day ceasefire on March 11.", "c"),
    ev("proposal_response", null, ["Ukraine"], "Ukraine accepted the envoy's proposal.", "d", { stance: "accepted" }),
  ];
  const list = buildAgreements({
    events,
    terms: [term("duration", { days: 30 }, "a 30-day pause", plan, "a", 30)],
  });
  assert.deepEqual(list.map((a) => [a.name, a.proposed_by, a.status_history.map((s) => `${s.status} ${s.date}`), a.docs]), [
    ["Witkoff proposal, March 2031", "United States", ["proposed 2031-03-11"], ["c"]],
    ["Russian proposal, April 2031", "Russia", ["proposed 2031-04-02", "rejected null"], ["a", "b"]],
  ]);
  assert.deepEqual(list[1].parties, ["Russia", "Ukraine"]);
  assert.deepEqual(list[1].terms.map((t) => t.values), [{ days: 30 }]);
});

test("phases: a named later phase implies the first, which starts with the ceasefire and takes the length stated beside its start", () => {
  const start = "The six-week first stage of the ceasefire began on July 4.";
  const later = "A second stage, which would end the war, is still being negotiated.";
  const [a] = buildAgreements({
    events: [
      ev("ceasefire_start", "2031-07-04", ["Azerbaijan", "Armenia"], start, "a"),
      ev("talks", "2031-07-20", ["Azerbaijan", "Armenia"], later, "a", { at: 100 }),
    ],
    terms: [
      term("duration", { days: 42 }, "six-week first stage", start, "a", 4),
      term("phase", { end_of_war: 1 }, "second stage, which would end the war", later, "a", 102, 2),
      term("phase", {}, "phase two", "Talks on phase two stalled.", "a", 300, 2),
    ],
  });
  assert.deepEqual(a.phases.map((p) => [p.n, p.days, p.start, p.end, p.terms.map((t) => t.text)]), [
    [1, 42, "2031-07-04", "2031-08-14", []],
    [2, null, null, null, ["second stage, which would end the war"]],
  ]);
  assert.deepEqual(a.terms.map((t) => t.kind), ["duration"]);
});

test("terms of a document that reports no agreement are left out, and no events give no agreements", () => {
  assert.deepEqual(buildAgreements({ events: [], terms: [term("aid", { trucks: 600, per: "day" }, "600 trucks a day", "x", "z")] }), []);
});
