/**
 * Decides whether an event is asserted, negated, planned or hypothetical from
 * the cue words before its trigger (lexicon/event-triggers.json "modality").
 */
import lexicon from "../../lexicon/event-triggers.json" with { type: "json" };
import type { Modality } from "../../types.js";
import { nearEnd, nearStart, strongStart } from "./clauses.js";
import type { Trigger } from "./triggers.js";

// Case-sensitive on purpose: "may" is a modal, "May" a month.
const cue = (list: string[]) => new RegExp(`(?<![A-Za-z])(?:${list.join("|")})(?![A-Za-z])`);

const M = lexicon.modality;
const CONDITIONAL = cue(M.conditional);
const CONDITIONAL_AFTER = new RegExp(`^[^,;:—–.]*?\\b(?:${M.conditionalAfter.join("|")})\\b`);
const NEGATED = cue(M.negated);
const DENIAL = cue(M.denial);
/** "Kyiv denied it, saying the station had been shelled by Russian troops": the clause after the participle is the denier's own claim. */
const COUNTER_CLAIM = /,\s*(?:saying|insisting|adding|arguing|claiming|countering)\b/;
const PLANNED = cue(M.planned);
const PLANNED_IN_TRIGGER = cue(M.plannedInTrigger);
const ASPIRATION = cue(M.aspiration);
const PRESENT = cue(M.present);
const HABITUAL = cue(M.habitual);
/** Cues that bind across a clause boundary because they sit right before the trigger ("a warning before a strike"). */
const PLANNED_RIGHT = new RegExp(`(?:${M.plannedRight.join("|")})$`);
const SCHEDULED = /\b(?:due|set|expected|scheduled|poised|about|going) to\b/;
/** A named event whose own clause schedules it: "negotiations on the second phase are due to begin". */
const PLANNED_AFTER = new RegExp(`^[^,;:—–.]{0,80}?\\b(?:${M.plannedAfter.join("|")})\\b`);
/** "as long as Israel halted its strikes", "only after a withdrawal": clause boundaries at "as" and "after" must not hide the condition. */
const CONDITION_BEFORE = /\b(?:as long as|only (?:after|if|when|once)|provided (?:that )?|on condition that)\b[^,;:.]*$/i;
const OPENS_CONDITION = /^\W*(?:if|unless)\b/i;
/** "which was reached": a relative clause; "accepted that offer", where one noun ends the trigger, is a demonstrative. */
const RELATIVE_IN_TRIGGER = /,?\s(?:which|that)\s(?![\w’'-]+$)/i;
const THE_MORE = /\bthe more\b/gi;

/** Lower-cases a sentence-initial word so that "If" and "Will" meet their cues. */
function window(sentence: string, from: number, to: number): string {
  const w = sentence.slice(from, to);
  return from === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w;
}

/**
 * "The more X, the more Y": Y is conditional on X, X itself is presupposed.
 * Returns "conditional" for a trigger in Y, the start of X for one in X, else -1.
 */
function comparative(sentence: string, pos: number): number | "conditional" {
  THE_MORE.lastIndex = 0;
  const starts: number[] = [];
  for (let m = THE_MORE.exec(sentence); m; m = THE_MORE.exec(sentence)) starts.push(m.index + m[0].length);
  if (starts.length < 2 || pos < starts[0]) return -1;
  return pos > starts[1] ? "conditional" : starts[0];
}

function lastWords(text: string, n: number): string {
  // Seven words fit in the last 120 characters; splitting a whole clause was a hot spot.
  return text.slice(-120).trimEnd().split(/\s+/).slice(-n).join(" ");
}

/**
 * Modality of the event a trigger names.
 *
 * @example
 * modalityOf("Russia does not want to withdraw its troops.", { type: "withdrawal", family: "verb", needsActor: false, start: 24, end: 32 })
 * // → "negated"
 */
export function modalityOf(sentence: string, t: Trigger): Modality {
  if (OPENS_CONDITION.test(sentence)) return "hypothetical";
  const comp = comparative(sentence, t.start);
  if (comp === "conditional") return "hypothetical";
  const near = window(sentence, Math.max(nearStart(sentence, t.start), comp), t.start);
  const own = sentence.slice(t.start, t.end);
  if (t.family === "state") return stateModality(own, lastWords(sentence.slice(Math.max(0, t.start - 40), t.start), 4));
  // "enforcing the agreement, which was reached last Tuesday": the relative clause tells its own act, whatever governs the noun.
  if (RELATIVE_IN_TRIGGER.test(own)) return stateModality(own, "");
  const full = afterCoordination(window(sentence, Math.max(strongStart(sentence, t.start), comp), t.end));
  const wide = full.slice(0, full.length - own.length);
  if (CONDITIONAL.test(wide) || CONDITIONAL_AFTER.test(sentence.slice(t.end)) || CONDITION_BEFORE.test(sentence.slice(Math.max(0, t.start - 80), t.start))) return "hypothetical";
  if (NEGATED.test(lastWords(near, 7))) return "negated";
  const denial = deniedIn(wide);
  // "no indication that Israel was going to breach the truce": denying an intention leaves the act unasked.
  if (denial >= 0) return PLANNED.test(wide.slice(denial)) ? "hypothetical" : "negated";
  // A proposal named as a thing exists whatever it plans: "the plan would free hostages".
  if (t.type === "proposal" && t.family === "noun") return "asserted";
  if (ASPIRATION.test(wide)) return "hypothetical";
  if (t.family === "noun" && PLANNED_AFTER.test(sentence.slice(t.end))) return "planned";
  if (PLANNED.test(wide) || PLANNED_IN_TRIGGER.test(own) || PLANNED_RIGHT.test(sentence.slice(Math.max(0, t.start - 70), t.start))) return "planned";
  return "asserted";
}

/** Where the denial cue governing the trigger starts, or -1. */
function deniedIn(wide: string): number {
  const m = DENIAL.exec(wide);
  return m !== null && !COUNTER_CLAIM.test(wide.slice(m.index)) ? m.index : -1;
}

/**
 * True when a denial governs the trigger ("denied that the rebels had hit the ship"): the denied act keeps the time of the act it denies.
 *
 * @example
 * isDenied("The army denied it had shelled the town.", { type: "attack", family: "verb", needsActor: false, start: 24, end: 31 }) // → true
 */
export function isDenied(sentence: string, t: Trigger): boolean {
  return deniedIn(window(sentence, strongStart(sentence, t.start), t.start)) >= 0;
}

/**
 * A ceasefire "that was in effect", "to allow hostages to be released broke
 * down": only the words of the state change and the few words before it
 * ("if the truce collapses") carry its modality.
 */
function stateModality(trigger: string, before: string): Modality {
  const verb = lastWords(trigger, 4);
  // "is due to come into force": a schedule phrase may sit one word further back than four.
  if (SCHEDULED.test(lastWords(trigger, 6))) return CONDITIONAL.test(before) ? "hypothetical" : "planned";
  if (CONDITIONAL.test(verb) || CONDITIONAL.test(before)) return "hypothetical";
  if (NEGATED.test(verb) || NEGATED.test(before)) return "negated";
  return PLANNED.test(verb) ? "planned" : "asserted";
}

/** "… its obligation to release them and launched rockets": a coordinated past verb is a new assertion. */
function afterCoordination(text: string): string {
  const cut = text.search(/\band (?=\w+ed\b)(?![\s\S]*\band \w+ed\b)/);
  return cut >= 0 ? text.slice(cut) : text;
}

/**
 * True when the trigger's clause describes a state that holds now
 * ("negotiations are still ongoing", "as Israel escalates a new offensive").
 *
 * @example
 * isPresentState("Talks are still ongoing in Doha.", { type: "talks", family: "noun", needsActor: false, start: 0, end: 5 })
 * // → true
 */
export function isPresentState(sentence: string, t: Trigger): boolean {
  const start = nearStart(sentence, t.start);
  // "Qatar, which is mediating talks": a relative clause describes a role, not today's news.
  if (/\b(?:which|who)\s*$/i.test(sentence.slice(Math.max(0, start - 6), start))) return false;
  return PRESENT.test(sentence.slice(start, nearEnd(sentence, t.end)));
}

/**
 * True when the clause tells of a repeated act ("repeatedly told residents to
 * leave"): it is not one dated occurrence.
 *
 * @example
 * isHabitual("Russia repeatedly shelled the town.", { type: "attack", family: "verb", needsActor: false, start: 18, end: 25 })
 * // → true
 */
export function isHabitual(sentence: string, t: Trigger): boolean {
  return HABITUAL.test(sentence.slice(nearStart(sentence, t.start), nearEnd(sentence, t.end)));
}
