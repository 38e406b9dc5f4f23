/**
 * Feasts whose dates follow a calendar rule (src/calendars): "Passover",
 * "during Ramadan", "Orthodox Easter", "until the end of Passover", and the
 * weekly day of rest ("during the Jewish Sabbath" is a Saturday).
 */
import NAMED from "../../../lexicon/named-days.json" with { type: "json" };
import type { TimeRule } from "../mention.js";
import { WEEKLY_DAY_ALT, weeklyDayNumber } from "../words.js";

const NAMES = Object.keys(NAMED).filter((k) => !k.startsWith("_")).sort((a, b) => b.length - a.length);
const NAME_ALT = NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&").replace(/'/g, "['’]")).join("|");
const EDGE = String.raw`(?:the\s+(end|last\s+day|close|start|beginning|first\s+day|eve)\s+of\s+)?`;

const NAME_AFTER = /^\s+[A-Z][a-z]/;

// Names are capitalized in text ("Easter", not "easter"); "Ramadan Kadyrov" is a person.
export const namedDayRule: TimeRule = {
  name: "times/named-day",
  pattern: new RegExp(String.raw`\b${EDGE}((?:${NAME_ALT}))\b`, "gi"),
  parse: (m, text) => {
    if (!/^[A-Z]/.test(m[2]) || NAME_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
    const edgeWord = m[1]?.toLowerCase() ?? "";
    const edge = /end|last|close/.test(edgeWord) ? "end" : /start|beginning|first|eve/.test(edgeWord) ? "start" : null;
    return { value: { type: "named-day", name: m[2].replace(/’/g, "'").toLowerCase(), edge } };
  },
};

/** "on the Sabbath", "during the Jewish Sabbath": a weekday, resolved and used as a DCT clue like one. */
export const weeklyDayRule: TimeRule = {
  name: "times/weekly-day",
  pattern: new RegExp(String.raw`\b(?:the\s+)?(${WEEKLY_DAY_ALT})\b`, "g"),
  parse: (m) => {
    const wd = weeklyDayNumber(m[1]);
    return wd === null ? null : { value: { type: "weekday", weekday: wd, strict: false } };
  },
};
