import type { Migration } from "../migrator.js";

/**
 * The timeline: one row per real-world event, one per report of it, and
 * how far filing has got. Documents already stored are filed by the first
 * read, like any document saved later (TimelineRepository.catchUp).
 */
export const timeline: Migration = {
  name: "2026-11-25-005-timeline",
  up(db) {
    db.exec(`
      CREATE TABLE timeline_entries (
        id INTEGER PRIMARY KEY,
        type TEXT NOT NULL,
        modality TEXT NOT NULL,
        date TEXT,
        actors TEXT NOT NULL CHECK (json_valid(actors)),
        targets TEXT NOT NULL CHECK (json_valid(targets)),
        place TEXT,
        outlets TEXT NOT NULL CHECK (json_valid(outlets)),
        best_score REAL NOT NULL,
        summary TEXT NOT NULL,
        best_doc TEXT NOT NULL,
        best_seq INTEGER NOT NULL
      ) STRICT;
      -- a new report looks up entries of its type and modality on its day, the days around it, or its month
      CREATE INDEX timeline_entries_match ON timeline_entries (type, modality, date);
      CREATE INDEX timeline_entries_date ON timeline_entries (date);

      CREATE TABLE timeline_reports (
        doc_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        entry_id INTEGER NOT NULL REFERENCES timeline_entries (id),
        PRIMARY KEY (doc_id, seq),
        FOREIGN KEY (doc_id, seq) REFERENCES events (doc_id, seq)
      ) STRICT;
      CREATE INDEX timeline_reports_entry ON timeline_reports (entry_id);

      -- the last documents.rowid whose events are filed: reads file the rest
      CREATE TABLE timeline_filed (last_rowid INTEGER NOT NULL) STRICT;
      INSERT INTO timeline_filed (last_rowid) VALUES (0);
    `);
  },
};
