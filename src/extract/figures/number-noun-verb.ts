/**
 * Rule "figures/number-noun-verb": the trigger follows the counted noun
 * ("32 people were killed", "137 people are still being held hostage in Gaza",
 * "86 Israelis and another 24 foreigners were released",
 * "14,800 people, including 6,000 children, have been killed").
 */
import type { Candidate, MeasureHit } from "./candidate.js";
import { firstAccepted, NO_CAPTIVES, type CaptiveTalk } from "./accepts.js";
import { AUXILIARIES, DEMONYMS, HOMECOMING_AFTER, IRREALIS, POST_TRIGGERS, RELATIVE_SUBJECTS, RETURN_VERBS, SUBJECTS } from "./lexicon.js";
import { isIrrealis } from "./irrealis.js";
import { phraseAt, wordsAfter, wordsBefore } from "./words.js";

const TOKEN = /\s*(?:(\d(?:[\d,.]*\d)?)|([A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]*)|(\S))/y;
// An aside set off by commas does not end the clause: "14,800 people, including 6,000 children, have…",
// "1,200 people, mostly civilians, were killed".
const ASIDE = /,(?:[^,;.()]|(?<=\d)[,.](?=\d)){1,100},/y;
// "1.9 million people - about 90% of them - have been displaced".
const DASH_ASIDE = /\s+[—–-]\s+[^—–;()]{1,80}?\s[—–-](?=\s)/y;
const CASUALTIES = /^\s+(?:or|and)\s+(?:wounded|injured|killed)\b/i;
const PASSIVE = new Set(["been", "being", "be", "were", "was", "are", "is"]);
const RELATIVE_PRONOUNS = new Set(["who", "that", "which"]);
const PREPOSITIONS = new Set(["in", "across", "at", "near", "from", "inside", "on", "around", "outside"]);
const COORDINATORS = new Set(["and", "another", "a", "further", "additional"]);
// Words that start an object: "killed 30", "killed the", "took hostages".
const OBJECT_START = /^(?:\d|the\b|an?\b|his\b|her\b|their\b|its\b|several\b|dozens\b|hundreds\b|thousands\b|scores\b|many\b|at\b|more\b|nearly\b|about\b|some\b|over\b|up\b)/i;

function startsObject(text: string, pos: number): boolean {
  const rest = text.slice(pos, pos + 30).trimStart();
  if (OBJECT_START.test(rest)) return true;
  const w = wordsAfter(text, pos, 2);
  return w.length > 0 && (phraseAt(w, 0, SUBJECTS) !== null || DEMONYMS.get(w[0].lower)?.plural === true);
}

