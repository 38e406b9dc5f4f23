/**
 * A displacement carried out on an order is an evacuation (SPEC measure
 * evacuated): "64,000 residents who left their homes under government orders".
 */
import type { Measure } from "../../types.js";
import type { Measured } from "./candidate.js";
import { EVACUATION_ORDER } from "./lexicon.js";

/**
 * The measure of `m` once an order after its trigger or noun is read.
 *
 * @example
 * // "about 300 families fled their homes under army orders" → "evacuated"
 */
export function orderedMeasure(text: string, m: Measured): Measure {
  if (m.measure !== "displaced") return m.measure;
  const from = Math.max(m.c.np.end, m.trigger?.[1] ?? 0);
  return EVACUATION_ORDER.test(text.slice(from, from + 90)) ? "evacuated" : m.measure;
}
