import { test } from "node:test";
import assert from "node:assert/strict";
import { summary, termsOf } from "./helpers.js";

type Row = [sentence: string, expected: ReturnType<typeof summary>[]];

const ROWS: Row[] = [
  // exchange ratios
  ["Under the swap deal, Kyiv hands over 1,000 prisoners for 1,000 Ukrainian prisoners of war.",
    [{ kind: "exchange_ratio", text: "1,000 prisoners for 1,000 Ukrainian prisoners of war", values: { prisoners: 1000, in_return: 1000 }, phase: null }]],
  ["Moscow and Kyiv agreed to a 1,000-for-1,000 prisoner exchange, the largest of the war.",
    [{ kind: "exchange_ratio", text: "1,000-for-1,000 prisoner", values: { prisoners: 1000, in_return: 1000 }, phase: null }]],
  ["The accord frees 50 Ukrainians for each Russian POW, officials said.",
    [{ kind: "exchange_ratio", text: "50 Ukrainians for each Russian POW", values: { people: 50, prisoners: 1 }, phase: null }]],
  ["The militia is to free two captives in exchange for 30 jailed fighters under the draft agreement.",
    [{ kind: "exchange_ratio", text: "two captives in exchange for 30 jailed fighters", values: { hostages: 2, prisoners: 30 }, phase: null }]],
  ["Under the truce, the army must free 30 detainees for every captive handed over.",
    [{ kind: "exchange_ratio", text: "30 detainees for every captive handed over", values: { prisoners: 30, hostages: 1 }, phase: null }]],
  ["The plan would exchange all remaining captives for jailed militants.",
    [{ kind: "exchange_ratio", text: "exchange all remaining captives for jailed militants", values: { hostages: "all" }, phase: null }]],
  // release schedules
  ["Under the deal, four hostages will be freed every Saturday.",
    [{ kind: "release_schedule", text: "four hostages will be freed every Saturday", values: { hostages: 4, per: "saturday" }, phase: null }]],
  ["The proposal has ten detainees released a day while the pause holds.",
    [{ kind: "release_schedule", text: "ten detainees released a day", values: { prisoners: 10, per: "day" }, phase: null }]],
  // extension rules
  ["The truce can be prolonged by one additional day for every ten hostages released.",
    [{ kind: "extension_rule", text: "one additional day for every ten hostages", values: { days: 1, hostages: 10 }, phase: null }]],
  ["Mediators said the pause would continue if the group delivers 12 captives for each extra day.",
    [{ kind: "extension_rule", text: "12 captives for each extra day", values: { hostages: 12, days: 1 }, phase: null }]],
  // durations
  ["The army and the RSF agreed to a seven-day truce starting on Monday.",
    [{ kind: "duration", text: "seven-day truce", values: { days: 7 }, phase: null }]],
  ["The ceasefire, originally meant to last 60 days, was extended.",
    [{ kind: "duration", text: "to last 60 days", values: { days: 60 }, phase: null }]],
  ["Negotiators want a first phase of 30 days followed by talks on a permanent deal.",
    [{ kind: "duration", text: "first phase of 30 days", values: { days: 30 }, phase: 1 }]],
  ["The sides signed a three-month humanitarian pause in the east.",
    [{ kind: "duration", text: "three-month humanitarian pause", values: { months: 3 }, phase: null }]],
  // withdrawal
  ["Under the agreement, Israeli troops will withdraw from southern Lebanon within 60 days.",
    [{ kind: "withdrawal", text: "withdraw from southern Lebanon within 60 days", values: { days: 60 }, phase: null }]],
  ["The accord demands a phased withdrawal of foreign fighters.",
    [{ kind: "withdrawal", text: "phased withdrawal", values: { extent: "phased" }, phase: null }]],
  // aid
  ["The deal lets 600 aid trucks enter Gaza a day.",
    [{ kind: "aid", text: "600 aid trucks enter Gaza a day", values: { trucks: 600, per: "day" }, phase: null }]],
  // phases
  ["A second stage of the accord, which would bring a permanent ceasefire, has not been negotiated.",
    [{ kind: "phase", text: "second stage of the accord, which would bring a permanent ceasefire", values: { end_of_war: 1 }, phase: 2 }]],
  ["Talks on phase two and phase three of the plan stalled.",
    [{ kind: "phase", text: "phase two", values: {}, phase: 2 }, { kind: "phase", text: "phase three", values: {}, phase: 3 }]],
];

for (const [sentence, expected] of ROWS) {
  test(`terms: ${sentence}`, () => {
    const terms = termsOf(sentence);
    assert.deepEqual(terms.map(summary), expected);
    for (const t of terms) {
      assert.equal(sentence.slice(t.span[0], t.span[1]), t.text);
      assert.equal(t.sentence, sentence);
      assert.match(t.rule, /^terms\//);
    }
  });
}

test("an extension rule is not read again as a ratio, and a schedule is not an extension", () => {
  const terms = termsOf("The truce holds as long as 10 hostages are freed for each additional day. Under the plan, 3 hostages a week go home.");
  assert.deepEqual(terms.map((t) => [t.kind, t.values]), [
    ["extension_rule", { hostages: 10, days: 1 }],
    ["release_schedule", { hostages: 3, per: "week" }],
  ]);
});

test("a truce that runs to a date takes the resolved time; a named holiday is computed when the times stage left it", () => {
  const text = "The envoy proposed extending the truce through mid-June. He said the pause would run until the end of Passover.";
  const terms = termsOf(text, "2031-03-20", [{ text: "mid-June", value: "2031-06" }]);
  assert.deepEqual(terms.map(summary), [
    { kind: "duration", text: "through mid-June", values: { until: "2031-06" }, phase: null },
    { kind: "duration", text: "until the end of Passover", values: { until: "2031-04-15" }, phase: null },
  ]);
  assert.equal(text.slice(terms[1].span[0], terms[1].span[1]), "until the end of Passover");
});

test("offsets are into the whole document, not the sentence", () => {
  const text = "Fighting went on overnight. Under the deal, two hostages will be freed daily.";
  const [t] = termsOf(text);
  assert.equal(text.slice(t.span[0], t.span[1]), "two hostages will be freed daily");
  assert.deepEqual(t.span, [44, 76]);
});
