import { stat } from "node:fs/promises";
import { decodeText } from "./decode-text.js";
import { detectFormat } from "./detect-format.js";
import { failed, type InputItem } from "./input-item.js";
import { listFiles } from "./list-files.js";
import { DEFAULT_MAX_BYTES, fsErrorMessage, readFileBytes, readStreamBytes, type BytesResult } from "./read-file-bytes.js";
import { readFeed } from "./read-feed.js";
import { readHtml } from "./read-html.js";
import { readJson, readJsonl } from "./read-jsonl.js";
import { readText } from "./read-text.js";

export type { InputItem } from "./input-item.js";

export interface ReadInputsOptions {
  /** Where "-" reads from; process.stdin by default. */
  stdin?: NodeJS.ReadableStream;
  /** Inputs larger than this are refused unread; 20 MB by default. */
  maxBytes?: number;
}

/** Every article in one decoded input, whatever its format. */
function* articlesIn(origin: string, text: string): Generator<InputItem> {
  switch (detectFormat(origin, text)) {
    case "html":
      yield readHtml(origin, text);
      return;
    case "feed":
      yield* readFeed(origin, text);
      return;
    case "jsonl":
      yield* readJsonl(origin, text);
      return;
    case "json":
      yield* readJson(origin, text);
      return;
    case "text":
      yield readText(origin, text);
  }
}

function* fromBytes(origin: string, read: BytesResult): Generator<InputItem> {
  if (!read.ok) {
    yield failed(origin, read.error);
    return;
  }
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) {
    yield failed(origin, decoded.error);
    return;
  }
  try {
    yield* articlesIn(origin, decoded.text);
  } catch (err) {
    // A reader bug must cost one input, not the run.
    yield failed(origin, `could not read: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * Reads files, directories (recursively, sorted, hidden entries skipped) and
 * "-" (stdin), yielding one item per article: text, HTML pages, RSS/Atom
 * feeds (one per item) and JSON Lines (one per line). An input that cannot
 * be read yields `{ ok: false, origin, error }` and the next one is read;
 * the generator itself never throws.
 *
 * @example
 * for await (const item of readInputs(["corpus/", "-"])) {
 *   if (item.ok) handle(item.article);
 *   else console.error(`${item.origin}: ${item.error}`);
 * }
 */
export async function* readInputs(paths: string[], options: ReadInputsOptions = {}): AsyncGenerator<InputItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const path of paths) {
    if (path === "-") {
      yield* fromBytes("-", await readStreamBytes(options.stdin ?? process.stdin, maxBytes));
      continue;
    }
    const isDirectory = await stat(path).then((s) => s.isDirectory(), (err: unknown) => fsErrorMessage(err));
    if (typeof isDirectory === "string") {
      yield failed(path, isDirectory);
    } else if (!isDirectory) {
      yield* fromBytes(path, await readFileBytes(path, maxBytes));
    } else {
      for await (const file of listFiles(path)) {
        if ("error" in file) yield failed(file.path, file.error);
        else yield* fromBytes(file.path, await readFileBytes(file.path, maxBytes));
      }
    }
  }
}
