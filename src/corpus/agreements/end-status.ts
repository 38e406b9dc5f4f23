/**
 * Whether a ceasefire_end report tells an expiry ("expired", "ran out") or a
 * collapse ("broke down", "violated", "fighting resumed"). Expiry wins when a
 * sentence tells both: fighting resumes after any end, so "resumed" says
 * less than "expired". A truce's stated length may still settle a collapse
 * as an expiry (course.ts).
 */
import type { StoredEvent } from "../../store/item-queries.js";
import type { AgreementStatus } from "./agreement.js";
import { COLLAPSE_WORDS, EXPIRY_WORDS } from "./vocabulary.js";

/**
 * "expired" or "collapsed" for an end event; "expired" when the sentence says neither.
 *
 * @example
 * endStatus({ sentence: "The truce collapsed on Tuesday." })              // → "collapsed"
 * endStatus({ sentence: "The truce expired and fighting resumed at dawn." }) // → "expired"
 */
export function endStatus(e: Pick<StoredEvent, "sentence">): AgreementStatus {
  if (EXPIRY_WORDS.test(e.sentence)) return "expired";
  return COLLAPSE_WORDS.test(e.sentence) ? "collapsed" : "expired";
}
