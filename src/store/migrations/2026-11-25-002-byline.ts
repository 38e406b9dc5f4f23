import type { Migration } from "../migrator.js";

/**
 * The byline (Article.byline, an addition to SPEC §1's document). A nullable
 * column added in place: rows stored before it read back with byline null,
 * which is what an input that names no author gives too.
 */
export const byline: Migration = {
  name: "2026-11-25-002-byline",
  up(db) {
    db.exec("ALTER TABLE documents ADD COLUMN byline TEXT");
  },
};
