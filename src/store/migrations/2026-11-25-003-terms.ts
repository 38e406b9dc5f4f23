import type { Migration } from "../migrator.js";

/**
 * Deal terms (DocumentRecord.terms): one row per term, like the other item
 * tables. `values` is a JSON object because its keys depend on the kind of
 * term ({prisoners, hostages} for a ratio, {days} for a duration).
 */
export const terms: Migration = {
  name: "2026-11-25-003-terms",
  up(db) {
    db.exec(`
      CREATE TABLE terms (
        doc_id TEXT NOT NULL REFERENCES documents (id),
        seq INTEGER NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        sentence TEXT NOT NULL,
        rule TEXT NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        "values" TEXT NOT NULL CHECK (json_valid("values") AND json_type("values") = 'object'),
        phase INTEGER,
        PRIMARY KEY (doc_id, seq),
        CHECK (0 <= span_start AND span_start <= span_end)
      ) STRICT;
    `);
  },
};
