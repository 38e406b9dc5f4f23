/**
 * Names and ids of agreements: a ceasefire by its start month and the noun
 * its reports use most ("November 2023 truce"); a proposal by the person who
 * put it forward when a report names one, else by its proposer's demonym
 * ("Witkoff proposal", "Israeli proposal, February 2025").
 */
import { actorInfo, findActors } from "../../lexicon/actors.js";
import ACTORS from "../../lexicon/actors.json" with { type: "json" };
import type { Draft } from "./agreement.js";
import { monthName } from "./dates.js";
import { AGREEMENT_NOUN, AGREEMENT_NOUNS } from "./vocabulary.js";

const DEMONYM = new Map<string, string>();
for (const a of ACTORS.actors as Array<{ canonical: string; demonyms?: string[] }>) {
  if (a.demonyms?.[0]) DEMONYM.set(a.canonical, a.demonyms[0]);
}

/** The agreement noun the draft's reports use most, ties going to the more specific. */
function noun(draft: Draft): string {
  const counts = new Map<string, number>();
  for (const sentence of new Set(draft.events.map((e) => e.sentence))) {
    for (const m of sentence.matchAll(AGREEMENT_NOUN)) {
      const word = m[0].toLowerCase();
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const rank = (w: string) => AGREEMENT_NOUNS.indexOf(w);
  return [...counts].sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]))[0]?.[0] ?? "ceasefire";
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

function endDate(draft: Draft): string | null {
  return draft.statuses.find((s) => s.status === "expired" || s.status === "collapsed")?.date ?? null;
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
 * A stable id from kind, proposer and date: "ceasefire-2023-11-24", "proposal-united-states-2025-03".
 *
 * @example
 * agreementId(novemberTruceDraft) // → "ceasefire-2023-11-24"
 */
export function agreementId(draft: Draft): string {
  const undated = draft.kind === "ceasefire" ? `ended-${endDate(draft) ?? "undated"}` : `undated-${draft.events[0]?.doc ?? ""}`;
  const parts = [draft.kind, draft.proposer, draft.date ?? undated];
  return parts.filter((p): p is string => p !== null).join("-").toLowerCase().replace(/[^a-z0-9-]+/g, "-");
}
