/** A whole-line boilerplate rule, named for what it recognizes. */
export interface LineRule {
  name: string;
  re: RegExp;
  maxLength: number;
  /** When the line also names the outlet: the pattern whose group 1 holds it, and how much to trust it. */
  outlet?: { re: RegExp; clue: OutletClue };
}

/**
 * Where an outlet name came from, most trusted first: a byline names the
 * newsroom that wrote the piece; a copyright holder may be a parent company.
 */
export const OUTLET_CLUES = ["byline", "dateline", "wire-tag", "appeared-first", "copyright"] as const;
export type OutletClue = (typeof OUTLET_CLUES)[number];

/** "This post appeared first on cnn.com" / "The post … appeared first on Site." */
const APPEARED_FIRST_ON = /\bappeared first on\s+(.{1,80}?)\.?$/i;

/** "© 2025 Cable News Network, Inc." → the holder. */
const COPYRIGHT_HOLDER =
  /^(?:™\s*(?:&|and)\s*)?(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)|copyright))*\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?([\p{Lu}][^,.;|©]{1,60}?)(?=\s*(?:[,.;|]|\d{4}|all rights|$))/iu;

/**
 * Whole lines that carry no reporting: copyright notices, "read more" links,
 * update notes, agency credits, share prompts. Most rules are anchored at the
 * start of the line (so a failing test costs one character); all only apply
 * to lines up to `maxLength`, because real boilerplate is short and a long
 * line that happens to start the same way is prose.
 */
export const REMOVABLE_LINES: readonly LineRule[] = [
  { name: "copyright", re: /^(?:™\s*(?:&|and)\s*)?(?:©|\(c\)\s|copyright\b)/i, maxLength: 300, outlet: { re: COPYRIGHT_HOLDER, clue: "copyright" } },
  { name: "rights-reserved", re: /\ball rights reserved\b/i, maxLength: 300, outlet: { re: COPYRIGHT_HOLDER, clue: "copyright" } },
  { name: "also-read", re: /^(?:also read|read also|also see|see also|read more|more reading|recommended|related(?: stories| articles| coverage| content)?|you may also like|more on this story)\b\s*(?:[:|»›\-–—].*)?$/i, maxLength: 300 },
  { name: "appeared-first", re: /^(?:this|the) (?:post|article|story)\b.{0,200}?\b(?:appeared|was published|was first published) (?:first )?on\b/i, maxLength: 300, outlet: { re: APPEARED_FIRST_ON, clue: "appeared-first" } },
  { name: "with-inputs", re: /^\(?\s*with (?:inputs|input|agency inputs) from\b[^()]{0,80}\)?\.?$/i, maxLength: 120 },
  { name: "contributed", re: /\bcontributed (?:reporting |to the reporting )?(?:to|for) (?:this|the) (?:report|story|article)\.?$/i, maxLength: 260 },
  { name: "reporting-by", re: /^(?:additional )?(?:reporting|writing|editing) by\b/i, maxLength: 200 },
  { name: "story-updated", re: /^this (?:story|article|report|post|page) (?:has been|was|is being|will be) (?:.{0,60}?\b)?(?:updated|corrected)\b/i, maxLength: 200 },
  { name: "developing-story", re: /^(?:this is a developing (?:news )?story|this (?:story|article) is developing|developing story)\b/i, maxLength: 200 },
  { name: "punctuation-only", re: /^[\p{P}\p{S}\s]+$/u, maxLength: 40 },
  { name: "share-prompt", re: /^(?:share (?:this|on|via)\b|share:?$|subscribe\b|sign up\b|follow (?:us|@)|click here\b|download (?:our|the) app\b|advertisement$|skip advertisement$|continue reading\b|listen to this article\b|get (?:our|the) .{0,40}newsletter\b)/i, maxLength: 160 },
  { name: "photo-label", re: /^(?:photo(?:graph)?s?|image|picture|photo credit|file photo|credit)\s*:\s*\S/i, maxLength: 100 },
];

/**
 * "The-CNN-Wire" syndication tag; the middle names the outlet.
 * Hyphen-joined words, bounded so a long hyphenated line cannot backtrack.
 */
export const WIRE_TAG = /^The-((?:[\p{L}\p{N}&]+-){1,6})Wire$/u;

/**
 * "(CNN) —" and "JERUSALEM, March 3 (Reuters) -" at the start of a paragraph.
 * Group 1: an all-caps place with an optional "Month D" date, kept in the text.
 * Group 2: the outlet in parentheses.
 */
export const DATELINE =
  /^(?:(\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s*\p{Lu}[\p{L}\p{M} .'’-]{1,30}?)?(?:,\s*\p{Lu}\p{Ll}{2,8}\.? \d{1,2})?)\s*)?\((\p{Lu}[\p{L}&.'’ -]{0,30}?)\)\s*[—–-]{1,2}\s*/u;
