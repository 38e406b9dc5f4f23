/**
 * One event per real-world event per document: later restatements ("the
 * truce collapsed", "since the fighting resumed") fold into the event they
 * restate, which gains the restatement's date or doers when it lacked them
 * and points at its most informative mention (a body sentence with a stated
 * date and named doers rather than a headline).
 */
import { actorInfo } from "../../lexicon/actors.js";
import { placeRelation } from "../../lexicon/places.js";
import { endsWithStop } from "../../text/sentences.js";
import type { Event } from "../../types.js";

function speaksFor(actor: string, named: string[]): boolean {
  const side = actorInfo(actor)?.affiliation;
  return side !== undefined && side !== null && named.includes(side);
}

/** An event before merging, with what the merge needs to know about how it was filled in. */
export interface Candidate extends Event {
  /** The date is a stated time expression, not a null or an assumed DCT. */
  dateStated: boolean;
  /** The actors are the document's main parties, assumed for lack of a named doer. */
  actorsAssumed: boolean;
  /** A repeated act or a campaign ("repeatedly told residents to leave", "since October 7 … launched attacks"), not one dated occurrence. */
  habitual: boolean;
  /** Told as spread over several days ("1,000 came home over three days"): the whole, not one day's part. */
  multiDay: boolean;
  /** The year the clause speaks of, even an undated one ("since 2020, when …"). */
  era: string | null;
}

const RECENT = 7 * 86_400_000;

function datesFit(a: Candidate, b: Candidate): boolean {
  if (a.era && b.era && a.era !== b.era) return false;
  // A repeated act is not the one dated occurrence told elsewhere, even when its sentence carries that day.
  if ((a.habitual && b.dateStated) || (b.habitual && a.dateStated)) return false;
  if (a.date === b.date) return true;
  // The whole of a several-day exchange is not the part told for one day.
  if ((a.multiDay && b.dateStated && b.date?.length === 10) || (b.multiDay && a.dateStated && a.date?.length === 10)) return false;
  // "has rejected direct talks" and "did not attend Wednesday's summit": a refusal and a missed meeting, not one told twice.
  if (a.type === "talks" && a.modality === "negated" && b.modality === "negated" && a.sentence !== b.sentence && a.dateStated !== b.dateStated) return false;
  if (!a.date || !b.date) return true;
  // A month and a day inside it.
  if (a.date.length !== b.date.length) return a.date.startsWith(b.date) || b.date.startsWith(a.date);
  // An assumed publication day (a lead's undated news) stands for "in the last days", not for any time.
  return (!a.dateStated || !b.dateStated) && Math.abs(Date.parse(a.date) - Date.parse(b.date)) <= RECENT;
}

function actorsFit(a: Candidate, b: Candidate): boolean {
  // Talks are one process whoever is named; restatements name different sides of it.
  if (a.type === "talks" || a.actorsAssumed || b.actorsAssumed) return true;
  if (a.actors.length === 0 || b.actors.length === 0) return true;
  return a.actors.some((x) => b.actors.includes(x));
}

/** A plan and the act that carries it out are one event when told in one sentence ("announced an expansion …, including plans to seize …"). */
function modalitiesFit(a: Candidate, b: Candidate): boolean {
  if (a.modality === b.modality) return true;
  const pair = new Set([a.modality, b.modality]);
  // A next round of talks is another meeting, not the plan of the one just told.
  return pair.has("asserted") && pair.has("planned") && a.sentence === b.sentence && a.type !== "talks" && !a.actorsAssumed && !b.actorsAssumed;
}

/** Strikes on two different towns are two events, however alike their dates and doers. */
function placesFit(a: Candidate, b: Candidate): boolean {
  return a.type !== "attack" || placeRelation(a.place, b.place) !== "different";
}

function sameEvent(a: Candidate, b: Candidate): boolean {
  return a.type === b.type && a.stance === b.stance && modalitiesFit(a, b) && datesFit(a, b) && actorsFit(a, b) && placesFit(a, b);
}

function betterDate(a: Candidate, b: Candidate): Pick<Candidate, "date" | "date_text" | "dateStated"> {
  const rank = (c: Candidate) => (c.dateStated ? 2 + (c.date?.length ?? 0) : c.date ? 1 : 0);
  const best = rank(b) > rank(a) ? b : a;
  return { date: best.date, date_text: best.date_text, dateStated: best.dateStated };
}

/** How much a mention tells: a stated date, named doers, a body sentence rather than a headline. */
function informative(c: Candidate): number {
  return (c.dateStated ? 2 : 0) + (c.actorsAssumed || c.actors.length === 0 ? 0 : 1) + (endsWithStop(c.sentence) ? 1 : 0);
}

function fold(into: Candidate, c: Candidate): void {
  if (informative(c) > informative(into)) {
    into.span = c.span;
    into.sentence = c.sentence;
    into.rule = c.rule;
  }
  Object.assign(into, betterDate(into, c));
  into.multiDay ||= c.multiDay;
  into.era ??= c.era;
  if (c.modality === "asserted") into.modality = "asserted";
  if (into.actorsAssumed && !c.actorsAssumed && c.actors.length > 0) {
    into.actors = [...c.actors];
    into.actorsAssumed = false;
  } else if (!c.actorsAssumed) {
    // A spokesman quoted in a restatement adds nothing when his side is already named.
    for (const a of c.actors) if (!into.actors.includes(a) && !speaksFor(a, into.actors)) into.actors.push(a);
  }
  for (const t of c.targets) if (!into.targets.includes(t) && !into.actors.includes(t)) into.targets.push(t);
  into.place ??= c.place;
}

/**
 * Folds restatements into the first mention of each event, in text order. A
 * restatement goes to the latest compatible event: "those talks" refers back
 * to the talks last told of.
 *
 * @example
 * mergeRestatements([collapsedOnTuesday, sinceTheTruceCollapsed]).length // → 1
 */
export function mergeRestatements(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of candidates) {
    let into: Candidate | undefined;
    for (let i = kept.length - 1; i >= 0 && !into; i--) if (sameEvent(kept[i], c)) into = kept[i];
    if (into) fold(into, c);
    else kept.push({ ...c, actors: [...c.actors], targets: [...c.targets] });
  }
  return kept;
}
