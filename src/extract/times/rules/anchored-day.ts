/**
 * "the next day", "the following day", "the previous day": counted from the
 * last day the text stated before them, not from the DCT.
 */
import type { TimeRule } from "../mention.js";

export const anchoredDayRule: TimeRule = {
  name: "times/anchored-day",
  pattern: /\b[Tt]he\s+(next|following|previous|preceding)\s+day\b/g,
  parse: (m) => ({ value: { type: "anchored", days: m[1] === "next" || m[1] === "following" ? 1 : -1 } }),
};
