import type { Migration } from "../migrator.js";

/**
 * Two details of a time expression, additions to SPEC §1: the time of day it
 * names (Time.time_of_day: "T22:00", "TEV") and the day a length anchored on
 * a stated day points to (Time.points_to). Nullable columns added in place:
 * times stored before them read back without either, as times that have none do.
 */
export const timeDetails: Migration = {
  name: "2026-12-07-006-time-details",
  up(db) {
    db.exec("ALTER TABLE times ADD COLUMN time_of_day TEXT");
    db.exec("ALTER TABLE times ADD COLUMN points_to TEXT");
  },
};
