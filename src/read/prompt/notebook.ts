// A prompt kept in a Jupyter or Colab notebook and handed over as the `.ipynb` file itself: JSON whose Markdown cells
// are the document (source text, drawing, plan, request) and whose code cells are the script that sends it. The
// Markdown cells, joined in order, are exactly what the writer sees rendered in the notebook, so they are read as the
// prompt; code cells (imports, the API key line, the call) and their stored outputs (a token count, a traceback) are
// machinery, never sheet content, and are left out with one note saying so. A notebook that keeps the prompt in
// the script's triple-quoted strings instead, its Markdown only a title, is read as those strings' text. Notes on
// the text read are moved back to the file line its source string sits on, the line the writer would open.
import { InputError } from "../../errors.js";
import { panelsOf, type Sheet } from "../../model/sheet.js";

export interface Notebook {
  /** The Markdown cells' text, joined with a blank line between cells. */
  text: string;
  /** For each line of `text` (0-based), the file line (1-based) its source string starts on. */
  lines: number[];
  markdownCells: number;
  codeCells: number;
  /** The prompt was the code cells' triple-quoted strings, not the Markdown cells. */
  inCode: boolean;
}

interface Cell {
  cell_type?: unknown;
  source?: unknown;
}

/**
 * The notebook a file holds: a JSON object with a `cells` array and an `nbformat` number, as Jupyter, Colab and
 * VS Code all write it. Anything else (a prompt that merely shows some JSON) is left alone.
 */
export function notebook(text: string): Notebook | undefined {
  const head = text.trimStart();
  if (!head.startsWith("{") || !/"nbformat"\s*:/.test(text) || !/"cells"\s*:/.test(text)) return undefined;
  let nb: { cells?: unknown; nbformat?: unknown };
  try {
    nb = JSON.parse(text) as typeof nb;
  } catch {
    return undefined;
  }
  if (!nb || typeof nb !== "object" || !Array.isArray(nb.cells) || typeof nb.nbformat !== "number") return undefined;
  const cells = nb.cells as Cell[];
  const starts = sourceLines(text);
  const markdown: Line[] = [];
  const strings: Line[] = [];
  let markdownCells = 0;
  let codeCells = 0;
  cells.forEach((cell, at) => {
    // nbformat allows the source as one string or as a list of lines, each keeping its own "\n".
    const parts = Array.isArray(cell?.source) ? cell.source.map(String) : typeof cell?.source === "string" ? [cell.source] : [];
    const lines = cellLines(parts, starts[at] ?? []);
    if (cell?.cell_type === "markdown") {
      markdownCells++;
      if (markdown.length > 0) markdown.push({ text: "", line: markdown[markdown.length - 1]!.line });
      markdown.push(...lines);
    } else if (cell?.cell_type === "code") {
      codeCells++;
      strings.push(...tripleQuoted(lines));
    }
  });
  // A notebook that keeps the prompt in the script instead (`prompt = """# Role Definition …"""`, a title cell or
  // two around it): its strings spell out more than its Markdown does, and are the prompt.
  const size = (ls: Line[]): number => ls.reduce((n, l) => n + l.text.trim().length, 0);
  const inCode = size(strings) > size(markdown);
  const chosen = inCode ? strings : markdown;
  if (chosen.length === 0) return undefined;
  return { text: chosen.map((l) => l.text).join("\n"), lines: chosen.map((l) => l.line), markdownCells, codeCells, inCode };
}

interface Line {
  text: string;
  /** The file line its source string starts on. */
  line: number;
}

/** A cell's lines, each with the file line of the source string it begins in. Linear in the cell's length. */
function cellLines(parts: string[], fileLines: number[]): Line[] {
  const out: Line[] = [];
  let buf = "";
  let from = -1;
  const lineOf = (k: number): number => fileLines[Math.min(k, fileLines.length - 1)] ?? 1;
  parts.forEach((part, k) => {
    const pieces = part.replace(/\r\n?/g, "\n").split("\n");
    pieces.forEach((piece, i) => {
      if (i < pieces.length - 1) {
        out.push({ text: buf + piece, line: lineOf(from < 0 ? k : from) });
        buf = "";
        from = -1;
      } else if (piece !== "") {
        if (from < 0) from = k;
        buf += piece;
      }
    });
  });
  // The last line, unless the cell ended on its "\n" (a last part of "" opens no line).
  if (buf !== "") out.push({ text: buf, line: lineOf(Math.max(0, from)) });
  return out;
}

/** A line of an f-string that is only a placeholder (`{layout_md}`): it names another string, taken where written. */
const PLACEHOLDER = /^\s*\{[A-Za-z_]\w*\}\s*$/;

