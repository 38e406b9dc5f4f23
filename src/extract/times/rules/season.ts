/**
 * Seasons: "this summer" (2025-SU), "last winter", "the spring of 1998",
 * "summer 2024". "fall" and "spring" are verbs too, so they need a leading
 * word or a year.
 */
import type { TimeRule } from "../mention.js";
import { SEASON_ALT, seasonCode } from "../words.js";

const OFFSET: Record<string, number | null> = { "this past": -1, last: -1, this: 0, next: 1, the: null, early: null, late: null };

export const seasonRule: TimeRule = {
  name: "times/season",
  pattern: new RegExp(
    String.raw`\b(?:([Tt]his\s+past|[Ll]ast|[Tt]his|[Nn]ext|[Tt]he|[Ee]arly|[Ll]ate)\s+)?(${SEASON_ALT})\b(?:\s+of\s+(\d{4})\b|\s+(\d{4})\b)?`,
    "g",
  ),
  parse: (m) => {
    const code = seasonCode(m[2]);
    const year = m[3] ?? m[4];
    if (code === null || (!m[1] && !year && (code === "FA" || code === "SP"))) return null;
    const lead = m[1]?.toLowerCase().replace(/\s+/g, " ");
    return { value: { type: "season", season: code, year: year ? Number(year) : null, offset: lead ? OFFSET[lead] ?? null : null } };
  },
};
