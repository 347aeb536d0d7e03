// A prompt kept in a Jupyter or Colab notebook and handed over as the `.ipynb` file itself: JSON whose Markdown cells
// are the document (source text, drawing, plan, request) and whose code cells are the script that sends it. The
// Markdown cells, joined in order, are exactly what the writer sees rendered in the notebook, so they are read as the
// prompt; code cells (imports, the API key line, the call) and their stored outputs (a token count, a traceback) are
// machinery, never sheet content, and are left out with one note saying so. Notes on the joined text are moved back
// to the file line its source string sits on, which is the line the writer would open in an editor.
import { InputError } from "../../errors.js";
import { panelsOf, type Sheet } from "../../model/sheet.js";

export interface Notebook {
  /** The Markdown cells' text, joined with a blank line between cells. */
  text: string;
  /** For each line of `text` (0-based), the file line (1-based) its source string starts on. */
  lines: number[];
  markdownCells: number;
  codeCells: number;
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
  const out: string[] = [];
  const lines: number[] = [];
  let markdownCells = 0;
  let codeCells = 0;
  cells.forEach((cell, at) => {
    if (cell?.cell_type !== "markdown") {
      if (cell?.cell_type === "code") codeCells++;
      return;
    }
    markdownCells++;
    // nbformat allows the source as one string or as a list of lines, each keeping its own "\n".
    const parts = Array.isArray(cell.source) ? cell.source.map(String) : typeof cell.source === "string" ? [cell.source] : [];
    const fileLines = starts[at] ?? [];
    if (out.length > 0) {
      out.push("");
      lines.push(lines[lines.length - 1] ?? 1);
    }
    const cellText = parts.join("").replace(/\r\n?/g, "\n").replace(/\n$/, "");
    // Which part each line of the cell came from, so a note lands on that part's line in the file.
    let part = 0;
    let used = 0;
    for (const line of cellText.split("\n")) {
      out.push(line);
      lines.push(fileLines[Math.min(part, fileLines.length - 1)] ?? fileLines[0] ?? 1);
      used += line.length + 1;
      while (part < parts.length - 1 && used >= partEnd(parts, part)) part++;
    }
  });
  if (markdownCells === 0) return undefined;
  return { text: out.join("\n"), lines, markdownCells, codeCells };
}

/** Characters of the cell's text up to the end of part `i`. */
function partEnd(parts: string[], i: number): number {
  let n = 0;
  for (let k = 0; k <= i; k++) n += parts[k]!.replace(/\r\n?/g, "\n").length;
  return n;
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
