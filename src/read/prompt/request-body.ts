// A prompt pasted as it sits in the script that sends it: the request body of an image API call (`payload = {
// "model": …, "contents": [{"parts": [{"text": "# Role Definition\n…"}]}] }`), the whole document one JSON string
// with `\n` for its newlines, `\"` for its quotes and `\uXXXX` for some of its characters. Decoding that string
// gives back exactly the document the writer wrote, so it is read as that, with one note saying so; refusing would
// only make the writer do by hand what JSON.parse does. Every line of the decoded prompt sits on the one file line
// the string is on, so notes name that line and the prompt's own line after it.
import { InputError } from "../../errors.js";

export interface RequestBody {
  /** The decoded prompt. */
  text: string;
  /** The file line the string starts on (1-based). */
  line: number;
  /** The key the string is the value of (`text`, `prompt`, `content`), when there is one. */
  key?: string;
  /** The request's `"model"`, when it names one. */
  model?: string;
}

/** Escaped newlines a string must hold to be taken for a whole document rather than a value in one. */
const MIN_LINES = 3;

/**
 * The prompt a request body carries: the file's longest one-line string literal, when it holds most of the file
 * and several `\n` escapes. A document that merely shows a JSON example keeps its own lines, so its strings are
 * short beside it and it is left alone. One pass over the characters, no backtracking.
 */
export function requestBody(text: string): RequestBody | undefined {
  if (!text.includes("\\n")) return undefined;
  let best: { start: number; end: number } | undefined;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue;
    let j = i + 1;
    while (j < text.length && text[j] !== '"' && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
    if (text[j] !== '"') {
      i = j;
      continue;
    }
    if (!best || j - i > best.end - best.start) best = { start: i, end: j };
    i = j;
  }
  if (!best || (best.end - best.start) * 2 < text.length) return undefined;
  const raw = text.slice(best.start + 1, best.end);
  const decoded = decode(raw);
  if (decoded === undefined || decoded.split("\n").length <= MIN_LINES) return undefined;
  const before = text.slice(Math.max(0, best.start - 200), best.start);
  const outside = text.slice(0, best.start) + text.slice(best.end + 1);
  return {
    text: decoded.replace(/\r\n?/g, "\n"),
    line: text.slice(0, best.start).split("\n").length,
    key: /["']([\w-]{1,40})["']\s*:\s*$/.exec(before)?.[1],
    model: /["']model["']\s*:\s*["']([^"'\n]{1,80})["']/.exec(outside)?.[1],
  };
}

/** A string literal's value: JSON's escapes, and Python's `\'` and `\xHH` where a script wrote the string by hand. */
function decode(raw: string): string | undefined {
  const json = raw.replace(/\\(x([0-9a-fA-F]{2})|'|.)/g, (all: string, _e: string, hex: string | undefined) => (hex ? `\\u00${hex}` : all === "\\'" ? "'" : all));
  try {
    return JSON.parse(`"${json}"`) as string;
  } catch {
    return undefined;
  }
}

/** The note saying how the file was read, on the string's line. */
export function bodyNote(body: RequestBody): string {
  const what = `the ${body.key ? `"${body.key}" ` : ""}string of a JSON request body${body.model ? ` for ${body.model}` : ""}`;
  return `line ${body.line}: the prompt is ${what}; read as the text it decodes to (its \\n as line breaks), and "(prompt line N)" below counts that text's lines`;
}

/** A warning about the decoded prompt, moved to the string's line with the prompt's own line kept after it. */
export function onBodyLine(body: RequestBody, warning: string): string {
  const m = /^line (\d+): /.exec(warning);
  return m ? `line ${body.line}: (prompt line ${m[1]}) ${warning.slice(m[0].length)}` : warning;
}

/** An error about the decoded prompt, moved the same way. */
export function errorOnBodyLine(body: RequestBody, err: unknown): unknown {
  if (!(err instanceof InputError) || err.where.line === undefined) return err;
  const moved = new InputError(`(prompt line ${err.where.line}) ${err.message}`, { ...err.where, line: body.line, column: undefined }, err.hint);
  moved.stack = err.stack;
  return moved;
}
