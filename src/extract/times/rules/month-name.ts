/**
 * Months without a day: "in March", "early April", "March 2024", "since
 * last May". A bare capitalized month needs a leading word or a year,
 * because "March" and "May" are also a verb and a modal.
 */
import type { TimeRule } from "../mention.js";
import { MONTH_ALT, monthNumber } from "../words.js";

// "last April" and "next March" carry their own direction and belong to the expression.
const DIRECTION: Record<string, "past" | "future" | "neutral"> = { last: "past", next: "future", this: "neutral" };
const LEAD = String.raw`([Ll]ast|[Nn]ext|[Tt]his|[Ii]n|[Ss]ince|[Uu]ntil|[Tt]hrough|[Bb]y|[Dd]uring|[Ff]rom|[Oo]f|[Bb]efore|[Aa]fter|[Tt]ill|[Aa]n?|[Tt]he)`;
// "a June agreement", "the March offensive": after an article the month qualifies a noun, lower case.
const ARTICLE = /^(?:an?|the)$/i;
const NOUN_AFTER = /^\s+[a-z]/;
const PART = String.raw`(?:([Ee]arly|[Mm]id|[Ll]ate|[Tt]he\s+end\s+of|[Tt]he\s+middle\s+of|[Tt]he\s+beginning\s+of|[Tt]he\s+start\s+of)[\s-]+)`;

const STANDALONE = /^(?:January|February|April|July|August|September|October|November|December)$/;
// "August Wilson", "April Fools": a capitalized word after the month makes it part of a name.
const NAME_AFTER = /^\s+[A-Z][a-z]/;

export const monthNameRule: TimeRule = {
  name: "times/month-name",
  pattern: new RegExp(
    String.raw`(?:\b${LEAD}\s+)?\b${PART}?\b(${MONTH_ALT})\b(?!\.?\s*\d{1,2}\b(?![,.]?\d))(?:,?\s+(\d{4})\b|\s+(last|this|next)\s+year\b)?`,
    "g",
  ),
  parse: (m, text) => {
    const month = monthNumber(m[3]);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    // "the May government" is Theresa May's; without a noun after it "the March" is a procession.
    if (m[1] && ARTICLE.test(m[1]) && !m[2] && (m[3] === "May" || (!m[4] && !NOUN_AFTER.test(after)))) return null;
    if (!m[1] && !m[2] && !m[4] && !m[5] && NAME_AFTER.test(after)) return null;
    // Alone, only full names that are no verb, modal or common first name stand for a month.
    if (month === null || (!m[1] && !m[2] && !m[4] && !m[5] && !STANDALONE.test(m[3]))) return null;
    // Abbreviations stand alone only before a year ("Oct 2023"); "Mar" or "Dec" alone are too ambiguous.
    if (m[3].length <= 4 && m[3] !== "May" && m[3] !== "June" && m[3] !== "July" && !m[4] && !m[5]) return null;
    const partWord = m[2]?.toLowerCase() ?? "";
    const part = /early|beginning|start/.test(partWord) ? "early" : /mid|middle/.test(partWord) ? "mid" : /late|end/.test(partWord) ? "late" : null;
    // A leading "in"/"since" belongs to the clause, not the expression; span starts at the part word or month.
    const direction = m[1] && !ARTICLE.test(m[1]) ? DIRECTION[m[1].toLowerCase()] : undefined;
    const offset = direction ? 0 : m[0].indexOf(m[2] ?? m[3]);
    const yearOffset = m[5] ? { last: -1, this: 0, next: 1 }[m[5]] ?? null : direction === "neutral" ? 0 : null;
    return {
      value: { type: "month", year: m[4] ? Number(m[4]) : null, month, part, yearOffset, directed: direction === "past" || direction === "future" },
      start: m.index + offset,
      tense: direction === "neutral" ? undefined : direction,
    };
  },
};
