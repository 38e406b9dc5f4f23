import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A fresh temp directory with a db path in it; `cleanup` removes both. */
export function tempDb(): { dir: string; path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-store-"));
  return { dir, path: join(dir, "store.db"), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