/**
 * The lines inside the code's triple-quoted strings (three double or three single quotes, an f-string's too), in
 * order, a blank line between strings. One pass over each line, no backtracking.
 */
function tripleQuoted(lines: Line[]): Line[] {
  const out: Line[] = [];
  let open: string | undefined;
  for (const { text, line } of lines) {
    let rest = text;
    let opened = false;
    for (;;) {
      if (open === undefined) {
        const a = rest.indexOf('"""');
        const b = rest.indexOf("'''");
        const at = a < 0 ? b : b < 0 ? a : Math.min(a, b);
        if (at < 0) break;
        open = rest.slice(at, at + 3);
        if (out.length > 0) out.push({ text: "", line });
        rest = rest.slice(at + 3);
        opened = true;
        continue;
      }
      const close = rest.indexOf(open);
      const inside = close < 0 ? rest : rest.slice(0, close);
      // The opening line's empty rest (`prompt = """` then a newline) and the closing line's empty start are no
      // lines of the text; a blank line inside it is.
      if (!PLACEHOLDER.test(inside) && !(inside === "" && (close >= 0 || opened))) out.push({ text: inside, line });
      if (close < 0) break;
      open = undefined;
      rest = rest.slice(close + 3);
    }
  }
  return out;
}

/**
 * For each cell (by index), the file lines its `"source"` strings start on. One pass over the characters, skipping
 * string contents by their escapes, tracking depth: a `"source"` key directly in a cell object (depth 3: the top
 * object, the `cells` array, the cell) is the one read; `"source"` keys in metadata or outputs sit deeper.
 */
function sourceLines(text: string): number[][] {
  const result: number[][] = [];
  let depth = 0;
  let line = 1;
  let cell = -1;
  let inCells = false;
  let want: "key" | "value" | "list" | undefined;
  let lastKey = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n") line++;
    else if (c === '"') {
      const start = line;
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      const value = text.slice(i + 1, j);
      i = j;
      if (depth === 3 && want === "value") {
        result[cell]!.push(start);
        want = undefined;
      } else if (depth === 4 && want === "list") result[cell]!.push(start);
      else if (depth === 3) lastKey = value;
      else if (depth === 1) lastKey = value;
    } else if (c === ":" && depth === 3 && lastKey === "source") want = "value";
    else if (c === "{" || c === "[") {
      depth++;
      if (depth === 2 && c === "[" && lastKey === "cells") inCells = true;
      else if (depth === 3 && c === "{" && inCells) {
        cell++;
        result[cell] = [];
        lastKey = "";
      } else if (depth === 4 && c === "[" && want === "value") want = "list";
    } else if (c === "}" || c === "]") {
      if (depth === 4 && want === "list") want = undefined;
      if (depth === 2 && inCells) inCells = false;
      depth--;
    } else if (c === "," && depth === 3) lastKey = "";
  }
  return result;
}

/** The note saying how the file was read, on line 1. */
export function notebookNote(nb: Notebook): string {
  if (nb.inCode) return "line 1: the prompt is a Jupyter notebook's script; read as the text of its code cells' triple-quoted strings in order, the code around them and the Markdown cells left out";
  const cells = nb.codeCells === 1 ? "code cell, with its outputs, is" : `${nb.codeCells} code cells, with their outputs, are`;
  const code = nb.codeCells === 0 ? "" : `; its ${cells} the sending script, not sheet content, and left out`;
  return `line 1: the prompt is a Jupyter notebook; read as ${nb.markdownCells === 1 ? "its one Markdown cell" : `its ${nb.markdownCells} Markdown cells joined in order`}${code}`;
}

/** A warning about the joined text, moved to the file line its source string is on. */
export function onNotebookLine(nb: Notebook, warning: string): string {
  return warning.replace(/^line (\d+)(?=[:,–-])/, (all, n: string) => {
    const at = nb.lines[Number(n) - 1];
    return at === undefined ? all : `line ${at}`;
  });
}

/** The sheet's blocks' source lines on the file's lines too: the report and the live preview point the writer there. */
export function atNotebookLines(nb: Notebook, sheet: Sheet): Sheet {
  for (const p of panelsOf(sheet)) for (const b of p.blocks) if (b.at?.line !== undefined) b.at.line = nb.lines[b.at.line - 1] ?? b.at.line;
  return sheet;
}

/** An error about the joined text, moved the same way. */
export function errorOnNotebookLine(nb: Notebook, err: unknown): unknown {
  if (!(err instanceof InputError) || err.where.line === undefined) return err;
  const moved = new InputError(err.message, { ...err.where, line: nb.lines[err.where.line - 1] ?? err.where.line, column: undefined }, err.hint);
  moved.stack = err.stack;
  return moved;
}
