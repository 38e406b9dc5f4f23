/**
 * Quarters of a (fiscal) year, as business news names them: "the third
 * quarter", "third-quarter", "the fourth quarter of 1990", "the latest
 * quarter", "next year's first quarter", "the year-ago period".
 */
import type { TimeRule } from "../mention.js";
import { QUARTER_ORDINAL_ALT, quarterNumber } from "../words.js";

const MODIFIERS = String.raw`((?:(?:latest|current|past|previous|prior|recent|most\s+recent|same|comparable|year-earlier|year-ago|fiscal)[-\s]+)*)`;
const YEAR_LEAD = String.raw`(?:(\d{4})\s+|(this|last|next)\s+year['’]s\s+)?`;
// "a quarter of the population" is a share, not a time.
const FRACTION_AFTER = /^\s+of\s+(?!fiscal\b|\d{4}\b)/;

export const quarterRule: TimeRule = {
  name: "times/quarter",
  pattern: new RegExp(
    String.raw`\b(?:(the|this|its|their)\s+)?${YEAR_LEAD}${MODIFIERS}(?:(${QUARTER_ORDINAL_ALT})[-\s]+)?(?:fiscal[-\s]+)?(quarter|period)\b(?!-)(?:\s+of\s+(?:fiscal\s+)?(\d{4})\b)?`,
    "gi",
  ),
  parse: (m, text) => {
    const [, det, yearLead, yearWord, mods, ordinal, noun, yearOf] = m;
    const quarter = ordinal ? quarterNumber(ordinal) : null;
    const modifiers = mods.toLowerCase();
    // "the period" or "a quarter" alone are no quarter; "period" always needs a word that dates it.
    if (quarter === null && !modifiers && !yearLead && !yearWord && !(det && noun.toLowerCase() === "quarter")) return null;
    if (noun.toLowerCase() === "period" && !modifiers && !yearLead && !yearWord) return null;
    if (quarter === null && FRACTION_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
    const year = yearOf ?? yearLead;
    const yearOffset = /year-(?:earlier|ago)/.test(modifiers) || yearWord?.toLowerCase() === "last" ? -1
      : yearWord?.toLowerCase() === "next" ? 1 : 0;
    const current = /current/.test(modifiers) || det?.toLowerCase() === "this" || yearWord?.toLowerCase() === "this";
    // "the latest quarter" is the last one reported; "the quarter", "the same period" the one under discussion.
    const latest = /latest|past|previous|prior|recent/.test(modifiers);
    return { value: { type: "quarter", quarter, year: year ? Number(year) : null, yearOffset, current, latest } };
  },
};
