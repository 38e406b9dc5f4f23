import { cleanText } from "../clean/boilerplate.js";
import { creditedByline } from "./credited-byline.js";
import { fragmentText } from "./html-fragment.js";
import { failed, succeeded, type InputItem } from "./input-item.js";
import { isoDay } from "./iso-day.js";
import { plainTextTitle } from "./read-text.js";

/** An article as a container (feed item, JSON line) describes it, fields not yet checked. */
export interface ItemFields {
  origin: string;
  /** Article body; HTML when `isHtml`. */
  body: string;
  isHtml: boolean;
  url?: string | null;
  outlet?: string | null;
  title?: string | null;
  /** Author values as the container gives them, one per element or list entry. */
  authors?: (string | null)[];
  published?: string | null;
}

function clean(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, " ").trim();
  return v ? v : null;
}

/**
 * Builds the article of one feed item or JSON line: HTML bodies become
 * paragraphs, every body goes through cleanText, the container's fields win
 * over what the boilerplate says (a "By …" line is the byline of last
 * resort), and the date is normalized to a day.
 *
 * @example
 * articleFromFields({ origin: "f.xml#1", body: "<p>Talks resumed.</p>", isHtml: true,
 *   published: "Mon, 03 Mar 2025 08:00:00 GMT" }).article.publishedMeta // → "2025-03-03"
 */
export function articleFromFields(fields: ItemFields): InputItem {
  const cleaned = cleanText(fields.isHtml ? fragmentText(fields.body) : fields.body);
  if (cleaned.text.length === 0) return failed(fields.origin, "item has no text");
  const outlet = clean(fields.outlet) ?? cleaned.outlet;
  return succeeded({
    origin: fields.origin,
    url: clean(fields.url),
    outlet,
    title: clean(fields.title) ?? plainTextTitle(cleaned.text),
    byline: creditedByline(fields.authors ?? [], outlet) ?? creditedByline([cleaned.byline], outlet),
    publishedMeta: isoDay(fields.published ?? null),
    text: cleaned.text,
    boilerplate: cleaned.removed,
  });
}
