import type { Span } from "../../types.js";

/**
 * Non-overlapping spans kept sorted, so that asking whether a new span
 * overlaps one of them is a binary search, not a scan: a long sentence with
 * thousands of candidate terms stays linear-logarithmic.
 *
 * @example
 * const set = new SpanSet();
 * set.add([10, 20]);
 * set.overlaps([15, 30]) // → true
 * set.overlaps([20, 30]) // → false
 */
export class SpanSet {
  readonly #spans: Span[] = [];

  /** Index of the first span that starts at or after `start`. */
  #lowerBound(start: number): number {
    let lo = 0;
    let hi = this.#spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#spans[mid][0] < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  overlaps(span: Span): boolean {
    // the spans are disjoint and sorted, so only the last one starting before span's end can reach into it
    const i = this.#lowerBound(span[1]) - 1;
    return i >= 0 && this.#spans[i][1] > span[0];
  }

  /** Adds a span that overlaps none of the set. */
  add(span: Span): void {
    this.#spans.splice(this.#lowerBound(span[0]), 0, span);
  }
}
