import { OUTLET_CLUES, REMOVABLE_LINES, WIRE_TAG, type OutletClue } from "./boilerplate-patterns.js";
import { parseByline } from "./byline.js";
import { splitCaptionCredit } from "./caption-credit.js";
import { stripDateline } from "./dateline.js";
import { normalizeWhitespace } from "./normalize-whitespace.js";
import { outletName } from "./outlet-name.js";

/** The cleaned text, the outlet and authors its boilerplate named, and what was taken out, in order. */
export interface CleanResult {
  text: string;
  outlet: string | null;
  /** The authors of the first byline line ("By A, B and C, CNN" → "A, B and C"). */
  byline: string | null;
  removed: string[];
}

/** Keeps the outlet from the most trusted clue seen so far (OUTLET_CLUES order). */
class OutletVote {
  outlet: string | null = null;
  private rank = Number.POSITIVE_INFINITY;

  offer(outlet: string | null | undefined, clue: OutletClue): void {
    const rank = OUTLET_CLUES.indexOf(clue);
    const name = outlet ? outletName(outlet) : "";
    if (name && rank < this.rank) {
      this.outlet = name;
      this.rank = rank;
    }
  }
}

/** What the consumed lines said about who wrote the article. */
interface Credits {
  vote: OutletVote;
  byline: string | null;
}

/** Whole-line rules; true when the line is boilerplate and was consumed. */
function consumeLine(line: string, credits: Credits): boolean {
  const vote = credits.vote;
  const wire = WIRE_TAG.exec(line);
  if (wire) {
    vote.offer(wire[1].slice(0, -1).replaceAll("-", " "), "wire-tag");
    return true;
  }
  const byline = parseByline(line);
  if (byline) {
    vote.offer(byline.outlet, "byline");
    credits.byline ??= byline.authors;
    return true;
  }
  for (const rule of REMOVABLE_LINES) {
    if (line.length > rule.maxLength || !rule.re.test(line)) continue;
    if (rule.outlet) vote.offer(rule.outlet.re.exec(line)?.[1], rule.outlet.clue);
    return true;
  }
  return false;
}

/**
 * Removes a news page's boilerplate from article text and reports the outlet
 * that the byline, dateline, wire tag or footer names, and the byline's
 * authors. Whitespace is normalized, lines are trimmed, paragraphs stay
 * separated by one blank line, and a caption keeps its sentence when only its
 * trailing credit is boilerplate.
 *
 * @example
 * const r = cleanText("By Ana Ruiz, CNN\n\n(CNN) — Talks resumed.\n\n© 2025 Some Network, Inc.");
 * r.text    // → "Talks resumed."
 * r.outlet  // → "CNN"
 * r.byline  // → "Ana Ruiz"
 * r.removed // → ["By Ana Ruiz, CNN", "(CNN) —", "© 2025 Some Network, Inc."]
 */
export function cleanText(raw: string): CleanResult {
  const vote = new OutletVote();
  const credits: Credits = { vote, byline: null };
  const removed: string[] = [];
  const kept: string[] = [];
  for (const rawLine of normalizeWhitespace(raw).split("\n")) {
    let line = rawLine.trim();
    if (line.length === 0) {
      // At most one blank line in a row and none at the start: paragraphs stay apart, runs collapse.
      if (kept.length > 0 && kept[kept.length - 1] !== "") kept.push(line);
      continue;
    }
    if (consumeLine(line, credits)) {
      removed.push(line);
      continue;
    }
    const dateline = stripDateline(line);
    if (dateline) {
      vote.offer(dateline.outlet, "dateline");
      removed.push(dateline.removed);
      line = dateline.text;
    }
    const credit = splitCaptionCredit(line);
    if (credit) {
      removed.push(credit.credit);
      line = credit.kept;
      if (line.length === 0) continue;
    }
    kept.push(line);
  }
  if (kept[kept.length - 1] === "") kept.pop();
  return { text: kept.join("\n"), outlet: vote.outlet, byline: credits.byline, removed };
}
