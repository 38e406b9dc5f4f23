/** Days named relative to the DCT: "today", "yesterday", "tomorrow", "three days ago". */
import type { TimeRule } from "../mention.js";
import { NUMBER_ALT, parseCount } from "../words.js";

const OFFSETS: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1 };

export const casualDayRule: TimeRule = {
  name: "times/casual-day",
  pattern: /\b(?:[Tt]oday|[Yy]esterday|[Tt]omorrow)\b(?!['’]s\s+(?:world|generation|youth))/g,
  parse: (m) => ({ value: { type: "dct-offset", days: OFFSETS[m[0].toLowerCase()] } }),
};

/** "three days ago", "a week (or so) ago": a day counted back from the DCT; "a year ago": a year. */
export const agoRule: TimeRule = {
  name: "times/ago",
  pattern: new RegExp(String.raw`\b(\d{1,3}|${NUMBER_ALT}|an?)\s+(days?|weeks?|months?|years?)(?:\s+or\s+so)?\s+ago\b`, "gi"),
  parse: (m) => {
    const n = parseCount(m[1]);
    if (n === null) return null;
    const unit = m[2][0].toLowerCase();
    if (unit === "m" || unit === "y") return { value: { type: "dct-shift", amount: -n, unit: unit === "m" ? "M" : "Y" } };
    return { value: { type: "dct-offset", days: -n * (unit === "w" ? 7 : 1) } };
  },
};
