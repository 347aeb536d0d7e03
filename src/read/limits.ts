// Limits on what one input may hold, checked before the slow parts see it: Markdown parsers slow down
// quadratically with nesting depth, Mermaid's grammar recursively, and auto-fit with every item of a panel.
// A cheat sheet needs nothing near these; each is an InputError on the line where it is crossed.
import { InputError } from "../errors.js";
import type { Block, MindNode, Sheet } from "../model/sheet.js";

/** Nesting depth of lists, quotes, mind-map branches and flowchart subgraphs. */
export const MAX_NESTING = 32;
/** Blocks, list items, table rows and diagram nodes in one panel. */
export const MAX_PANEL_ITEMS = 2000;
/** Nodes in one flowchart or mind map (dagre and the mind-map search grow fast with them). */
export const MAX_DIAGRAM_NODES = 150;
/** Characters of text in one panel: twice what a whole A4 page holds at the smallest legible size (about
 * 10,000), so more can never fit; fitting it would still try every size and arrangement (a minute at 140,000). */
export const MAX_PANEL_CHARS = 20_000;
/** Panels on one page: placing items weighs every panel against the others, and a page of a hundred boxes is
 * already about 2 cm a box. */
export const MAX_PANELS = 100;

/** A layout of more panels than a page can show, refused before items are placed among them. */
export function checkPanelCount(count: number, lineOf: () => number | undefined): void {
  if (count <= MAX_PANELS) return;
  throw new InputError(`the layout has ${count} panels; one page holds at most ${MAX_PANELS}`, { line: lineOf() }, "merge boxes or rows, or split the chapter into two sheets");
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** For each line, whether it belongs to fenced code (its fences included). As CommonMark (and so remark) reads
 * fences: a closing fence is the opening's character, at least as long, and nothing after it but blanks. */
export function fencedLines(lines: readonly string[]): boolean[] {
  let fence: string | undefined;
  return lines.map((line) => {
    const open = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (open && open[0] === fence[0] && open.length >= fence.length && line.trim() === open) fence = undefined;
      return true;
    }
    if (open) fence = open;
    return open !== undefined;
  });
}

/** Lists and quotes nested past MAX_NESTING, outside fenced code (Mermaid blocks are checked on their own). */
export function checkNesting(text: string): void {
  const lines = text.split("\n");
  const code = fencedLines(lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (code[i]) continue;
    const quotes = /^(?:\s*>)+/.exec(line)?.[0].replace(/[^>]/g, "").length ?? 0;
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, "    ").length;
    const listDepth = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:\s|$)/.test(line) ? Math.floor(indent / 2) + 1 : 0;
    if (quotes > MAX_NESTING || listDepth > MAX_NESTING) {
      throw new InputError(
        `${quotes > MAX_NESTING ? "quotes" : "lists"} are nested more than ${MAX_NESTING} levels deep here`,
        { line: i + 1 },
        "flatten the nesting; a cheat sheet reads one or two levels",
      );
    }
  }
}

/** `*` and `_` marks in one paragraph: Markdown pairs emphasis marks in time growing with their square (a
 * paragraph of 30,000 takes a quarter of a minute); a paragraph people write holds a few dozen. */
export const MAX_PARAGRAPH_MARKS = 5000;

/** A paragraph (a run of lines with no blank line, outside fenced code) holding more emphasis marks than that. */
export function checkEmphasis(text: string): void {
  const lines = text.split("\n");
  const code = fencedLines(lines);
  let marks = 0;
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (code[i] || line.trim() === "") {
      marks = 0;
      from = i + 1;
      continue;
    }
    for (let k = 0; k < line.length; k++) if (line.charCodeAt(k) === 42 || line.charCodeAt(k) === 95) marks++;
    if (marks > MAX_PARAGRAPH_MARKS) {
      throw new InputError(
        `the paragraph from this line holds more than ${MAX_PARAGRAPH_MARKS} \`*\` and \`_\` marks`,
        { line: from + 1 },
        "split it with blank lines, or put it in a ``` code fence if it is not meant as emphasis",
      );
    }
  }
}

