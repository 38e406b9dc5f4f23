import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanText } from "../../src/clean/boilerplate.js";

const BODY = "Rebel units withdrew from the airport road on Friday, a commander said.";

/** [name, boilerplate line, what `removed` must record] — each is dropped whole from BODY's paragraph list. */
const REMOVED_LINES: [string, string][] = [
  ["copyright ©", "© 2024 Delta Broadcasting Ltd."],
  ["copyright ™ & ©", "™ & © 2024 Delta Broadcasting, Inc., part of a media group. All rights reserved."],
  ["copyright word", "Copyright 2023 The Plains Herald. All rights reserved."],
  ["(c) wire", "(c) Copyright Plains Wire Service 2024"],
  ["rights reserved", "Delta Broadcasting 2024. All Rights Reserved."],
  ["wire tag", "The-DBC-Wire"],
  ["also read bar", "ALSO READ | Fuel prices rise in border towns"],
  ["also read alone", "Also Read"],
  ["read more colon", "Read more: How the airport changed hands"],
  ["read more caps", "READ MORE"],
  ["related colon", "Related: Talks in the capital"],
  ["appeared first", "This post appeared first on deltanews.example"],
  ["with inputs", "(With inputs from agencies)"],
  ["with inputs no parens", "With inputs from Reuters"],
  ["contributed", "Ana Pereira in the capital contributed to this report."],
  ["contributed reporting", "Wire services contributed reporting to this story."],
  ["reporting by", "Reporting by Ana Pereira; Editing by Tom Hale"],
  ["updated", "This story has been updated."],
  ["updated long", "This article has been given a new photo and updated."],
  ["developing", "This is a developing story and will be updated."],
  ["lone paren", ")"],
  ["dashes", "* * *"],
  ["share", "Share this article"],
  ["subscribe", "Subscribe to our daily briefing"],
  ["follow", "Follow us on social media"],
  ["advertisement", "Advertisement"],
  ["photo label", "Photo: Reuters"],
  ["photo credit alone", "Lina Haddad/AFP"],
  ["paren credit alone", "(Getty Images)"],
];

for (const [name, line] of REMOVED_LINES) {
  test(`removes boilerplate line: ${name}`, () => {
    const r = cleanText(`${BODY}\n\n${line}\n\n${BODY}`);
    assert.equal(r.text, `${BODY}\n\n${BODY}`);
    assert.deepEqual(r.removed, [line]);
  });
}

/** Prose that shares words with boilerplate and must stay untouched. */
const KEPT_LINES = [
  "By Tuesday, the army had withdrawn from the two villages.",
  "By Tuesday, the army had withdrawn",
  "Related talks in the capital broke down on Sunday.",
  "Read more than 200 pages of the draft, the envoy said.",
  "Subscribers to the satellite service lost their signal.",
  "The copyright dispute between the two broadcasters went to court.",
  "Officials said this story has been told many times before, but never like this.",
  "The ratio was one prisoner for every 3/4 of a hostage, critics said.",
  "Aid workers said the figures were contributed by local clinics.",
  "The ministry (MoH) — which runs the clinics — said 14 people died.",
  "Photos showed smoke above the port.",
];

for (const line of KEPT_LINES) {
  test(`keeps prose: ${line.slice(0, 40)}`, () => {
    const r = cleanText(line);
    assert.equal(r.text, line);
    assert.deepEqual(r.removed, []);
    assert.equal(r.outlet, null);
    assert.equal(r.byline, null);
  });
}

test("byline gives the outlet and the authors, and goes", () => {
  const r = cleanText(`By Ana Pereira, Tom Hale and Lina Haddad, Delta News\n\n${BODY}`);
  assert.equal(r.text, BODY);
  assert.equal(r.outlet, "Delta News");
  assert.equal(r.byline, "Ana Pereira, Tom Hale and Lina Haddad");
});

