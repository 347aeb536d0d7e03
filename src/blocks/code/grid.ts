// Code on a character grid: every grapheme takes one cell (two for Hangul, CJK and emoji: fonts/cells.ts), whitespace
// is kept, and a line wider than the panel is broken only between tokens. No font here: layout sets each line as
// one fixed-advance text run, and the reader's room estimate uses the same cell counts.
import { graphemes } from "../../fonts/graphemes.js";
import { cellsOf, columns } from "../../fonts/cells.js";

/**
 * One line on the grid: `text` (blanks kept) from column `col`. A line that continues the source line above it
 * has the continuation sign at column `mark`, its text two columns further on.
 */
export interface GridLine {
  text: string;
  col: number;
  /** Columns used, up to the end of the text. */
  width: number;
  mark?: number;
}

/** The continuation sign (in the math face): a hooked arrow, so a wrapped line is never taken for a new one. */
export const CONTINUATION = "↪";
const TAB = 4;
// A comment's marker standing apart (`x = 1  # 다음에 할 일`) goes with the word after it: broken after the
// marker, the line would end in a bare `#` and its words start the next line.
const TOKEN = /(?<=^|\s)(?:#|\/\/|--)[ \t]+\S+|\s+|\S+/gu;
/** Chat-template specials (`<|im_start|>`, `<|endoftext|>`): never cut, even inside a longer word. */
const SPECIAL = /<\|[^|\s]*\|>/gu;

/** Tabs expanded to stops of four columns, trailing blanks and blank edge lines dropped. */
export function codeSourceLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n").map((line) => {
    let out = "";
    let col = 0;
    for (const g of graphemes(line)) {
      if (g === "\t") {
        // After Hangul (1.5 cells) a column may be fractional; a tab still moves at least one space.
        const n = Math.max(1, Math.floor(TAB - (col % TAB)));
        out += " ".repeat(n);
        col += n;
      } else {
        out += g;
        col += cellsOf(g);
      }
    }
    return out.trimEnd();
  });
  while (lines.length > 0 && lines[0] === "") lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

interface Token {
  text: string;
  width: number;
  space: boolean;
}

function tokens(line: string): Token[] {
  return [...line.matchAll(TOKEN)].map((m) => {
    const text = m[0];
    return { text, width: columns(text), space: /^\s/.test(text) };
  });
}

/**
 * A token too long for any line is cut where it must be: after its last punctuation that fits, else at the
 * edge, and never inside a special token (one wider than the whole line is cut only before it).
 */
function cut(token: Token, room: number): [Token, Token] {
  const gs = graphemes(token.text);
  const inside = new Set<number>();
  let offset = 0;
  const starts = gs.map((g) => ((offset += g.length), offset - g.length));
  for (const m of token.text.matchAll(SPECIAL)) {
    for (let k = 0; k < gs.length; k++) if (starts[k]! > m.index && starts[k]! < m.index + m[0].length) inside.add(k);
  }
  let width = 0;
  let at = 0;
  let best = -1;
  let lastPunct = -1;
  for (; at < gs.length; at++) {
    const w = cellsOf(gs[at]!);
    if (width + w > room) break;
    width += w;
    if (!inside.has(at + 1)) {
      best = at + 1;
      if (/[\p{P}\p{S}]/u.test(gs[at]!)) lastPunct = at + 1;
    }
  }
  let split = lastPunct > at / 2 ? lastPunct : best;
  if (split <= 0) {
    // Even the first whole piece does not fit: take that piece alone (a special token, or one grapheme).
    split = 1;
    while (split < gs.length && inside.has(split)) split++;
  }
  const head = gs.slice(0, split).join("");
  const tail = gs.slice(split).join("");
  return [
    { text: head, width: columns(head), space: false },
    { text: tail, width: columns(tail), space: false },
  ];
}

/**
 * The source lines laid on a grid `cols` wide. A wrapped line goes on under the same indent, after the
 * continuation sign and a blank; the blank where it broke is dropped.
 */
export function gridLines(lines: string[], cols: number): GridLine[] {
  const out: GridLine[] = [];
  const limit = Math.max(4, Math.floor(cols));
  for (const line of lines) {
    const indent = Math.min(line.length - line.trimStart().length, Math.floor(limit / 3));
    let current: GridLine = { text: "", col: 0, width: 0 };
    const end = (): number => current.col + columns(current.text);
    const breakLine = (): void => {
      current.text = current.text.trimEnd();
      current.width = end();
      out.push(current);
      current = { text: "", col: indent + 2, width: indent + 2, mark: indent };
    };
    const queue = tokens(line);
    while (queue.length > 0) {
      const t = queue.shift()!;
      if (current.width + t.width <= limit) {
        current.text += t.text;
        current.width += t.width;
        continue;
      }
      if (t.space) {
        if (current.text.trim() !== "") breakLine();
        continue;
      }
      if (current.text.trim() !== "") {
        breakLine();
        queue.unshift(t);
        continue;
      }
      // Alone on its line and still too wide: the one place a token is cut.
      const [head, tail] = cut(t, limit - current.width);
      current.text += head.text;
      current.width += head.width;
      breakLine();
      queue.unshift(tail);
    }
    current.width = end();
    out.push(current);
  }
  return out;
}
