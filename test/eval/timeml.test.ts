import { test } from "node:test";
import assert from "node:assert/strict";
import { parseTimeml } from "../../src/eval/timeml/read-timeml.js";
import { countTimeml, timemlScores } from "../../src/eval/timeml/score-timeml.js";
import { chronoTimes } from "../../src/eval/timeml/chrono-baseline.js";

const XML = `<?xml version="1.0" ?>
<TimeML><DOCID>X</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2001-03-09" functionInDocument="CREATION_TIME">20010309</TIMEX3></DCT>
<TEXT>Rebels &amp; troops clashed <TIMEX3 tid="t1" type="DATE" value="2001-03-08">Thursday</TIMEX3>, <EVENT eid="e1">ending</EVENT> a truce of <TIMEX3 tid="t2" type="DURATION" value="P3W">three weeks</TIMEX3>.</TEXT>
</TimeML>`;

test("parseTimeml strips tags and entities and keeps gold spans into the plain text", () => {
  const doc = parseTimeml("x.tml", XML);
  assert.equal(doc.dct, "2001-03-09");
  assert.equal(doc.text, "Rebels & troops clashed Thursday, ending a truce of three weeks.");
  assert.deepEqual(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.value]), [["Thursday", "2001-03-08"], ["three weeks", "P3W"]]);
});

test("strict needs equal spans, relaxed any overlap, value equal values over relaxed matches", () => {
  const gold = [{ start: 0, end: 8, value: "2001-03-08" }, { start: 20, end: 31, value: "P3W" }, { start: 40, end: 45, value: "2001" }];
  const predicted = [{ start: 0, end: 8, value: "2001-03-08" }, { start: 26, end: 31, value: "P2W" }, { start: 60, end: 65, value: "X" }];
  const c = countTimeml(gold, predicted);
  assert.deepEqual([c.strictGold, c.relaxedGold, c.valueCorrect], [1, 2, 1]);
  const s = timemlScores(c);
  assert.deepEqual(s.strict, { precision: 0.3333, recall: 0.3333, f1: 0.3333 });
  assert.deepEqual(s.relaxed, { precision: 0.6667, recall: 0.6667, f1: 0.6667 });
  assert.deepEqual(s.value, { precision: 0.3333, recall: 0.3333, f1: 0.3333 });
});

test("a prediction matches one gold expression at most", () => {
  const c = countTimeml([{ start: 0, end: 4, value: "A" }, { start: 2, end: 6, value: "A" }], [{ start: 0, end: 6, value: "A" }]);
  assert.equal(c.relaxedGold, 1);
});

test("the chrono baseline resolves a weekday against the DCT", () => {
  const [t] = chronoTimes("They clashed on Thursday.", "2001-03-09");
  assert.equal(t.value, "2001-03-08");
});
