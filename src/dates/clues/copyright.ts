/** Clue: a copyright line ("© 2025", "Copyright 2024") names the year of publication. */
import type { Clue, ClueCollector } from "../clue.js";

const COPYRIGHT = /(?:©|\([Cc]\)|\bCopyright)\s*(?:©\s*)?((?:19|20)\d{2})\b/g;

export const copyrightClues: ClueCollector = ({ doc, boilerplate }) => {
  const clues: Clue[] = [];
  const years = new Set<number>();
  // Cleaning moves copyright lines out of the text; they are read from there too.
  const text = boilerplate.length ? `${doc.text}\n${boilerplate.join("\n")}` : doc.text;
  COPYRIGHT.lastIndex = 0;
  for (let m = COPYRIGHT.exec(text); m; m = COPYRIGHT.exec(text)) {
    const year = Number(m[1]);
    // A notice repeated in every page footer is one clue, not many.
    if (years.has(year)) continue;
    years.add(year);
    clues.push({
      kind: "copyright",
      text: m[0],
      weight: 2,
      // A page kept online into January may still carry last year's notice.
      fit: (c) => (c.year === year ? 1 : c.year === year + 1 && c.month === 1 ? 0.3 : 0.02),
      years: () => [year],
      explain: () => `© ${year}`,
    });
  }
  return clues;
};
