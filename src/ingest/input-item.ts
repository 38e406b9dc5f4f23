import type { Article } from "../types.js";

/** One result of reading inputs: an article, or why one input could not become one. */
export type InputItem = { ok: true; article: Article } | { ok: false; origin: string; error: string };

/**
 * The failed item for `origin`; `error` is one line naming the problem.
 *
 * @example
 * failed("a.txt", "file is empty") // → { ok: false, origin: "a.txt", error: "file is empty" }
 */
export function failed(origin: string, error: string): InputItem {
  return { ok: false, origin, error: error.replace(/\s*\n\s*/g, " ") };
}

/**
 * The successful item for `article`.
 *
 * @example
 * succeeded(article).ok // → true
 */
export function succeeded(article: Article): InputItem {
  return { ok: true, article };
}
