import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { fsErrorMessage } from "./read-file-bytes.js";

/** Extensions that are never articles: skipped when walking a directory, read when named. */
const NOT_TEXT = new Set([
  ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico", ".pdf", ".zip", ".gz", ".tgz", ".bz2",
  ".xz", ".7z", ".tar", ".mp3", ".mp4", ".mov", ".wav", ".exe", ".dll", ".so", ".woff", ".woff2",
  ".ttf", ".db", ".db-wal", ".db-shm", ".db-journal", ".sqlite", ".sqlite-wal", ".sqlite-shm", ".pyc", ".class", ".o",
]);

/** A file found under a directory, or a directory that could not be listed. */
export type Listed = { path: string } | { path: string; error: string };

function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * The files under `dir`, depth first, sorted by name at each level, skipping
 * hidden files and directories (".git", ".DS_Store") and known binary
 * extensions. Symbolic links to files are followed; links to directories are
 * not, so a cycle cannot loop.
 *
 * @example
 * for await (const f of listFiles("corpus")) console.log(f.path) // corpus/a.txt, corpus/b/c.html …
 */
export async function* listFiles(dir: string): AsyncGenerator<Listed> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { path: dir, error: fsErrorMessage(err) };
    return;
  }
  entries.sort(byName);
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      yield* listFiles(path);
      continue;
    }
    const isFile = entry.isFile() || (entry.isSymbolicLink() && (await stat(path).then((s) => s.isFile(), () => false)));
    if (isFile && !NOT_TEXT.has(extname(entry.name).toLowerCase())) yield { path };
  }
}
