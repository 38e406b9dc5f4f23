/**
 * Finds the day a war or a truce began, from sentences like "the truce,
 * which came into effect on November 24" or "the conflict began when … on
 * October 7": a start phrase, a period noun just before it (or inside it,
 * "went to war", or implied by the verb, "invaded"), and the first stated
 * day after it, or month with its year ("erupted in April 2023").
 */
import type { TimeMention } from "../../extract/times/mention.js";
import { PERIOD_NOUN_ALT, START_PHRASE_ALT, periodFamily, startPhraseFamily, startVerbFamily } from "../../extract/times/words.js";
import type { AnalyzedText } from "../../text/analyzed-text.js";

const START = new RegExp(String.raw`\b(?:${START_PHRASE_ALT})\b`, "g");
const NOUN_BEFORE = new RegExp(String.raw`\b(${PERIOD_NOUN_ALT})\b(?!.*\b(?:${PERIOD_NOUN_ALT})\b)`, "i");
const NOUN_INSIDE = new RegExp(String.raw`\b(${PERIOD_NOUN_ALT})\b`, "i");
const NOUN_REACH = 60;
const DAY_REACH = 110;

/**
 * The first stated start day of each period family ("war", "truce") in the document.
 *
 * @example
 * periodAnchors(doc, recognizeTimes(doc)).get("truce") // the mention "November 24"
 */
export function periodAnchors(doc: AnalyzedText, mentions: TimeMention[]): Map<string, TimeMention> {
  const anchors = new Map<string, TimeMention>();
  const text = doc.text;
  // Only mentions the caller handed over can be anchors, so the scan stops past the last of them.
  const limit = mentions.length ? mentions[mentions.length - 1].end : 0;
  START.lastIndex = 0;
  for (let m = START.exec(text); m && m.index < limit; m = START.exec(text)) {
    const sentence = doc.sentenceAt(m.index);
    const inside = NOUN_INSIDE.exec(m[0]);
    const before = NOUN_BEFORE.exec(text.slice(Math.max(sentence.start, m.index - NOUN_REACH), m.index));
    const family = startVerbFamily(m[0]) ?? periodFamily((inside ?? before)?.[1] ?? "");
    const only = startPhraseFamily(m[0]);
    if (family === null || anchors.has(family) || (only !== null && family !== only)) continue;
    const phraseEnd = m.index + m[0].length;
    // "The war erupted in April 2023": a month with its year anchors too, less precisely than a day.
    const day = mentions.find(
      (t) => (t.value.type === "day" || (t.value.type === "month" && t.value.year !== null))
        && t.start >= phraseEnd && t.start <= phraseEnd + DAY_REACH && t.end <= sentence.end,
    );
    if (day) anchors.set(family, day);
  }
  return anchors;
}
