/**
 * Lengths with no count: "several years" (PXY), "recent weeks" (PXW), "the
 * past few months" (PXM), "a few days" (PXD).
 */
import type { TimeRule } from "../mention.js";
import { VAGUE_COUNT_ALT, unitLetter } from "../words.js";

const PLURAL_UNITS = "minutes|hours|days|weeks|months|years|decades";

/** PXY, PTXH: a length of unknown count in the unit. */
const vagueLength = (unit: string) => (unit === "H" ? "PTXH" : unit === "MIN" ? "PTXM" : `PX${unit}`);

/** "for years", "within weeks": a bare plural unit is a length of unknown count. */
export const barePluralRule: TimeRule = {
  name: "times/vague-duration",
  pattern: new RegExp(String.raw`(?<=\b(?:[Ff]or|[Ww]ithin|[Oo]ver|[Ii]n)\s)(${PLURAL_UNITS})\b(?!\s+(?:ago|earlier|later|before|after|old|of)\b)`, "g"),
  parse: (m) => {
    const unit = unitLetter(m[1]);
    if (unit === null) return null;
    return { value: { type: "fixed", value: vagueLength(unit), kind: "duration" } };
  },
};

/** "several years ago", "a few weeks ago": some time back, no more precise than the past. */
export const vagueAgoRule: TimeRule = {
  name: "times/vague-ago",
  pattern: new RegExp(String.raw`\b(?:${VAGUE_COUNT_ALT})\s+(?:${PLURAL_UNITS})\s+ago\b`, "gi"),
  parse: () => ({ value: { type: "fixed", value: "PAST_REF", kind: "date" } }),
};

export const vagueDurationRule: TimeRule = {
  name: "times/vague-duration",
  pattern: new RegExp(String.raw`\b(?:(?:the\s+)?(?:past|last|next|coming)\s+)?(?:${VAGUE_COUNT_ALT})\s+(${PLURAL_UNITS})\b(?!\s+(?:ago|old)\b)`, "gi"),
  parse: (m) => {
    const unit = unitLetter(m[1]);
    if (unit === null) return null;
    // "recent weeks", "the coming months" point back or ahead more than they measure.
    const lead = /^(?:the\s+)?(recent|coming)\b/i.exec(m[0])?.[1].toLowerCase();
    if (lead) return { value: { type: "fixed", value: lead === "recent" ? "PAST_REF" : "FUTURE_REF", kind: "date" } };
    return { value: { type: "fixed", value: vagueLength(unit), kind: "duration" } };
  },
};
