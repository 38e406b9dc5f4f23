/**
 * Named days (holidays and feasts) computed from their calendar's rules for
 * any year: Hebrew dates through @hebcal/core, Islamic months through the
 * Umm al-Qura calendar in Intl, Easter by computus, fixed days by date.
 * The names and rules are data (src/lexicon/named-days.json).
 */
import NAMED from "../lexicon/named-days.json" with { type: "json" };
import { addDays, isoOf, utcDay } from "./day-math.js";
import { orthodoxEaster, westernEaster } from "./easter.js";
import { hebrewDay } from "./hebrew.js";
import { islamicMonth } from "./islamic.js";

interface Rule {
  calendar: "hebrew" | "islamic" | "easter" | "fixed";
  month?: string | number;
  day?: number;
  days?: number;
  church?: "western" | "orthodox";
  offset?: number;
}

/** The first and last day a named day covers in one Gregorian year. */
export interface NamedDaySpan {
  start: string;
  end: string;
}

const RULES = new Map(Object.entries(NAMED).filter(([k]) => !k.startsWith("_")) as Array<[string, Rule]>);

function firstDay(rule: Rule, year: number): string | null {
  switch (rule.calendar) {
    case "hebrew":
      return hebrewDay(year, String(rule.month), rule.day ?? 1);
    case "islamic": {
      const month = islamicMonth(year, Number(rule.month));
      return month && addDays(month[0], (rule.day ?? 1) - 1);
    }
    case "easter":
      return addDays(rule.church === "orthodox" ? orthodoxEaster(year) : westernEaster(year), rule.offset ?? 0);
    case "fixed":
      return isoOf(utcDay(year, Number(rule.month), rule.day ?? 1));
  }
}

function lastDay(rule: Rule, year: number, start: string): string {
  if (rule.calendar === "islamic" && rule.day === undefined) return islamicMonth(year, Number(rule.month))?.[1] ?? start;
  return addDays(start, (rule.days ?? 1) - 1);
}

/** Whether sitrep knows how to compute `name` ("Passover", "Ramadan", "Orthodox Easter"…). */
export function isNamedDay(name: string): boolean {
  return RULES.has(name.toLowerCase());
}

/**
 * The days `name` covers in Gregorian `year`, or null when the name is unknown.
 *
 * @example
 * namedDay("Passover", 2025) // → { start: "2025-04-13", end: "2025-04-20" }
 * namedDay("Ramadan", 2025)  // → { start: "2025-03-01", end: "2025-03-29" }
 */
export function namedDay(name: string, year: number): NamedDaySpan | null {
  const rule = RULES.get(name.toLowerCase());
  if (!rule) return null;
  const start = firstDay(rule, year);
  return start ? { start, end: lastDay(rule, year, start) } : null;
}
