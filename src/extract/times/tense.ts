/**
 * Tense of the clause around a time expression, from the nearest verb
 * marker. Relative expressions need it: "collapsed on Tuesday" is the Tuesday
 * before the DCT, "will resume on Sunday" the Sunday after.
 */

export type Tense = "past" | "future" | "neutral";

// The participle of "will be held", "due to be signed", "could have fled" belongs to its auxiliary.
const VERB_GROUP = String.raw`(?:(?: be| have been| have)(?: [a-z]+)?| [a-z]+ed)?`;
// Future markers are matched first so that "is expected to" is not read as a past "expected";
// "will be named" and "due to be signed" are one future verb group, not a future word and a nearer past "named".
const FUTURE = String.raw`(?:is|are) to(?= [a-z]+\b)|(?:is|are|was|were|be|been) (?:expected|due|scheduled|slated|set|planned)(?: to${VERB_GROUP})?|(?:will|would(?! have)|shall)(?: not)?${VERB_GROUP}|won['’]t|['’]ll|going to|(?:set|due|expected|expects?|hopes?|scheduled|slated|poised|planned|planning|plans?|intends?|aims?|vowed|pledged|promised) to${VERB_GROUP}|upcoming`;
// Modal and present verb groups ("can be exercised", "is calling") say nothing about past or future,
// but a participle inside them must not count as a past verb.
const NEUTRAL = String.raw`(?:can|could|may|might|must|should)(?: not)?${VERB_GROUP}|(?:is|are) [a-z]+(?:ing|ed)`;
// "had been due to expire Friday": a plan as it stood before, so its day is past.
const PAST_PLAN = String.raw`had been (?:expected|due|scheduled|slated|set|planned)(?: to${VERB_GROUP})?`;
const PAST_IRREGULAR = String.raw`was|were|had|did|said|told|began|begun|came|went|took|gave|made|met|held|left|broke|fell|fought|struck|shot|sent|spoke|saw|led|found|brought|ran|won|lost|rose|became|stood|wrote|drew|flew|fled|threw|hit|seized|sought|thought|kept|paid|heard|felt|got|bought|sold|built|caught|chose|drove|grew|knew|laid|meant|spent|stole|taught|tore|understood|woke|withdrew|overran|blew|bore|fed|hung|lay|lit|shook|slid|spun|swept|swore|wept|wound|ago`;
// Lower case only: "United" or "Ahmed" are names, not verbs. Two letters before "ed" keep out "red";
// "need", "speed", "indeed" and the like are not past forms; after an article or possessive the
// participle is an adjective ("the reduced dividend"), and so is one negated by "un-" ("an unspecified date").
const MARKER = new RegExp(
  String.raw`\b(?:(${FUTURE})|(${NEUTRAL})|(${PAST_PLAN}|${PAST_IRREGULAR})|(?<!\b(?:the|a|an|its|their|his|her|our|this|that) )(?!(?:need|speed|feed|indeed|seed|proceed|exceed|succeed|preferred|limited)\b|un[a-z]{3,}ed\b)([a-z]{2,}ed))\b`,
  "g",
);
// Prepositions that make an expression a span's end point, and terms a date is set for ("payable",
// "extended to"), whose time the verb's tense does not fix.
const SPAN_END = /\b(?:through|until|till|untill|into|by|payable|effective|of\s+record|(?:extended|postponed|delayed|deferred|moved)\s+(?:to|until))\s+(?:on\s+)?(?:the\s+)?(?:(?:early|mid|late|end of|middle of)\s+)?$/i;
// Clause boundaries: a marker beyond one belongs to another clause.
const CLAUSE_BREAK = /[;:—–]|,\s+(?:but|while|and|as|after|before|when|although)\b|\bbut\b/g;

const WINDOW_BEFORE = 70;
// The longest verb group a marker spans ("is expected to have been …"), read in full across the window's edge.
const VERB_GROUP_REACH = 40;
const WINDOW_AFTER = 45;