test("byline without an outlet still goes, outlet stays null", () => {
  const r = cleanText(`By Ana Pereira and Tom Hale\n\n${BODY}`);
  assert.equal(r.text, BODY);
  assert.equal(r.outlet, null);
  assert.equal(r.byline, "Ana Pereira and Tom Hale");
  assert.equal(cleanText(`By Ana Pereira | DBC\n\n${BODY}`).byline, "Ana Pereira");
  assert.equal(cleanText(`By Ana Pereira | DBC\n\n${BODY}`).outlet, "DBC");
  const twoPeople = cleanText(`By Ana Pereira, Tom Hale\n\n${BODY}`);
  assert.equal(twoPeople.outlet, null);
  assert.equal(twoPeople.byline, "Ana Pereira, Tom Hale");
});

test("a byline naming only a newsroom goes without authors; the first byline line wins", () => {
  for (const line of ["By Reuters", "By The Plains Herald", "By Staff Reporter"]) {
    const r = cleanText(`${line}\n\n${BODY}`);
    assert.equal(r.text, BODY, line);
    assert.equal(r.byline, null, line);
  }
  assert.equal(cleanText(`By Ana Pereira, DBC\n\n${BODY}\n\nBy Tom Hale`).byline, "Ana Pereira");
});

test("dateline outlet is stripped from the paragraph start", () => {
  const r = cleanText(`(DBC) — ${BODY}`);
  assert.equal(r.text, BODY);
  assert.equal(r.outlet, "DBC");
  assert.deepEqual(r.removed, ["(DBC) —"]);
});

test("dateline keeps its place and date", () => {
  const r = cleanText(`KHARTOUM, June 3 (Plains Wire) - ${BODY}`);
  assert.equal(r.text, `KHARTOUM, June 3 — ${BODY}`);
  assert.equal(r.outlet, "Plains Wire");
});

test("wire tag names the outlet", () => {
  assert.equal(cleanText(`${BODY}\n\nThe-Plains-Herald-Wire`).outlet, "Plains Herald");
});

test("appeared-first domain names the outlet", () => {
  assert.equal(cleanText(`${BODY}\n\nThis post appeared first on dbc.example`).outlet, "DBC");
  assert.equal(cleanText(`${BODY}\n\nThis post appeared first on www.plainsherald.co.uk`).outlet, "Plainsherald");
});

test("byline beats the copyright holder for the outlet", () => {
  const r = cleanText(`${BODY}\n\n© 2024 Delta Broadcasting Corp.\n\nBy Ana Pereira, DBC`);
  assert.equal(r.outlet, "DBC");
  assert.equal(cleanText(`${BODY}\n\n© 2024 Delta Broadcasting Corp.`).outlet, "Delta Broadcasting Corp");
});

test("caption keeps its sentence and loses the credit", () => {
  const caption = "Displaced families shelter in a school in the eastern district on March 2, 2024.";
  for (const credit of ["Lina Haddad/AFP", "lina haddad/afp", "(AP Photo/Lina Haddad)", "Photo: Reuters", "Lina Haddad/Anadolu via Getty Images"]) {
    const r = cleanText(`${caption} ${credit}`);
    assert.equal(r.text, caption, credit);
    assert.deepEqual(r.removed, [credit]);
  }
});

test("whitespace: CRLF, NBSP, tabs, runs of spaces and blank lines", () => {
  const r = cleanText("  First\u00A0 line\t here. \r\n\r\n\r\n\r\n  Second\u200B line.  \r\n");
  assert.equal(r.text, "First line here.\n\nSecond line.");
});

test("single line breaks between paragraphs stay single", () => {
  assert.equal(cleanText("One.\nTwo.\nThree.").text, "One.\nTwo.\nThree.");
});

test("empty and boilerplate-only input give empty text", () => {
  assert.deepEqual(cleanText(""), { text: "", outlet: null, byline: null, removed: [] });
  assert.equal(cleanText("Also Read\n\n)\n").text, "");
});
