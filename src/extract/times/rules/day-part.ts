/**
 * Parts of a day named from the DCT ("this morning", "last night",
 * "tonight", "yesterday afternoon") and "the weekend".
 */
import type { TimeRule } from "../mention.js";
import { DAY_PART_ALT, dayPartCode } from "../words.js";

const DAYS: Record<string, number> = { this: 0, today: 0, last: -1, yesterday: -1, tomorrow: 1 };

export const dayPartRule: TimeRule = {
  name: "times/day-part",
  pattern: new RegExp(String.raw`\b(?:([Tt]his|[Ll]ast|[Yy]esterday|[Tt]omorrow)\s+(${DAY_PART_ALT})|([Tt]onight))\b`, "g"),
  parse: (m) => {
    if (m[3]) return { value: { type: "dct-offset", days: 0 }, timeOfDay: "TNI" };
    const part = dayPartCode(m[2]);
    // "last morning" is not English; "last evening" and "last night" are the one before the DCT.
    if (part === null || (m[1].toLowerCase() === "last" && part !== "NI" && part !== "EV")) return null;
    return { value: { type: "dct-offset", days: DAYS[m[1].toLowerCase()] }, timeOfDay: `T${part}` };
  },
};

export const weekendRule: TimeRule = {
  name: "times/weekend",
  pattern: /\b(?<!(?:this|last|next|coming)\s)[Tt]he\s+weekend\b/g,
  parse: () => ({ value: { type: "weekend" } }),
};
