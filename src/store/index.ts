/** The store's public surface: what ingest and the corpus commands import. */
export { openStore, Store, type SaveMeta, type StoreOptions, type StoreStats } from "./store.js";
export type { StoredDocument } from "./document-repository.js";
export type { EventFilter, FigureFilter, ReportedIn, StoredEvent, StoredFigure, StoredTerm } from "./item-queries.js";
export type { NearDuplicate } from "./near-duplicate-index.js";
