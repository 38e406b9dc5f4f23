import type { Migration } from "../migrator.js";

/**
 * The first schema: documents, their extracted items, and the near-duplicate
 * index. Items keep `seq` (their position in the record) so a document reads
 * back in the order it was extracted. CHECKs guard shape (spans, JSON, the
 * small closed vocabularies of SPEC §1); the open vocabularies (measures,
 * subjects, event types) are left to the contract types so adding a term does
 * not need a table rebuild. STRICT makes a wrongly typed value an error
 * instead of a silent coercion.
 */
export const initial: Migration = {
  name: "2026-11-25-001-initial",
  up(db) {
    db.exec(`
      CREATE TABLE documents (
        id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
        origin TEXT NOT NULL,
        url TEXT,
        outlet TEXT,
        title TEXT,
        published_date TEXT,
        published_how TEXT NOT NULL CHECK (published_how IN ('given', 'metadata', 'inferred', 'unknown')),
        published_confidence REAL NOT NULL CHECK (published_confidence BETWEEN 0 AND 1),
        published_evidence TEXT NOT NULL CHECK (json_valid(published_evidence)),
        text TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        duplicate_of TEXT REFERENCES documents (id),
        similarity REAL,
        CHECK ((duplicate_of IS NULL) = (similarity IS NULL))
      ) STRICT;
      CREATE INDEX documents_duplicate_of ON documents (duplicate_of) WHERE duplicate_of IS NOT NULL;

      CREATE TABLE times (
        doc_id TEXT NOT NULL REFERENCES documents (id),
        seq INTEGER NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        sentence TEXT NOT NULL,
        rule TEXT NOT NULL,
        text TEXT NOT NULL,
        value TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('date', 'interval', 'duration', 'set')),
        PRIMARY KEY (doc_id, seq),
        CHECK (0 <= span_start AND span_start <= span_end)
      ) STRICT;

      CREATE TABLE figures (
        doc_id TEXT NOT NULL REFERENCES documents (id),
        seq INTEGER NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        sentence TEXT NOT NULL,
        rule TEXT NOT NULL,
        measure TEXT NOT NULL,
        subject TEXT NOT NULL,
        "group" TEXT,
        condition TEXT CHECK (condition IN ('alive', 'dead')),
        value REAL NOT NULL,
        qualifier TEXT NOT NULL,
        cumulative INTEGER CHECK (cumulative IN (0, 1)),
        date TEXT,
        since TEXT,
        place TEXT,
        source TEXT,
        PRIMARY KEY (doc_id, seq),
        CHECK (0 <= span_start AND span_start <= span_end)
      ) STRICT;
      -- a figures series is keyed by (measure, subject, group, condition, place)
      CREATE INDEX figures_series ON figures (measure, subject, "group", condition, place, date);

      CREATE TABLE events (
        doc_id TEXT NOT NULL REFERENCES documents (id),
        seq INTEGER NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        sentence TEXT NOT NULL,
        rule TEXT NOT NULL,
        type TEXT NOT NULL,
        date TEXT,
        date_text TEXT,
        actors TEXT NOT NULL CHECK (json_valid(actors) AND json_type(actors) = 'array'),
        targets TEXT NOT NULL CHECK (json_valid(targets) AND json_type(targets) = 'array'),
        place TEXT,
        modality TEXT NOT NULL CHECK (modality IN ('asserted', 'negated', 'planned', 'hypothetical')),
        stance TEXT CHECK (stance IN ('accepted', 'rejected', 'countered')),
        PRIMARY KEY (doc_id, seq),
        CHECK (0 <= span_start AND span_start <= span_end)
      ) STRICT;
      CREATE INDEX events_by_date ON events (date, doc_id);
      CREATE INDEX events_by_type ON events (type, date);

      -- MinHash fingerprints (src/dedupe) of documents that are not duplicates themselves
      CREATE TABLE dedupe_signatures (
        doc_id TEXT PRIMARY KEY NOT NULL REFERENCES documents (id),
        signature BLOB NOT NULL
      ) STRICT;
      -- LSH band keys: a lookup reads 16 index entries instead of scanning signatures
      CREATE TABLE dedupe_bands (
        band_key INTEGER NOT NULL,
        doc_id TEXT NOT NULL REFERENCES dedupe_signatures (doc_id),
        PRIMARY KEY (band_key, doc_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