// "gave the council until Friday to step down": a deadline to act, unless it is told as past ("had until").
const DEADLINE_AFTER = /^,?\s+to\s+[a-z]+/;
const HAD_UNTIL = /\bhad\s+(?:\S+\s+){0,4}?(?:until|till|by)\s+(?:on\s+)?$/i;

/**
 * Tense of the clause holding [start, end) in `sentence` (offsets relative to the sentence).
 * `weekday` is set for a weekday name, which a verb far back in its clause still dates (a month in reported
 * speech is often the plan's, not the telling's: "told companies of a cutback in September").
 * An expression that ends a span ("until Friday", "by Monday") is neutral, unless a weekday and its
 * clause looks ahead or it is a deadline to act.
 *
 * @example
 * clauseTense("Talks will resume on Sunday.", 18, 27) // → "future"
 * clauseTense("The truce collapsed on Tuesday.", 20, 30) // → "past"
 * clauseTense("Fighters are to withdraw by Monday.", 28, 34, true) // → "future"
 */
export function clauseTense(sentence: string, start: number, end: number, weekday = false): Tense {
  const before = sentence.slice(Math.max(0, start - WINDOW_BEFORE), start);
  if (!SPAN_END.test(before)) return asTense(verbTense(sentence, start, end, weekday));
  const verb = verbTense(sentence, start, end, weekday);
  // "will double its flights by August": a plain future looks ahead to the span's end too; "would remain
  // in force until February 18" may be a future in the past, which only a weekday risks (a week, not a year).
  if (verb === "future") return "future";
  if (!weekday) return "neutral";
  if (DEADLINE_AFTER.test(sentence.slice(end, end + 30)) && !HAD_UNTIL.test(before)) return "future";
  return verb === "would" ? "future" : "neutral";
}

/** A future seen from the past ("said it would"), told apart from a plain future where that matters. */
type Marked = Tense | "would";

const asTense = (m: Marked): Tense => (m === "would" ? "future" : m);

function verbTense(sentence: string, start: number, end: number, farBack: boolean): Marked {
  const near = markedTense(sentence, start, end, WINDOW_BEFORE);
  // "The strike killed five members of one family, including three children, in … on Sunday": with no verb
  // near, the clause's own verb, however far back, still tells the tense.
  return near ?? (farBack ? markedTense(sentence, start, end, start) : null) ?? "neutral";
}

/** Tense of the nearest marker in the clause within `before` characters, or null when there is none. */
function markedTense(sentence: string, start: number, end: number, before: number): Marked | null {
  // Markers are read from a verb group's length before the window and kept when they end inside it:
  // a window that began inside "will be named" would read "named" as a past verb.
  const reach = Math.max(0, start - before);
  let lo = Math.max(0, reach - VERB_GROUP_REACH);
  let hi = Math.min(sentence.length, end + WINDOW_AFTER);
  CLAUSE_BREAK.lastIndex = lo;
  for (let m = CLAUSE_BREAK.exec(sentence); m && m.index < hi; m = CLAUSE_BREAK.exec(sentence)) {
    if (m.index + m[0].length <= start) lo = m.index + m[0].length;
    else if (m.index >= end) { hi = m.index; break; }
  }
  let best: Marked | null = null;
  let bestDistance = Infinity;
  MARKER.lastIndex = lo;
  for (let m = MARKER.exec(sentence); m && m.index < hi; m = MARKER.exec(sentence)) {
    const mEnd = m.index + m[0].length;
    if ((m.index >= start && mEnd <= end) || mEnd <= reach) continue;
    // Verbs before the expression govern it more often than verbs after, so those after count double.
    const distance = mEnd <= start ? start - mEnd : 2 * (m.index - end);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = m[1] ? (/^would\b/.test(m[1]) ? "would" : "future") : m[2] ? "neutral" : "past";
    }
  }
  return best;
}
