import { buildAgreements } from "../corpus/agreements/index.js";
import { findFigureConflicts } from "../corpus/conflicts.js";
import { findDateConflicts } from "../corpus/date-conflicts.js";
import { buildSeries } from "../corpus/figure-series.js";
import { renderHtml, renderMarkdown } from "../report/render-situation.js";
import { headlineFigures, type Situation } from "../report/situation.js";
import { withStore } from "./listings.js";

export interface ReportOptions {
  db: string;
  format: "md" | "html";
  since?: string;
}

/**
 * `sitrep report`: a situation report a person would send, built from the
 * whole store; `--since` limits the events, not the figures' latest values.
 */
export function reportCommand(opts: ReportOptions): string {
  return withStore(opts.db, (store) => {
    const figures = store.listFigures();
    const events = store.listEvents();
    const situation: Situation = {
      since: opts.since ?? null,
      generated: new Date().toISOString().slice(0, 10),
      documents: store.stats().documents,
      headlines: headlineFigures(buildSeries(figures)),
      events: store.listTimeline({ since: opts.since }).filter((e) => e.date !== null),
      conflicts: findFigureConflicts(figures),
      dateConflicts: findDateConflicts(events),
      agreements: buildAgreements({ events, terms: store.listTerms() }),
    };
    return opts.format === "html" ? renderHtml(situation) : renderMarkdown(situation);
  });
}
