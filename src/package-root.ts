import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The folder holding sitrep's package.json. Walked up to rather than fixed,
 * because the same module runs from src/ under tsx and from dist/src/ when built.
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("sitrep's package.json not found above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}
