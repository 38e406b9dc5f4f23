/** Text decoded from bytes, or why the bytes are not text. */
export type DecodeResult = { ok: true; text: string } | { ok: false; error: string };

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const UTF16LE = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: false });
const UTF16BE = new TextDecoder("utf-16be", { fatal: true, ignoreBOM: false });
const SNIFF_BYTES = 8192;
const MAX_CONTROL_SHARE = 0.1;

/** Control bytes other than tab, newline, form feed and carriage return. */
function isControl(b: number): boolean {
  return (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) || b === 127;
}

/** A NUL anywhere, or a tenth of the head in control bytes: an image, archive or executable. */
function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) >= 0) return true;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) if (isControl(bytes[i])) controls++;
  return controls > n * MAX_CONTROL_SHARE;
}

/** Length of the UTF-8 sequence starting at `i`, or 0 when it is invalid there. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  const [len, min, max] = b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf]
    : b === 0xe0 ? [3, 0xa0, 0xbf] : b === 0xed ? [3, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf]
    : b === 0xf0 ? [4, 0x90, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf]
    : [0, 0, 0];
  if (len === 0 || i + len > bytes.length) return 0;
  if (bytes[i + 1] < min || bytes[i + 1] > max) return 0;
  for (let k = 2; k < len; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return 0;
  return len;
}

/** Offset of the first byte that breaks UTF-8; only called once decoding has failed. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const len = sequenceLength(bytes, i);
    if (len === 0) return i;
    i += len;
  }
  return bytes.length;
}

/**
 * Decodes file bytes as UTF-8 (a BOM is dropped; UTF-16 with a BOM is read
 * too), refusing empty input, binary data and invalid UTF-8 with a one-line reason.
 *
 * @example
 * decodeText(new Uint8Array([0x68, 0x69]))       // → { ok: true, text: "hi" }
 * decodeText(new Uint8Array([0x61, 0xff, 0x62])) // → { ok: false, error: "invalid UTF-8 at byte 1" }
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: "file is empty" };
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: UTF16LE.decode(bytes) };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: UTF16BE.decode(bytes) };
  } catch {
    return { ok: false, error: "invalid UTF-16 text" };
  }
  if (looksBinary(bytes)) return { ok: false, error: "binary file, not text" };
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { ok: false, error: `invalid UTF-8 at byte ${firstInvalidByte(bytes)}` };
  }
  if (text.trim().length === 0) return { ok: false, error: "file has only whitespace" };
  return { ok: true, text };
}