function mindNodes(n: MindNode, depth = 1): { count: number; depth: number } {
  let count = 1;
  let deepest = depth;
  for (const c of n.children) {
    // Checked on the way down, so a pathological tree stops here instead of overflowing the stack.
    if (depth > MAX_NESTING) break;
    const sub = mindNodes(c, depth + 1);
    count += sub.count;
    deepest = Math.max(deepest, sub.depth);
  }
  return { count, depth: deepest };
}

/** Items a block adds to its panel, and its diagram's node count and depth when it is one. */
function sizeOf(block: Block): { items: number; nodes: number; depth: number } {
  const b = block as Partial<Record<"items" | "rows" | "nodes" | "knobs", unknown[]>> & { root?: MindNode; kind: string };
  if (b.root) {
    const m = mindNodes(b.root);
    return { items: m.count, nodes: m.count, depth: m.depth };
  }
  const nodes = b.kind === "flowchart" ? (b.nodes?.length ?? 0) : 0;
  return { items: Math.max(1, (b.items ?? b.rows ?? b.nodes ?? b.knobs ?? []).length), nodes, depth: 0 };
}

/** Characters of the text a value holds: every `text` and `label` string inside it (rich runs, cells, nodes). */
function charsOf(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + charsOf(v), 0);
  if (!value || typeof value !== "object") return 0;
  let n = 0;
  for (const [k, v] of Object.entries(value)) n += typeof v === "string" ? (k === "text" || k === "label" ? v.length : 0) : charsOf(v);
  return n;
}

/**
 * The file line of a panel's heading, found by its title (the model carries no lines): a heading holding it in
 * any case (a prompt's plan writes `## 1. 🏗️ Transformer Architecture` for the box `TRANSFORMER ARCHITECTURE`),
 * else the first line that does (the box in the layout drawing).
 */
function headingLine(text: string, title: string): number | undefined {
  const lines = text.split("\n").map((l) => l.toLowerCase());
  const t = title.toLowerCase();
  const heading = lines.findIndex((l) => /^\s*#/.test(l) && l.includes(t));
  const i = heading >= 0 ? heading : lines.findIndex((l) => l.includes(t));
  return i < 0 ? undefined : i + 1;
}

export function checkSheetLimits(sheet: Sheet, text: string): void {
  const panels = sheet.rows.reduce((n, r) => n + (r.kind === "panels" ? r.panels.length : 0), 0);
  checkPanelCount(panels, () => text.split("\n").findIndex((l) => /^layout\s*:/.test(l)) + 1 || undefined);
  for (const row of sheet.rows) {
    if (row.kind !== "panels") continue;
    for (const panel of row.panels) {
      let items = panel.lead.length;
      const fail = (message: string, hint: string): never => {
        // Where its content was written (a prompt's plan section) before where its title is.
        const written = panel.blocks.map((b) => (b as { at?: { line?: number } }).at?.line).filter((l): l is number => l !== undefined);
        throw new InputError(`panel "${panel.id}" ${message}`, { line: written.length ? Math.min(...written) : headingLine(text, panel.title) }, hint);
      };
      for (const block of panel.blocks) {
        const size = sizeOf(block);
        items += size.items;
        if (size.depth > MAX_NESTING) fail(`has a mind map nested more than ${MAX_NESTING} levels deep`, "flatten the mind map");
        if (size.nodes > MAX_DIAGRAM_NODES) {
          fail(`has a ${block.kind} of ${size.nodes} nodes; a diagram holds at most ${MAX_DIAGRAM_NODES}`, "split the diagram, or keep its main steps");
        }
      }
      if (items > MAX_PANEL_ITEMS) {
        fail(`holds ${items} blocks, items and rows; one panel holds at most ${MAX_PANEL_ITEMS}`, "split the content over more panels or shorten it");
      }
      const chars = charsOf(panel.lead) + charsOf(panel.blocks);
      if (chars > MAX_PANEL_CHARS) {
        fail(`holds ${chars} characters of text; one panel holds at most ${MAX_PANEL_CHARS} (a whole page holds about half that at the smallest legible size)`, "keep the panel's main points, or split the chapter over more sheets");
      }
    }
  }
}
