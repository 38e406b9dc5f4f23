/**
 * The order of sitrep's stages, written once. A reader follows an article
 * from here: ingest (src/ingest) → clean (src/clean) → publication date
 * (src/dates) → times → figures → events → terms (src/extract) → store
 * (src/store) → report (src/report).
 *
 * Times come before figures and events because both date themselves from
 * the resolved time expressions of their sentence; events come before
 * figures because a count "since the fighting resumed" starts on the day an
 * event was dated.
 */
import { createHash } from "node:crypto";
import { inferPublished } from "./dates/publication-date.js";
import { eventDays, withEventPointedDays, withEventSince } from "./extract/event-anchors.js";
import { extractEvents } from "./extract/events/index.js";
import { extractFigures } from "./extract/figures/index.js";
import { extractTerms } from "./extract/terms/index.js";
import { datingTimes } from "./extract/times/anchored-lengths.js";
import { extractTimes } from "./extract/times/index.js";
import type { ExtractContext } from "./extract/context.js";
import { AnalyzedText } from "./text/analyzed-text.js";
import type { Article, DocumentRecord } from "./types.js";

export interface ExtractOptions {
  /** A publication date the user hands over (`--published`); wins over metadata. */
  published?: string | null;
  /** "Now" for year guessing when nothing in the text fixes the year. */
  now?: Date;
}

/** First 16 hex characters of the SHA-256 of the cleaned text (SPEC §1 `id`). */
export function documentId(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

/**
 * Runs every extraction stage on one cleaned article.
 *
 * @example
 * const rec = extractDocument({ origin: "a.txt", url: null, outlet: null, title: null,
 *   byline: null, publishedMeta: null, text: "At least 12 people were killed on Monday." }, { published: "2024-05-08" });
 * rec.figures[0].value // → 12
 */
export function extractDocument(article: Article, options: ExtractOptions = {}): DocumentRecord {
  const doc = new AnalyzedText(article.text);
  const published = inferPublished(doc, {
    given: options.published ?? null,
    meta: article.publishedMeta,
    boilerplate: article.boilerplate,
    now: options.now,
  });
  const stated = extractTimes(doc, published.date);
  // Lengths anchored on a stated day ("three days later") date the figures and events of their sentence.
  const statedCtx: ExtractContext = { doc, dct: published.date, times: datingTimes(stated) };
  // Anchors on events ("two days before the army renewed attacks", "since the fighting resumed") need the
  // events' own days first; the events are found again only when such a length dates something anew.
  let events = extractEvents(statedCtx);
  const days = eventDays(events);
  const times = withEventPointedDays(doc.text, stated, days);
  const changed = times.some((t, i) => t !== stated[i]);
  const ctx: ExtractContext = changed ? { ...statedCtx, times: datingTimes(times) } : statedCtx;
  if (changed) events = extractEvents(ctx);
  return {
    id: documentId(article.text),
    url: article.url,
    outlet: article.outlet,
    title: article.title,
    byline: article.byline,
    published,
    text: article.text,
    times,
    figures: withEventSince(doc, times, extractFigures(ctx), days),
    events,
    terms: extractTerms(ctx),
  };
}