// The count opens its clause: nothing before it but an opening phrase set off by a comma, and a determiner.
// "Officials said that about 1,100 residents of … had been evacuated": a reported clause opens after its "that".
const CLAUSE_OPENING = /(?:^(?:[^,;:]{0,60},\s*)?|\b(?:said|says|say|told|reported|estimated|added)\s+that\s+)(?:the\s+|another\s+|a further\s+)?$/i;
// The first finite auxiliary after the subject: "were", "have been" …
const FIRST_AUXILIARY = /\b(?:(?:has|have|had)\s+been|were|was|are|is)\s+(?:[a-z]+ly\s+)?/i;
// What may not stand between a subject and its verb: another count, a clause of its own, a speech verb.
const NOT_SUBJECT_TAIL = /\d|[;:()"“”]|\b(?:who|which|that|whom|whose|said|says|told|reported|according|would|could|will|may|might|should|must|can)\b/i;

/**
 * "Thirteen peacekeepers from South Africa, Malawi and Uruguay serving with the UN were killed": a counted
 * noun that opens its clause is the subject of the first passive that follows, however long its modifiers.
 */
function distantPassive(text: string, c: Candidate, captive: CaptiveTalk): MeasureHit | null {
  if (c.np.kind !== "noun" || c.np.partitive || !CLAUSE_OPENING.test(text.slice(0, c.qualifierStart))) return null;
  const rest = text.slice(c.np.end, c.np.end + 160);
  const aux = FIRST_AUXILIARY.exec(rest);
  if (!aux || NOT_SUBJECT_TAIL.test(rest.slice(0, aux.index))) return null;
  const at = c.np.end + aux.index + aux[0].length;
  const words = wordsAfter(text, at, 4);
  const hit = words.length > 0 ? phraseAt(words, 0, POST_TRIGGERS) : null;
  const trigger = hit ? firstAccepted(hit.value, c.np, captive) : null;
  if (!hit || !trigger) return null;
  const end = words[hit.length - 1].end;
  // "were killed or wounded" counts casualties, which no measure names.
  if (CASUALTIES.test(text.slice(end, end + 20))) return null;
  return { measure: trigger.measure, rule: "figures/number-noun-verb", trigger: [words[0].start, end] };
}

const RETURN_VERBS_BY_PHRASE = new Map([...RETURN_VERBS].map((v) => [v, true] as [string, boolean]));
const PERFECT_AUX = /^\s+(?:had|has|have)(?=\s)/y;

/** "the 103 soldiers it (had) received": the side that speaks got its own people back in a swap. */
function returnedBy(text: string, pos: number, captive: CaptiveTalk): MeasureHit | null {
  PERFECT_AUX.lastIndex = pos;
  const from = PERFECT_AUX.test(text) ? PERFECT_AUX.lastIndex : pos;
  const words = wordsAfter(text, from, 2);
  const hit = words.length > 0 ? phraseAt(words, 0, RETURN_VERBS_BY_PHRASE, 2) : null;
  if (!hit || !captive()) return null;
  return { measure: "released", rule: "figures/number-noun-verb", trigger: [words[0].start, words[hit.length - 1].end] };
}

/**
 * Finds a measure trigger after the candidate's noun phrase; `byStart` holds
 * the sentence's candidates by offset, so a coordinated count can be stepped over;
 * `captive`: the sentence or the one before talks of captives.
 *
 * @example
 * // sentence "At least 32 people were killed in Gaza", candidate at "32"
 * postTrigger(sentence, candidate, new Map())?.measure // → "killed"
 */
export function postTrigger(text: string, c: Candidate, byStart: Map<number, Candidate>, captive: CaptiveTalk = NO_CAPTIVES): MeasureHit | null {
  // "until all 101 hostages are freed": the count sits in a plan or condition.
  if (isIrrealis(wordsBefore(text, c.qualifierStart, 3))) return null;
  return adjacentTrigger(text, c, byStart, captive) ?? distantPassive(text, c, captive);
}

function adjacentTrigger(text: string, c: Candidate, byStart: Map<number, Candidate>, captive: CaptiveTalk): MeasureHit | null {
  let pos = c.np.end;
  let passive = false;
  let inPlace = false;
  let prev = "";
  // No word between the noun and the trigger: "prisoners held by the rebels" may be a mere description.
  let adjacent = true;
  let relative = false;
  for (let steps = 0; steps < 14; steps++) {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    if (!m) return null;
    const tokenStart = TOKEN.lastIndex - (m[1] ?? m[2] ?? m[3]).length;
    if (m[3]) {
      const aside = m[3] === "," ? ASIDE : DASH_ASIDE;
      aside.lastIndex = pos;
      if (!/^[,—–-]$/.test(m[3]) || !aside.test(text)) return null;
      pos = aside.lastIndex;
      adjacent = false;
      continue;
    }
    // A count in words ("and six children") is a coordinated count like one in digits.
    const coordinated = COORDINATORS.has(prev) ? byStart.get(tokenStart) : undefined;
    if (m[1] || coordinated) {
      const next = coordinated;
      if (!next) return null;
      pos = next.np.end;
      prev = "";
      adjacent = true;
      continue;
    }
    const words = wordsAfter(text, tokenStart, 4);
    if (words.length === 0) return null;
    const lower = words[0].lower;
    const hit = phraseAt(words, 0, POST_TRIGGERS);
    const trigger = hit ? firstAccepted(hit.value.filter((t) => passive || !t.passiveOnly), c.np, captive) : null;
    if (hit && trigger) {
      const end = words[hit.length - 1].end;
      // "5,000 gunmen have killed 1,200": the count is the agent, not the victims.
      if (!trigger.intransitive && !passive && startsObject(text, end)) return null;
      // "killed or wounded" counts casualties, which no measure names.
      if (CASUALTIES.test(text.slice(end, end + 20))) return null;
      // "500,000 people who had been displaced have returned": the count is of returns.
      if (relative && trigger.measure === "displaced" && HOMECOMING_AFTER.test(text.slice(end, end + 100))) return null;
      return { measure: trigger.measure, rule: "figures/number-noun-verb", trigger: [tokenStart, end], reduced: adjacent };
    }
    if (adjacent && RELATIVE_SUBJECTS.has(lower)) return returnedBy(text, words[0].end, captive);
    if (phraseAt(words, 0, IRREALIS, 2)) return null;
    if (PASSIVE.has(lower)) passive = true;
    if (RELATIVE_PRONOUNS.has(lower)) relative = true;
    if (PREPOSITIONS.has(lower)) inPlace = true;
    else if (!(inPlace && (lower === "the" || /[A-Z]/.test(text[tokenStart])))
      && !AUXILIARIES.has(lower) && !COORDINATORS.has(lower)) return null;
    prev = lower;
    adjacent = false;
    pos = words[0].end;
  }
  return null;
}
