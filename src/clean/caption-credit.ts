import lexicon from "./boilerplate-lexicon.json" with { type: "json" };

/** A line split into the words worth keeping and the credit taken off its end. */
export interface CreditSplit {
  /** The caption sentence without its credit; "" when the line was only a credit. */
  kept: string;
  credit: string;
}

const AGENCIES = new Set(lexicon.photoAgencies);
const LABELS = lexicon.creditLabels.map((l) => l.replace(/\s+/g, "\\s+")).join("|");
/** "… 2025. Photo: Reuters" — a labelled credit after the sentence's end. */
const LABELLED_TAIL = new RegExp(`(?:^|(?<=[.!?”"’)])\\s+)(?:${LABELS})\\s*:\\s*[^.!?:]{1,80}$`, "iu");
/** The photographer's name before "/agency": 1–4 words after a sentence end (pages lower-case names too). */
const NAME_BEFORE_SLASH = /(?:^|(?<=[.!?”"’)])\s+)(\p{L}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3})\s*$/u;
const TAIL_WINDOW = 160;

/** "AP", "Reuters", "Getty Images", "Handout via Reuters": every part an agency. */
function isAgency(text: string): boolean {
  const parts = text.toLowerCase().replace(/[.\s]+$/, "").split(/\s+via\s+/);
  return parts.every((p) => AGENCIES.has(p.trim()));
}

/** "Jane Doe/AP" or "Ali Said/Anadolu via Getty Images" at the end of `tail`. */
function slashCredit(tail: string): number {
  const slash = tail.lastIndexOf("/");
  if (slash < 0 || !isAgency(tail.slice(slash + 1))) return -1;
  const name = NAME_BEFORE_SLASH.exec(tail.slice(0, slash));
  return name ? name.index : -1;
}

/** "(Getty Images)", "(AP Photo/Jane Doe)", "(Jane Doe/Reuters)" closing the line. */
function parenCredit(tail: string): number {
  if (!tail.endsWith(")")) return -1;
  const open = tail.lastIndexOf("(");
  if (open < 0) return -1;
  const inner = tail.slice(open + 1, -1).trim();
  const slash = inner.indexOf("/");
  const agencyPart = slash < 0 ? inner : inner.slice(0, slash);
  const afterSlash = slash < 0 ? "" : inner.slice(slash + 1);
  if (isAgency(agencyPart) || (afterSlash !== "" && isAgency(afterSlash))) return open;
  return -1;
}

/**
 * Takes a photo credit off the end of a line and keeps the caption, which
 * carries facts. Returns null when the line ends with no credit.
 *
 * @example
 * splitCaptionCredit("Trucks wait at the crossing on May 2. Jane Doe/AP")
 * // → { kept: "Trucks wait at the crossing on May 2.", credit: "Jane Doe/AP" }
 * splitCaptionCredit("Photo: Reuters") // → { kept: "", credit: "Photo: Reuters" }
 */
export function splitCaptionCredit(line: string): CreditSplit | null {
  const offset = Math.max(0, line.length - TAIL_WINDOW);
  const tail = line.slice(offset);
  let at = parenCredit(tail);
  if (at < 0) at = slashCredit(tail);
  if (at < 0 && tail.includes(":")) at = LABELLED_TAIL.exec(tail)?.index ?? -1;
  if (at < 0 || (at === 0 && offset > 0)) return null;
  const cut = offset + at;
  return { kept: line.slice(0, cut).trimEnd(), credit: line.slice(cut).trim() };
}
