/**
 * Words that point at the present, past or future without a date: "now",
 * "currently", "recently", "the future" (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF).
 */
import type { TimeRule } from "../mention.js";
import { REFERENCE_ALT, referenceValue } from "../words.js";

// "as soon as" and "soon after" tie to another event; "current account" and "electric current" are no times.
export const referenceWordRule: TimeRule = {
  name: "times/reference-word",
  pattern: new RegExp(String.raw`(?<!\bas\s)\b(?:${REFERENCE_ALT})\b(?!\s+(?:as|after|account|accounts|affairs)\b|-)`, "gi"),
  parse: (m) => {
    const value = referenceValue(m[0]);
    return value ? { value: { type: "fixed", value, kind: "date" } } : null;
  },
};
