/**
 * Deal terms: ratios, schedules, rules, lengths, phases, withdrawal and aid
 * terms stated in sentences that talk about a deal, truce, proposal or plan.
 * Each rule is one pattern family; the order below only decides which of two
 * overlapping terms of one kind is kept (the first).
 */
import type { Term, TermKind } from "../../types.js";
import type { ExtractContext } from "../context.js";
import { aid } from "./rules/aid.js";
import { exchangeAll } from "./rules/exchange-all.js";
import { exchangeForCount } from "./rules/exchange-for-count.js";
import { exchangePerEach } from "./rules/exchange-per-each.js";
import { extensionRule } from "./rules/extension-rule.js";
import { phase } from "./rules/phase.js";
import { releaseSchedule } from "./rules/release-schedule.js";
import { truceDuration } from "./rules/truce-duration.js";
import { truceUntil } from "./rules/truce-until.js";
import { withdrawal } from "./rules/withdrawal.js";
import { SpanSet } from "./span-set.js";
import type { TermRule } from "./term-rule.js";
import { TRIGGER } from "./vocabulary.js";

// Extension rules before durations and ratios: "10 hostages for each extra day" is neither a length nor a ratio.
const RULES: readonly TermRule[] = [
  extensionRule, exchangePerEach, exchangeForCount, exchangeAll, releaseSchedule,
  truceDuration, truceUntil, withdrawal, aid, phase,
];

/**
 * The deal terms of a document, in text order.
 *
 * @example
 * const doc = new AnalyzedText("Under the deal, three hostages are released weekly.");
 * extractTerms({ doc, dct: null, times: [] })[0].values // → { hostages: 3, per: "week" }
 */
export function extractTerms(ctx: ExtractContext): Term[] {
  const out: Term[] = [];
  for (const sentence of ctx.doc.sentences) {
    if (!TRIGGER.test(sentence.text)) continue;
    const found: Term[] = [];
    const taken = new Map<TermKind, SpanSet>();
    for (const rule of RULES) {
      for (const term of rule.find(sentence, ctx)) {
        // one stretch of words states one term of a kind; a ratio inside an extension rule is the same words read twice
        const own = taken.get(term.kind) ?? new SpanSet();
        if (own.overlaps(term.span) || (term.kind !== "extension_rule" && taken.get("extension_rule")?.overlaps(term.span))) continue;
        own.add(term.span);
        taken.set(term.kind, own);
        found.push(term);
      }
    }
    out.push(...found.sort((a, b) => a.span[0] - b.span[0]));
  }
  return out;
}
