/** The DOM surface the walk needs; linkedom's nodes provide it. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** Elements that end the paragraph before them and start a new one. */
const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET",
  "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR",
  "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TR", "TD", "TH", "UL",
]);
const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "BUTTON", "IFRAME", "SELECT", "TEXTAREA"]);
/** Credit spans inside captions ("credit", "image-credit", "photo-source"), dropped whole. */
const CREDIT_CLASS = /(?:^|[\s_-])(?:credit|credits|copyright|byline|photographer|source|attribution)(?:$|[\s_-])/i;
/** Byline and date furniture that Readability leaves in ("article-meta", "author"), dropped when short. */
const FURNITURE_CLASS = /(?:^|[\s_-])(?:byline|author|authors|dateline|meta|timestamp|share|social)(?:$|[\s_-])/i;
const FURNITURE_ITEMPROP = /^(?:author|datePublished|dateModified)$/;
/** Longer than this, an element named "author…" holds prose, not a name. */
const MAX_FURNITURE_CHARS = 200;
const FURNITURE_DEPTH = 3;

class ParagraphWriter {
  readonly paragraphs: string[] = [];
  private current = "";

  write(text: string): void {
    this.current += text;
  }

  /** Ends the paragraph in progress; HTML whitespace collapses to single spaces. */
  flush(): void {
    const text = this.current.replace(/[ \t\r\f\n]+/g, " ").replace(/ ?\u2028 ?/g, "\n").trim();
    if (text.length > 0) this.paragraphs.push(text);
    this.current = "";
  }
}

function isCredit(node: DomNode): boolean {
  const cls = node.getAttribute?.("class");
  return node.nodeName === "CITE" || (cls != null && CREDIT_CLASS.test(cls));
}

function isNamedFurniture(node: DomNode): boolean {
  return (
    FURNITURE_CLASS.test(node.getAttribute?.("class") ?? "") ||
    FURNITURE_ITEMPROP.test(node.getAttribute?.("itemprop") ?? "") ||
    node.getAttribute?.("rel") === "author"
  );
}

/** Bylines sit near the surface of their block; a shallow look keeps the walk linear. */
function containsNamedFurniture(node: DomNode, depth = FURNITURE_DEPTH): boolean {
  if (depth === 0) return false;
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.nodeType === ELEMENT_NODE && (isNamedFurniture(child) || containsNamedFurniture(child, depth - 1))) return true;
  }
  return false;
}

/**
 * A short element named as byline or date furniture, or a short block that
 * holds one: Readability turns `<div class="meta">` into a bare `<p>`, and
 * "Name · Section" must go whole, not leave "· Section" behind.
 */
function isFurniture(node: DomNode, name: string, block: boolean): boolean {
  // Captions carry facts; their credits are handled by isCredit.
  if (name === "FIGURE" || name === "FIGCAPTION") return false;
  if (!isNamedFurniture(node) && !(block && containsNamedFurniture(node))) return false;
  return (node.textContent?.length ?? 0) < MAX_FURNITURE_CHARS;
}

function walk(node: DomNode, out: ParagraphWriter, inCaption: boolean): void {
  if (node.nodeType === TEXT_NODE) {
    out.write(node.textContent ?? "");
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const name = node.nodeName.toUpperCase();
  const block = BLOCKS.has(name);
  if (SKIPPED.has(name) || (inCaption ? isCredit(node) : isFurniture(node, name, block))) return;
  // A line break inside a paragraph survives whitespace collapsing as U+2028.
  if (name === "BR") return out.write("\u2028");
  if (block) out.flush();
  const caption = inCaption || name === "FIGCAPTION";
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) walk(children[i], out, caption);
  if (block) out.flush();
}

/**
 * The text of an HTML subtree as paragraphs separated by a blank line:
 * each block element (p, h2, li, figcaption …) becomes its own paragraph,
 * `<br>` a line break; bylines, date stamps and caption credits are dropped.
 *
 * @example
 * paragraphsOf(parseHTML("<div><h2>Talks</h2><p>They  met.</p></div>").document.body)
 * // → "Talks\n\nThey met."
 */
export function paragraphsOf(root: DomNode): string {
  const out = new ParagraphWriter();
  walk(root, out, false);
  out.flush();
  return out.paragraphs.join("\n\n");
}
