/**
 * Phases of a deal and what they include: "a second phase of the truce, in
 * which Israel would commit to ending the war", "phase two and phase three".
 * A later phase is a term even when bare (it tells that the deal has one);
 * the first phase is named mostly in passing ("extend the first phase") and
 * counts only with content.
 */
import type { Term } from "../../../types.js";
import { makeTerm, type TermRule } from "../term-rule.js";
import { PHASE_CONTENT, PHASE_MENTION, phaseNumber } from "../vocabulary.js";

const MENTION = new RegExp(PHASE_MENTION, "gi");
/** What introduces the content of a phase right after its mention. */
const INTRO = /^[^.;:]{0,40}?,?\s*(?:which|that|in\s+which|under\s+which|during\s+which|where|to\s+include|including|includes?|with)\b/i;
const CONTENT_REACH = 160;

export const phase: TermRule = {
  name: "terms/phase",
  find(sentence) {
    const out: Term[] = [];
    const seen = new Set<number>();
    MENTION.lastIndex = 0;
    for (let m = MENTION.exec(sentence.text); m; m = MENTION.exec(sentence.text)) {
      const n = phaseNumber(m[1] ?? m[2]);
      if (n === null || seen.has(n)) continue;
      const end = m.index + m[0].length;
      const after = sentence.text.slice(end, end + CONTENT_REACH);
      const values: Record<string, number> = {};
      let contentEnd = end;
      if (INTRO.test(after)) {
        // the content runs to the next phase mention, so "phase two, which …, and phase three" stays apart
        const next = after.search(new RegExp(PHASE_MENTION, "i"));
        const clause = next < 0 ? after : after.slice(0, next);
        for (const { key, pattern } of PHASE_CONTENT) {
          const c = pattern.exec(clause);
          if (!c) continue;
          values[key] = 1;
          contentEnd = Math.max(contentEnd, end + c.index + c[0].length);
        }
      }
      if (n === 1 && contentEnd === end) continue;
      seen.add(n);
      out.push(makeTerm(sentence, m.index, contentEnd, "phase", values, phase.name, n));
    }
    return out;
  },
};
