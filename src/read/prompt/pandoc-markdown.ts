// A prompt kept in Word and turned into Markdown by pandoc (`pandoc notes.docx -t markdown`). Pandoc writes its
// own Markdown: `{#id}` after every heading, `[words]{.underline}` and `[words]{.mark}` spans, an image's
// `{width="6.5in"}`, tables as grid tables (`+---+` ruled, `+===+` under the header) or simple tables (columns
// under a `------ ------` line), and every character that could mean markup escaped (`\[`, `\$`, `\-\--`).
// A writer who typed the metadata block and a Mermaid diagram as plain paragraphs in Word gets them back with
// hard breaks (`\` at a line's end), escapes and a blank line between the diagram's lines, so neither reads as
// what it is. Each is written as the Markdown it means, every line keeping its number. Only for a document that
// shows two of pandoc's own marks, so a hand-written prompt is never touched.
import { linePass } from "../line-pass.js";
import { gridTable, GRID_RULE } from "./rst-tables.js";
import { graphemes } from "../../fonts/graphemes.js";
import { displayWidth } from "./box-cells.js";

/** A heading's attributes as pandoc writes them: `{#id}`, `{#id .unnumbered}`, `{.unnumbered}`. */
const HEADING_ATTR = /^(#{1,6}[ \t].*?)[ \t]+\{(?:[#.][^\s{}]+|[\w-]+="[^"{}]*")(?:[ \t]+(?:[#.][^\s{}]+|[\w-]+="[^"{}]*")){0,8}\}[ \t]*$/;
/** `[words]{.underline}`, `[words]{.mark}`, `[words]{custom-style="…"}`: a span with its attributes. */
const SPAN = /(?<![!\]\\])\[([^\[\]\n]{1,300})\]\{((?:[.#][\w-]{1,40}|[\w-]{1,40}="[^"\n]{0,80}")(?:[ \t]+(?:[.#][\w-]{1,40}|[\w-]{1,40}="[^"\n]{0,80}")){0,6})\}/g;
/** An image's or link's attributes after its target: `![](media/image1.png){width="6.5in" height="3in"}`. */
const AFTER_TARGET = /(\]\([^()\s]{0,400}(?:[ \t]+"[^"\n]{0,200}")?\))\{(?:[.#][\w-]{1,40}|[\w-]{1,40}="[^"\n]{0,80}")(?:[ \t]+(?:[.#][\w-]{1,40}|[\w-]{1,40}="[^"\n]{0,80}")){0,6}\}/g;
/** A line of escaped dashes, `\-\--` or `\---`, maybe with a hard break: a YAML fence typed in Word. */
const ESCAPED_FENCE = /^(?:\\?-){3}\\?$/;
/** `key: value` with maybe a hard break: a metadata line typed in Word. */
const META_LINE = /^[A-Za-z_][\w-]{0,40}\\?_?[\w-]{0,40}:(?:[ \t].*)?$/;
/** The first line of a Mermaid diagram. */
const MERMAID_START = /^(?:(?:graph|flowchart)[ \t]+(?:TD|TB|BT|LR|RL)[ \t]*;?|sequenceDiagram|stateDiagram(?:-v2)?|timeline|pie(?:[ \t]+showData)?(?:[ \t]+title[ \t].*)?)[ \t]*$/;
/** A Mermaid statement once unescaped: an edge, a node with its label, or a keyword of the grammar. */
const MERMAID_LINE = /--+>|==+>|-\.+->|---|->>|-->>|^[ \t]*[\w-]{1,40}[ \t]*[\[({>]|^[ \t]*(?:subgraph|end|style|classDef|class|click|linkStyle|direction|participant|actor|Note|note|loop|alt|else|opt|par|section|title|autonumber|state)\b|^[ \t]*"[^"]*"[ \t]*:[ \t]*\d/;
/** A simple table's rule: runs of dashes, one a column, spaces between. */
const SIMPLE_RULE = /^[ \t]{0,3}-{2,}(?:[ \t]+-{2,}){1,20}[ \t]*$/;

export function pandocMarkdown(text: string): string {
  if (!/\\|[\])]\{|\{#|\+==/.test(text)) return text;
  return linePass(text, (plain) => (isPandocMarkdown(plain) ? pandocLines(plain) : undefined));
}

/** Two kinds of pandoc's marks at least: heading attributes, attributed spans or images, escapes, hard breaks, grid tables. */
export function isPandocMarkdown(lines: string[]): boolean {
  const kinds = new Set<string>();
  for (const l of lines) {
    if (HEADING_ATTR.test(l)) kinds.add("heading");
    if (/\]\{[.#][\w-]/.test(l) || /\)\{(?:width|height)=/.test(l)) kinds.add("span");
    if (/\\[[\]$*<>#~|'`_]/.test(l)) kinds.add("escape");
    if (/\S\\$/.test(l)) kinds.add("break");
    if (/^\+(?:=+\+)+[ \t]*$/.test(l)) kinds.add("grid");
    if (kinds.size >= 2) return true;
  }
  return false;
}

/** Markdown's backslash escapes taken off, for text that is not Markdown (a diagram's source, metadata). */
export function unescaped(l: string): string {
  return l.replace(/\\([!-/:-@[-`{-~])/g, "$1");
}

function pandocLines(plain: string[]): string[] {
  const out = plain.slice();
  let fence = "";
  for (let i = 0; i < out.length; i++) {
    const l = out[i]!;
    const open = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(l);
    if (fence) {
      if (open && open[1]![0] === fence[0] && open[1]!.length >= fence.length) fence = "";
      continue;
    }
    if (open) {
      fence = open[1]!;
      continue;
    }
    if (ESCAPED_FENCE.test(l.trim())) {
      const end = metadataEnd(out, i);
      if (end > 0) {
        out[i] = "---";
        for (let k = i + 1; k < end; k++) out[k] = metadataLine(out[k]!);
        out[end] = "---";
        i = end;
        continue;
      }
    }
    if (GRID_RULE.test(l)) {
      let end = i;
      while (end < out.length && /^[|+]/.test(out[end]!)) end++;
      const rows = gridTable(out.slice(i, end));
      if (rows) {
        placeRows(out, i, end, rows);
        i = end - 1;
        continue;
      }
    }
    if (SIMPLE_RULE.test(l) && i > 0 && out[i - 1]!.trim() && !out[i - 2]?.trim()) {
      const end = simpleEnd(out, i);
      const rows = simpleTable(out.slice(i - 1, end), l);
      if (rows) {
        for (let k = 0; k < rows.length; k++) out[i - 1 + k] = rows[k]!;
        i = end - 1;
        continue;
      }
    }
    if (MERMAID_START.test(l.trim()) && i > 0 && !out[i - 1]!.trim()) {
      const end = mermaidEnd(out, i);
      if (end > i + 1) {
        out[i - 1] = "```mermaid";
        for (let k = i; k < end; k++) out[k] = out[k]!.trim() ? unescaped(out[k]!).replace(/\\$/, "") : "";
        if (end < out.length && !out[end]!.trim()) out[end] = "```";
        else out[end - 1] = `${out[end - 1]}\n\`\`\``;
        i = end;
        continue;
      }
    }
    out[i] = l.replace(HEADING_ATTR, "$1").replace(AFTER_TARGET, "$1").replace(SPAN, (_m, words: string, attrs: string) => (mark(attrs) ? `==${words}==` : words));
    wrappedSpan(out, i);
  }
  return out;
}

const mark = (attrs: string): boolean => /(?:^|\s)\.mark\b/.test(attrs);

/**
 * A span pandoc wrapped over lines (`[학습 데이터로는 B가 훨씬` / `좋다]{.underline}`): its close has no `[` on its
 * line, so the last unclosed `[` of the lines above it in the paragraph opens it. Both marks go (a highlight's
 * become `==` on each line, as a highlight does not run over a line break).
 */
function wrappedSpan(out: string[], at: number): void {
  const close = /^([^\[\]]*?)\]\{((?:[.#][\w-]{1,40}|[\w-]{1,40}="[^"\n]{0,80}")(?:[ \t]+(?:[.#][\w-]{1,40}|[\w-]{1,40}="[^"\n]{0,80}")){0,6})\}/.exec(out[at]!);
  if (!close) return;
  for (let k = at - 1; k >= Math.max(0, at - 3) && out[k]!.trim(); k--) {
    const open = lastUnclosed(out[k]!);
    if (open < 0) {
      if (/[\[\]]/.test(out[k]!)) return;
      continue;
    }
    const hl = mark(close[2]!);
    const indent = /^[ \t]*/.exec(close[1]!)![0];
    out[k] = `${out[k]!.slice(0, open)}${hl ? "==" : ""}${out[k]!.slice(open + 1)}${hl ? "==" : ""}`;
    out[at] = `${indent}${hl ? "==" : ""}${close[1]!.slice(indent.length)}${hl ? "==" : ""}${out[at]!.slice(close[0].length)}`;
    return;
  }
}

/** Where a line's last `[` that no `]` closes after it stands (not an escaped one, nor an image's), or -1. */
function lastUnclosed(l: string): number {
  let depth = 0;
  for (let k = l.length - 1; k >= 0; k--) {
    if (l[k] === "]" && l[k - 1] !== "\\") depth++;
    else if (l[k] === "[" && l[k - 1] !== "\\") {
      if (depth === 0) return l[k - 1] === "!" ? -1 : k;
      depth--;
    }
  }
  return -1;
}

/** Where a metadata block opened by an escaped fence at `at` closes: its other fence, every line between a `key: value`. */
function metadataEnd(lines: string[], at: number): number {
  for (let k = at + 1; k < lines.length && k <= at + 60; k++) {
    const t = lines[k]!.trim();
    if (ESCAPED_FENCE.test(t)) return k > at + 1 ? k : -1;
    if (!META_LINE.test(t)) return -1;
  }
  return -1;
}

/** A metadata line as YAML: its hard break and escapes gone, a value's `<url>` autolink its address. */
function metadataLine(l: string): string {
  return unescaped(l.trim().replace(/\\$/, "")).replace(/<((?:https?|mailto):[^<>\s]{1,400})>/g, "$1");
}

/** Where a diagram typed one paragraph a line ends: past its last statement, blank lines between kept. */
function mermaidEnd(lines: string[], at: number): number {
  let last = at;
  for (let k = at + 1; k < lines.length; k++) {
    const t = lines[k]!.trim();
    if (!t) continue;
    if (/^#{1,6}[ \t]/.test(t) || !MERMAID_LINE.test(unescaped(t))) break;
    last = k;
  }
  return last + 1;
}

/** Where a simple table's rows end: at a blank line. */
function simpleEnd(lines: string[], rule: number): number {
  let end = rule + 1;
  while (end < lines.length && lines[end]!.trim()) end++;
  return end;
}

/**
 * A simple table (its header line, its rule, its rows) as Markdown table lines, one for one: each cell is the
 * text from its column's dashes up to the next column's, by display width (pandoc lines Hangul up by its width
 * on screen). Undefined when a line has text left of the first column, as prose or a drawing would.
 */
function simpleTable(lines: string[], rule: string): string[] | undefined {
  const cols: [number, number][] = [];
  for (const m of rule.matchAll(/-+/g)) cols.push([m.index!, m.index! + m[0].length]);
  const split = (line: string): string[] | undefined => {
    const cells = cols.map(() => "");
    let col = 0;
    for (const g of graphemes(line)) {
      const w = displayWidth(g);
      let k = cols.length - 1;
      while (k > 0 && cols[k]![0] > col) k--;
      if (g.trim() && col < cols[0]![0]) return undefined;
      cells[k] += g;
      col += w;
    }
    return cells.map((c) => c.trim());
  };
  const header = split(lines[0]!);
  if (!header || header.some((c) => !c)) return undefined;
  const rows: string[] = [`| ${header.join(" | ")} |`, `|${cols.map(() => "---").join("|")}|`];
  for (const l of lines.slice(2)) {
    const cells = split(l);
    if (!cells) return undefined;
    rows.push(`| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`);
  }
  return rows;
}

/** Table rows in the lines a grid table took, the rest left blank after them. */
function placeRows(out: string[], from: number, end: number, rows: string[]): void {
  for (let k = from; k < end; k++) out[k] = "";
  if (rows.length <= end - from) rows.forEach((r, k) => (out[from + k] = r));
  else out[from] = rows.join("\n");
}
