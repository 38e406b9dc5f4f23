/**
 * Names and ids of agreements: a ceasefire or deal by its month and the noun
 * its reports use most for its kind ("November 2023 truce", "March 2031
 * prisoner swap deal", "May 2031 declaration"); a proposal by the person who
 * put it forward when a report names one, else by its proposer's demonym
 * ("Witkoff proposal", "Israeli proposal, February 2025"). A noun used as a
 * verb ("agreed to exchange") or dating the report by another agreement
 * ("before the truce") names nothing.
 */
import { actorInfo, findActors } from "../../lexicon/actors.js";
import ACTORS from "../../lexicon/actors.json" with { type: "json" };
import type { Draft } from "./agreement.js";
import { monthName } from "./dates.js";
import { isTimeAnchored, reportKind } from "./report-kind.js";
import { endDate } from "./statuses.js";
import { ACT_NOUNS, AFTER_VERB_MARKER, AGREEMENT_NOUN, AGREEMENT_NOUNS, QUALIFIER_BEFORE } from "./vocabulary.js";

const DEMONYM = new Map<string, string>();
for (const a of ACTORS.actors as Array<{ canonical: string; demonyms?: string[] }>) {
  if (a.demonyms?.[0]) DEMONYM.set(a.canonical, a.demonyms[0]);
}

interface Mention {
  noun: string;
  qualifier: string | null;
}

/** The agreement nouns a sentence names, each with the word before it that joins its name. */
function mentions(sentence: string): Mention[] {
  return [...sentence.matchAll(AGREEMENT_NOUN)].flatMap((m) => {
    const before = sentence.slice(0, m.index);
    if (AFTER_VERB_MARKER.test(before) || isTimeAnchored(sentence, m.index)) return [];
    return [{ noun: m[0].toLowerCase(), qualifier: QUALIFIER_BEFORE.exec(before)?.[1].toLowerCase() ?? null }];
  });
}

/** Whether a noun fits a draft's kind: a ceasefire is not named by a swap, nor a deal by a truce. */
function fits(noun: string, kind: Draft["kind"]): boolean {
  const told = reportKind(noun);
  return told === null || told === (kind === "deal" ? "deal" : "ceasefire");
}

function mostUsed<T>(items: readonly T[], rank: (x: T) => number): T | undefined {
  const counts = new Map<T, number>();
  for (const x of items) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]))[0]?.[0];
}

/** What the draft's reports call it, by the noun they use most for its kind, ties going to the more specific. */
function noun(draft: Draft): string {
  const said = [...new Set(draft.events.map((e) => e.sentence))].flatMap(mentions).filter((m) => fits(m.noun, draft.kind));
  const head = mostUsed(said.map((m) => m.noun), (w) => AGREEMENT_NOUNS.indexOf(w));
  if (head === undefined) return draft.kind === "deal" ? "agreement" : "ceasefire";
  const qualifier = mostUsed(said.flatMap((m) => (m.noun === head && m.qualifier !== null ? [m.qualifier] : [])), () => 0);
  return [qualifier, head, ACT_NOUNS.has(head) ? "deal" : null].filter((w) => w != null).join(" ");
}

/** A person affiliated with the proposer named in a proposal report ("Witkoff" for the United States). */
function proposerPerson(draft: Draft): string | null {
  for (const e of draft.events.filter((x) => x.type === "proposal")) {
    for (const m of findActors(e.sentence)) {
      const info = actorInfo(m.canonical);
      if (info?.kind === "person" && info.affiliation === draft.proposer) return m.canonical.split(/\s+/).at(-1) ?? null;
    }
  }
  return null;
}

/**
 * The display name of a draft.
 *
 * @example
 * agreementName(novemberTruceDraft) // → "November 2023 truce"
 */
export function agreementName(draft: Draft): string {
  const month = monthName(draft.date);
  if (draft.kind === "proposal") {
    const who = proposerPerson(draft) ?? (draft.proposer ? DEMONYM.get(draft.proposer) ?? draft.proposer : null);
    const base = who ? `${who} proposal` : "proposal";
    return month ? `${base}, ${month}` : base;
  }
  if (month) return `${month} ${noun(draft)}`;
  const ended = monthName(endDate(draft));
  return ended ? `${noun(draft)} ended ${ended}` : noun(draft);
}

/**
 * A stable id from kind, proposer and date: "ceasefire-2023-11-24", "deal-2031-03-20", "proposal-united-states-2025-03".
 *
 * @example
 * agreementId(novemberTruceDraft) // → "ceasefire-2023-11-24"
 */
export function agreementId(draft: Draft): string {
  const undated = draft.kind === "proposal" ? `undated-${draft.events[0]?.doc ?? ""}` : `ended-${endDate(draft) ?? "undated"}`;
  const parts = [draft.kind, draft.proposer, draft.date ?? undated];
  return parts.filter((p): p is string => p !== null).join("-").toLowerCase().replace(/[^a-z0-9-]+/g, "-");
}
