// A prompt kept in NamuWiki (나무위키) markup, as Korean students keep their notes: `= 제목 =` / `== 소제목 ==`
// headings (`==# 접힌 제목 #==` folded), `{{{#!syntax python` … `}}}` code and `{{{` … `}}}` preformatted blocks (the
// layout drawing), `{{{#!wiki` / `{{{#!folding 제목` frames, `||칸||칸||` tables with `<-2>` / `<|2>` / `<bgcolor=…>`
// cell attributes, ` * ` / ` 1. ` lists (the leading spaces their depth), `> ` quotes, `##` comment lines, `----`
// rules, `[목차]` / `[include(틀:…)]` macros and the inline marks of `namu-inline.ts`. Markdown reads none of it as
// meant: the headings are paragraphs, the blocks braces, the tables text, `##` a heading. Each line is written as
// the Markdown it means, every line keeping its number. Only for a document that is NamuWiki by its headings (two
// at least, one of them `=` or `==`, more than Markdown `#` headings) and by one more of its own marks, so a
// banner prompt's `=== SOURCE ===` lines stay the banners they are.
import { linePass } from "./line-pass.js";
import { drawingLines } from "./open-drawings.js";
import { namuCells, namuInline, onlyMacros } from "./namu-inline.js";
import { placeNotes, type Note } from "./place-notes.js";

