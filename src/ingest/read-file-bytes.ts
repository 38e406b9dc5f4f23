import { readFileSync, statSync } from "node:fs";

/** Bytes read from a file or stream, or why they could not be read. */
export type BytesResult = { ok: true; bytes: Uint8Array } | { ok: false; error: string };

/** 20 MB: far above any article, low enough that a stray dump is refused quickly. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const ERRNO_MESSAGES: Record<string, string> = {
  ENOENT: "no such file or directory",
  ENOTDIR: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory",
  ELOOP: "too many symbolic links",
};

/**
 * A one-line message for a file-system error.
 *
 * @example
 * fsErrorMessage(Object.assign(new Error("x"), { code: "ENOENT" })) // → "no such file or directory"
 */
export function fsErrorMessage(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code && ERRNO_MESSAGES[code]) return ERRNO_MESSAGES[code];
  return err instanceof Error ? err.message : String(err);
}

/**
 * A byte count for people: "512 bytes", "3.4 KB", "50.0 MB"; a limit that is
 * a whole number of units prints without decimals ("20 MB").
 *
 * @example
 * formatSize(52428800) // → "50.0 MB"
 * formatSize(20971520, true) // → "20 MB"
 */
export function formatSize(bytes: number, isLimit = false): string {
  const units: [number, string][] = [[1024 * 1024 * 1024, "GB"], [1024 * 1024, "MB"], [1024, "KB"]];
  for (const [size, unit] of units) {
    if (bytes < size) continue;
    const n = bytes / size;
    return `${isLimit && Number.isInteger(n) ? n : n.toFixed(1)} ${unit}`;
  }
  return `${bytes} bytes`;
}

function overLimit(size: number, maxBytes: number): string {
  return `file is ${formatSize(size)}, over the ${formatSize(maxBytes, true)} limit`;
}

/**
 * Reads a file whole, refusing it from its size (stat) before reading when it
 * exceeds `maxBytes`. Synchronous inside: ingest reads one file at a time, and
 * for article-sized files the thread-pool round trips of fs/promises cost
 * more than the reads themselves.
 *
 * @example
 * await readFileBytes("missing.txt", 1000) // → { ok: false, error: "no such file or directory" }
 */
export async function readFileBytes(path: string, maxBytes: number): Promise<BytesResult> {
  try {
    const info = statSync(path);
    if (info.isDirectory()) return { ok: false, error: "is a directory" };
    if (info.size > maxBytes) return { ok: false, error: overLimit(info.size, maxBytes) };
    return { ok: true, bytes: readFileSync(path) };
  } catch (err) {
    return { ok: false, error: fsErrorMessage(err) };
  }
}

/**
 * Reads a stream (stdin) whole, stopping as soon as it passes `maxBytes`.
 *
 * @example
 * await readStreamBytes(process.stdin, DEFAULT_MAX_BYTES)
 */
export async function readStreamBytes(stream: NodeJS.ReadableStream, maxBytes: number): Promise<BytesResult> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Uint8Array);
      total += bytes.length;
      if (total > maxBytes) return { ok: false, error: `input is over the ${formatSize(maxBytes, true)} limit` };
      chunks.push(bytes);
    }
  } catch (err) {
    return { ok: false, error: fsErrorMessage(err) };
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
