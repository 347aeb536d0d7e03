// Bytes → text, before anything is read. Pure: the CLI reads the file, this only decides what its bytes say.
// UTF-8 is the format; the two others a Korean Windows user saves without knowing it are read too, and said:
// Notepad's "Unicode" (UTF-16 with a byte-order mark) and an older editor's ANSI code page, CP949 (EUC-KR).
import { InputError } from "../errors.js";

export type InputEncoding = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "CP949";

export interface DecodedInput {
  text: string;
  encoding: InputEncoding;
  /** Said to the user when the file was not UTF-8: which encoding it was read as. */
  note?: string;
}

const SAVE_AS = "save the file as UTF-8 (in Notepad: File › Save As › Encoding: UTF-8)";

/**
 * The text `bytes` hold. A byte-order mark decides (UTF-8, UTF-16 LE or BE); else valid UTF-8 is UTF-8; else
 * bytes that are valid CP949 and read as Korean are CP949. Anything else is an InputError at the line of the
 * first byte that is not UTF-8. Deterministic: no guessing by statistics beyond the one Korean check below.
 */
export function decodeInput(bytes: Uint8Array): DecodedInput {
  const b = bytes;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { text: strict("utf-8", b.subarray(3), "UTF-8"), encoding: "UTF-8" };
  if (b[0] === 0xff && b[1] === 0xfe) return utf16(b, "UTF-16LE");
  if (b[0] === 0xfe && b[1] === 0xff) return utf16(b, "UTF-16BE");
  const utf8 = tryDecode("utf-8", b);
  if (utf8 !== undefined) {
    // UTF-16 saved without its mark decodes as "valid UTF-8" full of NULs: say what it is, not "binary".
    if (b.length >= 4 && noMarkUtf16(b)) {
      throw new InputError("this looks like UTF-16 text without a byte-order mark", { line: 1 }, SAVE_AS);
    }
    return { text: utf8, encoding: "UTF-8" };
  }
  const korean = tryDecode("euc-kr", b);
  if (korean !== undefined && readsAsKorean(korean)) {
    return { text: korean, encoding: "CP949", note: "read as CP949 (EUC-KR, the Korean Windows code page), not UTF-8: save the file as UTF-8 to be sure every character is read as written" };
  }
  const line = lineOfFirstBadByte(b);
  throw new InputError("this is not UTF-8 text, nor UTF-16 with a byte-order mark, nor Korean CP949 (EUC-KR) text (a byte sequence here is not valid)", { line }, SAVE_AS);
}

function utf16(b: Uint8Array, encoding: "UTF-16LE" | "UTF-16BE"): DecodedInput {
  const label = encoding === "UTF-16LE" ? "utf-16le" : "utf-16be";
  const text = strict(label, b.subarray(2), encoding);
  const order = encoding === "UTF-16LE" ? "little-endian" : "big-endian";
  return { text, encoding, note: `read as UTF-16 (${order}, as its byte-order mark says), not UTF-8: Notepad's "Unicode"; save the file as UTF-8 to make it smaller and readable by every tool` };
}

function tryDecode(label: string, b: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(b);
  } catch {
    return undefined;
  }
}

/** A file whose mark names an encoding its bytes break: the error says which, at the line it breaks. */
function strict(label: string, b: Uint8Array, name: InputEncoding): string {
  const text = tryDecode(label, b);
  if (text !== undefined) return text;
  const loose = new TextDecoder(label, { ignoreBOM: true }).decode(b);
  const line = loose.slice(0, Math.max(0, loose.indexOf("\uFFFD"))).split("\n").length;
  throw new InputError(`this file starts with a ${name} byte-order mark, but a byte sequence here is not valid ${name}`, { line }, SAVE_AS);
}

/**
 * Latin-1 or other 8-bit text can happen to pair into valid CP949 codes, which decode to rare Hanja. Korean text
 * is mostly Hangul syllables: at least one, and more of them than Hanja, or it is not taken for Korean.
 */
function readsAsKorean(text: string): boolean {
  let hangul = 0;
  let hanja = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0xac00 && c <= 0xd7a3) hangul++;
    else if (c >= 0x4e00 && c <= 0x9fff) hanja++;
    else if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
  }
  return hangul > 0 && hangul > hanja;
}

/** ASCII-heavy UTF-16 without a mark: most of one byte column is NUL. */
function noMarkUtf16(b: Uint8Array): boolean {
  const n = Math.min(b.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  return Math.max(even, odd) * 4 >= n;
}

function lineOfFirstBadByte(b: Uint8Array): number {
  const loose = new TextDecoder("utf-8").decode(b);
  const at = loose.indexOf("\uFFFD");
  return loose.slice(0, Math.max(0, at)).split("\n").length;
}