/** `== 제목 ==`, `==# 접힌 제목 #==`: a heading, its `=` count the depth, closed by as many. */
const HEADING = /^(={1,6})(#?)[ \t]+(\S(?:.*\S)?)[ \t]+\2\1[ \t]*$/;
/** Marks no Markdown prompt writes: `'''굵게'''`, a `||` row, a `{{{` block, `[목차]`, `[include(`, `[* 각주]`. */
const OWN_MARK = /'''\S|^[ \t]*\|\|.*\|\|[ \t]*$|^[ \t]*\{\{\{|\[(?:목차|tableofcontents|각주|footnote|br)\]|\[include\(|\[\*[^\]\n]*\]/im;
/** `{{{` opening a block on its line (nothing closes it there): its rest says what the block is. */
const OPEN = /^[ \t]*\{\{\{(?!.*\}\}\})(.*)$/;
/** A list item: leading spaces (the depth), `*` or an ordered marker (`1.`, `a.`, `I.`, with `#5` its start). */
const ITEM = /^( +)(\*(?=[ \t]*\S)|[1aAiI]\.(?:#\d+)?(?=[ \t]+\S))[ \t]*(.*)$/;

const count = (l: string, mark: string): number => l.split(mark).length - 1;

export function isNamuDocument(lines: string[]): boolean {
  let headings = 0;
  let shallow = false;
  let markdown = 0;
  let block = 0;
  for (const l of lines) {
    if (OPEN.test(l)) block++;
    else if (block && count(l, "}}}") > count(l, "{{{")) block--;
    if (block) continue;
    const h = HEADING.exec(l);
    if (h) {
      headings++;
      if (h[1]!.length <= 2) shallow = true;
    } else if (/^(?:#|#{3,6})[ \t]+\S/.test(l)) markdown++;
  }
  return headings >= 2 && shallow && headings > markdown && OWN_MARK.test(lines.join("\n"));
}

export function namuWiki(text: string): string {
  if (!/^=+#?[ \t]/m.test(text)) return text;
  return linePass(text, (plain) => (isNamuDocument(plain) ? namuLines(plain) : undefined));
}

/** What an open `{{{` block is: kept as typed (code, HTML), or a frame whose lines are wiki text. */
type Block = "code" | "html" | "frame";

function namuLines(plain: string[]): string[] {
  const out = plain.slice();
  const notes: Note[] = [];
  // The shallowest heading is the document's `#`: a page headed `==` throughout reads as the template's parts.
  const top = Math.min(...plain.map((l) => HEADING.exec(l)?.[1]!.length ?? 9));
  const blocks: Block[] = [];
  // Each open list depth: the spaces it was written at and its Markdown marker's width.
  const list: { indent: number; width: number }[] = [];
  const lead = (): string => " ".repeat(list.reduce((s, d) => s + d.width, 0));
  const drawn = drawingLines(plain, (l) => HEADING.test(l) || OPEN.test(l));
  for (let i = 0; i < plain.length; i++) {
    const l = plain[i]!;
    const inside = blocks[blocks.length - 1];
    // A line ending `}}}` closes the block unless its own `{{{` opened that one (`{{{코드}}}` inline).
    const close = inside && count(l, "}}}") > count(l, "{{{") ? /^(.*?)\}\}\}[ \t]*$/.exec(l) : null;
    if (close) {
      blocks.pop();
      const before = close[1]!;
      out[i] = inside === "code" ? (before.trim() ? `${before}\n\`\`\`` : "```") : inside === "html" ? before : namuInline(before, i, notes);
      continue;
    }
    // A box drawing pasted outside a `{{{` block: its walls are no table, its `--` no strike, its columns stay.
    if (inside === "code" || inside === "html" || drawn.has(i)) continue;
    const open = OPEN.exec(l);
    if (open) {
      const kind = openBlock(open[1]!.trim());
      blocks.push(kind.block);
      out[i] = kind.line;
      list.length = 0;
      continue;
    }
    const heading = HEADING.exec(l);
    if (heading) {
      list.length = 0;
      out[i] = `${"#".repeat(Math.max(1, heading[1]!.length - top + 1))} ${namuInline(heading[3]!, i, notes)}`;
      continue;
    }
    // `## 메모`: a comment, not shown on the page.
    if (/^##/.test(l) || onlyMacros(l)) {
      out[i] = "";
      continue;
    }
    if (/^[ \t]*-{4,9}[ \t]*$/.test(l)) {
      out[i] = i > 0 && out[i - 1]!.trim() ? "***" : "---";
      continue;
    }
    if (/^[ \t]*\|\|/.test(l)) {
      i = tableRows(plain, out, i, notes);
      list.length = 0;
      continue;
    }
    const item = ITEM.exec(l);
    if (item) {
      const indent = item[1]!.length;
      while (list.length && list[list.length - 1]!.indent >= indent) list.pop();
      const mark = item[2] === "*" ? "-" : "1.";
      out[i] = `${lead()}${mark} ${namuInline(item[3]!, i, notes)}`;
      list.push({ indent, width: mark.length + 1 });
      continue;
    }
    if (!l.trim()) {
      list.length = 0;
      continue;
    }
    // A line indented under a list item goes on with it; any other line is text (a `>` quote stays a quote).
    const under = list.length && /^[ \t]+\S/.test(l) ? lead() : "";
    if (!under) list.length = 0;
    out[i] = under ? under + namuInline(l.trim(), i, notes) : namuInline(l, i, notes);
  }
  placeNotes(out, notes);
  return out;
}

/** `{{{#!syntax python`, `{{{#!wiki style=…`, `{{{#!folding 제목`, `{{{#!html`, `{{{`: the block it opens and the
 * Markdown line for its first line (a fence, a folding block's title as a bold line, or nothing). */
function openBlock(rest: string): { block: Block; line: string } {
  const syntax = /^#!syntax[ \t]+([\w+#.-]{1,30})/i.exec(rest);
  if (syntax) return { block: "code", line: `\`\`\`${syntax[1]!.toLowerCase()}` };
  if (/^#!wiki\b/i.test(rest)) return { block: "frame", line: "" };
  const fold = /^#!folding\b[ \t]*(.*)$/i.exec(rest);
  if (fold) {
    const title = foldTitle(fold[1]!);
    return { block: "frame", line: title ? `**${title}**` : "" };
  }
  if (/^#!html\b/i.test(rest)) return { block: "html", line: rest.slice(6).trim() };
  // A colour or size running over lines (`{{{#red` … `}}}`): its lines are text.
  if (/^(?:#[\w,#]{1,40}|[+-][1-5])(?:[ \t]|$)/.test(rest)) return { block: "frame", line: rest.replace(/^\S+[ \t]*/, "") };
  return { block: "code", line: rest && !rest.startsWith("#!") ? `\`\`\`\n${rest}` : "```" };
}

/** A folding block's button label without its button words: `[ 라벨링 지침 펼치기 ]` is `라벨링 지침`, and
 * `[ 펼치기 · 접기 ]` nothing (the page draws every fold open). */
function foldTitle(label: string): string {
  return label.replace(/[[\]【】]/g, " ").replace(/펼치기|접기|열기|닫기|보기|클릭|\b(?:show|hide|open|close|fold|unfold|click)\b/gi, " ").replace(/^[\s·•/|:-]+|[\s·•/|:-]+$/g, "").replace(/\s+/g, " ");
}

/**
 * The table whose first row is on line `i`: each row (one running over lines until one ends `||`, its lines joined
 * by line breaks) a Markdown row, spans filled with empty cells so every row is as wide, a first row of one cell
 * across them all its title line. With a blank line above it, the rows move up one so its `|---|` rule fits under the
 * header; without one, the rows are left unruled for the headless-table reader. Returns the table's last line.
 */
function tableRows(plain: string[], out: string[], i: number, notes: Note[]): number {
  const rows: { line: number; text: string }[] = [];
  let end = i;
  while (end < plain.length && /^[ \t]*\|\|/.test(plain[end]!)) {
    let text = plain[end]!.trim();
    const line = end;
    while (!text.endsWith("||") && end + 1 < plain.length && !/^[ \t]*\|\|/.test(plain[end + 1]!) && plain[end + 1]!.trim()) {
      out[++end] = "";
      text += `[br]${plain[end]!.trim()}`;
    }
    rows.push({ line, text });
    end++;
  }
  const grid = spanGrid(rows.map((r) => namuCells(r.text)));
  const width = Math.max(...grid.map((r) => r.length));
  const cells = grid.map((r, k) => [...r, ...Array<string>(width - r.length).fill("")].map((c) => namuInline(c, rows[k]!.line, notes)));
  const first = namuCells(rows[0]!.text);
  const titled = first.length === 1 && first[0]!.cols >= width && width >= 2 && rows.length >= 3;
  const md = cells.map((r) => `| ${r.map((c) => c.replace(/(?<!\\)\|/g, "\\|")).join(" | ")} |`);
  const lines: string[] = titled ? [`**${cells[0]![0]!.replace(/\*\*/g, "")}**`, ...md.slice(1)] : md;
  // Not under a list item (the header would be its lazy line), a table or a drawing (it would run on into them).
  const above = i > 0 && !out[i - 1]!.trim() && !/^[ \t]*(?:(?:[-*+>]|\d{1,3}[.)])[ \t]|[|+┌└├│╔╚║])/.test(out[i - 2] ?? "");
  const at = above ? [i - 1, ...rows.map((r) => r.line)] : rows.map((r) => r.line);
  if (above) lines.splice(titled ? 2 : 1, 0, `|${" --- |".repeat(width)}`);
  for (const [k, line] of at.entries()) out[line] = lines[k] ?? "";
  return end - 1;
}

/** Rows of cells with their spans as a grid of texts: a cell across columns followed by empty ones, a cell down
 * rows leaving its column empty in the rows under it. */
function spanGrid(rows: ReturnType<typeof namuCells>[]): string[][] {
  const down: number[] = [];
  return rows.map((cells) => {
    const row: string[] = [];
    const fill = (): void => {
      while ((down[row.length] ?? 0) > 0) {
        down[row.length]!--;
        row.push("");
      }
    };
    for (const c of cells) {
      fill();
      for (let k = 0; k < c.cols; k++) {
        if (c.rows > 1) down[row.length] = c.rows - 1;
        row.push(k === 0 ? c.text : "");
      }
    }
    fill();
    return row;
  });
}
