/**
 * Every schema migration, in apply order. Never edit or reorder a released
 * migration: append a new timestamp-named file and list it here.
 */
import type { Migration } from "../migrator.js";
import { initial } from "./2026-11-25-001-initial.js";
import { byline } from "./2026-11-25-002-byline.js";
import { terms } from "./2026-11-25-003-terms.js";
import { bandKeysOfSix } from "./2026-11-25-004-band-keys.js";
import { timeline } from "./2026-11-25-005-timeline.js";
import { timeDetails } from "./2026-12-07-006-time-details.js";

export const MIGRATIONS: readonly Migration[] = [initial, byline, terms, bandKeysOfSix, timeline, timeDetails];
