/**
 * "a year earlier", "two years before.", "year-earlier": a year counted back
 * from the period the text last named (a quarter in business news), else from the DCT.
 */
import type { TimeRule } from "../mention.js";
import { NUMBER_ALT, parseCount } from "../words.js";

export const yearBackRule: TimeRule = {
  name: "times/year-back",
  pattern: new RegExp(String.raw`\b(?:(an?|\d|${NUMBER_ALT})\s+years?\s+(?:earlier|before(?=\s*[,.;)]))|year-(?:earlier|ago))\b`, "gi"),
  parse: (m) => {
    const years = m[1] ? parseCount(m[1]) : 1;
    return years === null || years <= 0 ? null : { value: { type: "year-back", years } };
  },
};
