import type { Event } from "../types.js";
import { datesAgree } from "./dates.js";
import type { GoldEvent } from "./gold.js";
import { foldText, type QuoteLocator } from "./locate.js";
import { greedyMatch } from "./match.js";
import { count, matchSection, rate } from "./rates.js";
import type { EvalReport, Finding, Tally } from "./report.js";

/** Event scores of one document, summed over documents by `summarizeEvents`. */
export interface EventScore {
  gold: number;
  predicted: number;
  matched: number;
  strict: number;
  modality: Tally;
  actors: Tally;
  findings: Finding[];
}

function isAlias(actor: string, aliases: string[]): boolean {
  const a = foldText(actor);
  return aliases.some((alias) => foldText(alias) === a);
}

/**
 * Actors rule (SPEC §3 leaves it open): correct when at least one actor is
 * predicted and every predicted actor is one of the gold aliases. An extra,
 * wrong actor is an error, a missing second party is not, because gold lists
 * aliases of the doers rather than a closed set. Gold with no actors expects none.
 *
 * @example
 * actorsCorrect(["Russia", "Moscow"], ["Russia"]) // → true
 * actorsCorrect(["Russia"], ["Russia", "Ukraine"]) // → false
 */
export function actorsCorrect(gold: string[], predicted: string[]): boolean {
  if (gold.length === 0) return predicted.length === 0;
  return predicted.length > 0 && predicted.every((a) => isAlias(a, gold));
}

function describe(e: { type: string; date: string | null }, words: string): string {
  return `${e.type} ${e.date ?? "(no date)"} — "${words}"`;
}

/**
 * Scores one document's events. Hypothetical predictions are dropped first;
 * a pair matches when types are equal, dates agree, and the predicted span
 * overlaps the gold quote's sentence or, failing that, a predicted actor is a gold alias.
 *
 * @example
 * scoreEvents(gold.events, record.events, new QuoteLocator(record.text)).matched // → 5
 */
export function scoreEvents(gold: GoldEvent[], predictedAll: Event[], locator: QuoteLocator): EventScore {
  const predicted = predictedAll.filter((e) => e.modality !== "hypothetical");
  const modality: Tally = { correct: 0, total: 0 };
  const actors: Tally = { correct: 0, total: 0 };
  const findings: Finding[] = [];
  const pairs = greedyMatch(gold, predicted, (g) => locator.sentencesOf(g.quote),
    (g, p, inSentence) => g.type === p.type && datesAgree(g.date, p.date)
      && (inSentence || p.actors.some((a) => isAlias(a, g.actors))));
  let strict = 0;
  pairs.forEach((pi, gi) => {
    const g = gold[gi];
    if (locator.find(g.quote).length === 0) {
      findings.push({ kind: "unlocated_quote", area: "events", message: `quote not in text: "${g.quote}"` });
    }
    if (pi === null) {
      findings.push({ kind: "miss", area: "events", message: `${describe(g, g.quote)} (${g.modality})` });
      return;
    }
    const p = predicted[pi];
    const modalityRight = g.modality === p.modality;
    const actorsRight = actorsCorrect(g.actors, p.actors);
    count(modality, modalityRight);
    count(actors, actorsRight);
    if (!modalityRight) findings.push({ kind: "attribute", area: "events", message: `${describe(g, g.quote)}: modality gold ${g.modality}, predicted ${p.modality}` });
    if (!actorsRight) findings.push({ kind: "attribute", area: "events", message: `${describe(g, g.quote)}: actors predicted ${JSON.stringify(p.actors)}` });
    if (modalityRight && actorsRight) strict++;
  });
  const used = new Set(pairs);
  predicted.forEach((p, i) => {
    if (!used.has(i)) findings.push({ kind: "false_positive", area: "events", message: `${describe(p, locator.text.slice(p.span[0], p.span[1]))} (${p.modality})` });
  });
  const matched = pairs.filter((p) => p !== null).length;
  return { gold: gold.length, predicted: predicted.length, matched, strict, modality, actors, findings };
}

/** Adds up per-document event scores into the report section. */
export function summarizeEvents(scores: EventScore[]): EvalReport["events"] {
  const total = (k: "gold" | "predicted" | "matched" | "strict") => scores.reduce((n, s) => n + s[k], 0);
  const tally = (k: "modality" | "actors") => {
    const correct = scores.reduce((n, s) => n + s[k].correct, 0);
    return rate(correct, scores.reduce((n, s) => n + s[k].total, 0));
  };
  return {
    ...matchSection(total("gold"), total("predicted"), total("matched"), total("strict")),
    attributes: { modality: tally("modality"), actors: tally("actors") },
  };
}
