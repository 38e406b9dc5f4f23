/**
 * `sitrep agreements` as text: one block per agreement with its sides, status
 * history, phases and terms, each term followed by the sentence it came from.
 */
import type { Agreement, AgreementTerm, Phase } from "./agreement.js";

function values(v: AgreementTerm["values"]): string {
  const parts = Object.entries(v).map(([k, x]) => `${k}=${x}`);
  return parts.length > 0 ? ` {${parts.join(", ")}}` : "";
}

function termLines(t: AgreementTerm, indent: string): string[] {
  return [`${indent}- ${t.kind}: "${t.text}"${values(t.values)}`, `${indent}    [${t.doc}] ${t.sentence}`];
}

function phaseLine(p: Phase): string {
  const facts = [p.days !== null ? `${p.days} days` : null, p.start ? `from ${p.start}` : null, p.end ? `to ${p.end}` : null]
    .filter((x): x is string => x !== null);
  return `    ${p.n}.${facts.length > 0 ? ` ${facts.join(", ")}` : ""}`;
}

/**
 * A readable ledger: name, parties, mediators, status history, phases and
 * terms with their sentences; "No agreements." for an empty list.
 *
 * @example
 * formatAgreements(buildAgreements({ events, terms }))
 * // → "November 2023 truce  (ceasefire-2023-11-24)\n  parties: Israel, Hamas\n  …"
 */
export function formatAgreements(list: readonly Agreement[]): string {
  if (list.length === 0) return "No agreements.\n";
  const blocks = list.map((a) => {
    const lines = [`${a.name}  (${a.id})`];
    if (a.proposed_by) lines.push(`  proposed by: ${a.proposed_by}`);
    lines.push(`  parties: ${a.parties.join(", ") || "-"}`);
    lines.push(`  mediators: ${a.mediators.join(", ") || "-"}`);
    lines.push(`  status: ${a.status_history.map((s) => `${s.status} ${s.date ?? "(undated)"}`).join(" → ") || "-"}`);
    if (a.phases.length > 0) {
      lines.push("  phases:");
      for (const p of a.phases) lines.push(phaseLine(p), ...p.terms.flatMap((t) => termLines(t, "      ")));
    }
    if (a.terms.length > 0) {
      lines.push("  terms:");
      for (const t of a.terms) lines.push(...termLines(t, "    "));
    }
    lines.push(`  reported in: ${a.docs.join(", ")}`);
    return lines.join("\n");
  });
  return `${blocks.join("\n\n")}\n`;
}
