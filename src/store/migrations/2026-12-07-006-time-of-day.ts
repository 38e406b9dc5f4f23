import type { Migration } from "../migrator.js";

/**
 * The time of day of a time expression (Time.time_of_day, an addition to
 * SPEC §1: "T22:00", "TEV"). Nullable and added in place: times stored before
 * it read back without one, as times that name no hour do.
 */
export const timeOfDay: Migration = {
  name: "2026-12-07-006-time-of-day",
  up(db) {
    db.exec("ALTER TABLE times ADD COLUMN time_of_day TEXT");
  },
};
