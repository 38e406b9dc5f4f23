/**
 * Rule "figures/label-line": a key-figures line of a humanitarian update, a label
 * naming who and what, a colon, then the count ("People displaced in the region
 * (agency, January): over 590,000", "Civilians injured since 1 January: at least 240").
 */
import type { Subject } from "../../types.js";
import type { Candidate, MeasureHit } from "./candidate.js";
import { firstAccepted, type CaptiveTalk } from "./accepts.js";
import { POST_TRIGGERS } from "./lexicon.js";
import { readNounPhrase } from "./noun-phrase.js";
import { phraseAt, wordsAfter } from "./words.js";

// The label runs from the line start (after a bullet) to the colon just before the count.
const LABEL = /(?:^|\n)[^\S\n]*(?:[-•*][^\S\n]+)?([^:\n]{3,160}):[^\S\n]*$/;
// Nothing but a full stop may follow the count on its line.
const LINE_END = /^[^\S\n]*\.?[^\S\n]*(?:\n|$)/;

export interface LabelHit extends MeasureHit {
  subject: Subject | null;
  group: string | null;
}

/**
 * The measure a label line gives the count at its end, or null.
 *
 * @example
 * // "- Civilians injured since 1 January (partners): at least 240." → { measure: "injured", subject: "civilians", … }
 */
export function labelCount(text: string, c: Candidate, captive: CaptiveTalk): LabelHit | null {
  if (c.np.kind !== "bare" || !LINE_END.test(text.slice(c.np.end, c.np.end + 4))) return null;
  const label = LABEL.exec(text.slice(Math.max(0, c.qualifierStart - 170), c.qualifierStart));
  if (!label) return null;
  const labelStart = c.qualifierStart - label[0].length + label[0].indexOf(label[1]);
  const np = readNounPhrase(text, labelStart);
  if (np.kind !== "noun" || np.compound) return null;
  const words = wordsAfter(text, np.end, 3);
  const hit = words.length > 0 ? phraseAt(words, 0, POST_TRIGGERS, 3) : null;
  const trigger = hit ? firstAccepted(hit.value, np, captive) : null;
  if (!hit || !trigger) return null;
  return { measure: trigger.measure, rule: "figures/label-line", trigger: [words[0].start, words[hit.length - 1].end],
    subject: np.subject, group: np.group };
}
