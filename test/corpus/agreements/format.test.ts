import { test } from "node:test";
import assert from "node:assert/strict";
import { formatAgreements } from "../../../src/corpus/agreements/format.js";
import type { Agreement } from "../../../src/corpus/agreements/index.js";

const TRUCE: Agreement = {
  id: "ceasefire-2031-05-22", name: "May 2031 truce", parties: ["Sudanese Armed Forces", "Rapid Support Forces"],
  mediators: ["Saudi Arabia"], proposed_by: null,
  status_history: [{ status: "in_effect", date: "2031-05-22" }, { status: "expired", date: null }],
  phases: [{ n: 1, days: 7, start: "2031-05-22", end: "2031-05-28", terms: [] }, { n: 2, days: null, start: null, end: null, terms: [] }],
  terms: [{ kind: "duration", text: "seven-day truce", values: { days: 7 }, doc: "a1", sentence: "The seven-day truce took effect." }],
  docs: ["a1", "b2"],
};

test("one block per agreement: sides, status history, phases, terms with their sentences", () => {
  assert.equal(formatAgreements([TRUCE, { ...TRUCE, id: "p", name: "Saudi proposal", proposed_by: "Saudi Arabia", phases: [], terms: [],
    parties: [], mediators: [], status_history: [], docs: ["c3"] }]), [
    "May 2031 truce  (ceasefire-2031-05-22)",
    "  parties: Sudanese Armed Forces, Rapid Support Forces",
    "  mediators: Saudi Arabia",
    "  status: in_effect 2031-05-22 → expired (undated)",
    "  phases:",
    "    1. 7 days, from 2031-05-22, to 2031-05-28",
    "    2.",
    "  terms:",
    "    - duration: \"seven-day truce\" {days=7}",
    "        [a1] The seven-day truce took effect.",
    "  reported in: a1, b2",
    "",
    "Saudi proposal  (p)",
    "  proposed by: Saudi Arabia",
    "  parties: -",
    "  mediators: -",
    "  status: -",
    "  reported in: c3",
    "",
  ].join("\n"));
});

test("an empty ledger says so, and JSON is the array itself", () => {
  assert.equal(formatAgreements([]), "No agreements.\n");
  assert.deepEqual(JSON.parse(JSON.stringify([TRUCE])), [TRUCE]);
});
