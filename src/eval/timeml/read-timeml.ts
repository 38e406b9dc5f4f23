/**
 * Reads a TempEval-3 TimeML file into what the scorer needs: the plain text
 * of <TEXT> with every tag stripped, the document creation time, and each
 * gold TIMEX3 as an offset span into that plain text with its value.
 */

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  value: string;
}

export interface TimemlDocument {
  name: string;
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (m, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

function attribute(tag: string, name: string): string | null {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
}

/**
 * @example
 * parseTimeml("a.tml", '<DCT><TIMEX3 value="1998-01-08">x</TIMEX3></DCT><TEXT>On <TIMEX3 value="1998-01-07">Wednesday</TIMEX3></TEXT>')
 * // → { dct: "1998-01-08", text: "On Wednesday", timexes: [{ start: 3, end: 12, text: "Wednesday", value: "1998-01-07" }] }
 */
export function parseTimeml(name: string, xml: string): TimemlDocument {
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml)?.[1] ?? null;
  const dct = dctTag ? (attribute(dctTag, "value")?.slice(0, 10) ?? null) : null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1];
  if (body === undefined) throw new Error(`${name}: no <TEXT> element`);
  let text = "";
  const timexes: GoldTimex[] = [];
  const open: Array<{ start: number; value: string }> = [];
  const TOKEN = /<(\/?)([A-Za-z0-9]+)([^>]*)>|([^<]+)/g;
  for (let m = TOKEN.exec(body); m; m = TOKEN.exec(body)) {
    if (m[4] !== undefined) {
      text += decode(m[4]);
    } else if (m[2] === "TIMEX3" && m[1] !== "/") {
      open.push({ start: text.length, value: attribute(m[3], "value") ?? "" });
    } else if (m[2] === "TIMEX3") {
      const o = open.pop();
      if (o) timexes.push({ start: o.start, end: text.length, text: text.slice(o.start, text.length), value: o.value });
    }
  }
  return { name, dct, text, timexes: timexes.sort((a, b) => a.start - b.start) };
}
