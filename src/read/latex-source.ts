// A prompt kept as LaTeX source: a `\documentclass` preamble with `\title{}` / `\author{}`, `\section{}` headings,
// `itemize` / `enumerate` lists of `\item`s, `quote` environments, `tabular` tables ruled with `\hline`,
// `verbatim` blocks (a drawing, or a Mermaid diagram a `% mermaid` comment names) and `\textbf{}`-style marks.
// Markdown reads none of it: the commands are text, the lists one paragraph, the tables `&`-joined lines. Each
// line is written as the Markdown it means, every line keeping its number. Only for a document that is LaTeX by
// its structure (`\documentclass`, `\begin{document}`, or two sectioning commands) and has no Markdown heading
// outside its verbatim blocks, so a Markdown prompt quoting a TeX snippet is left alone. `$…$` math is left for
// the math reader; a full-line `%` comment in the body is the writer's note to whoever reads the source, so its
// words are kept (the ratios a writer puts there), while the preamble's are dropped.
import { linePass } from "./line-pass.js";
import { latexInline } from "./latex-inline.js";

const BEGIN = /^[ \t]*\\begin\{([A-Za-z*]+)\}(.*)$/;
const END = /^[ \t]*\\end\{([A-Za-z*]+)\}[ \t]*$/;
const SECTION = /^[ \t]*\\(part|chapter|section|subsection|subsubsection|paragraph)\*?\{(.*)\}[ \t]*$/;
const ITEM = /^([ \t]*)\\item(?:\[([^\]\n]{0,200})\])?[ \t]*(.*)$/;
/** The metadata commands the label-meta reader takes as `Title: …` lines. */
const META: Record<string, string> = { title: "Title", author: "Author", subtitle: "Subtitle" };
/** Preamble and layout commands that draw nothing a reader needs. */
const SILENT = /^[ \t]*\\(documentclass|usepackage|maketitle|tableofcontents|newpage|clearpage|pagestyle|thispagestyle|geometry|setlength|setmainfont|setsansfont|setmonofont|newcommand|renewcommand|date|centering|noindent|vspace|hspace|bigskip|medskip|smallskip|label|hypersetup|input|include|linespread)\b/;
const HEADING_MARK = ["#", "##", "###", "###", "####", "####"];
const DEPTH: Record<string, number> = { part: 0, chapter: 0, section: 0, subsection: 1, subsubsection: 2, paragraph: 3 };
const MAX_DEPTH = 4;
const LISTS = new Set(["itemize", "enumerate", "description"]);
const CODE = new Set(["verbatim", "verbatim*", "lstlisting", "minted", "Verbatim", "comment"]);
const QUOTES = new Set(["quote", "quotation", "displayquote", "verse"]);
/** A Mermaid diagram's first word, when no comment names the block. */
const MERMAID = /^[ \t]*(flowchart|graph|mindmap|sequenceDiagram|pie|timeline|xychart-beta|stateDiagram(?:-v2)?|classDiagram|gantt|journey|quadrantChart)\b/;

export function isLatexDocument(lines: string[]): boolean {
  let sections = 0;
  let framed = false;
  let code = false;
  for (const l of lines) {
    if (code) {
      if (END.test(l) && CODE.has(END.exec(l)![1]!)) code = false;
      continue;
    }
    const b = BEGIN.exec(l);
    if (b && CODE.has(b[1]!)) code = true;
    else if (/^#{1,6}[ \t]+\S/.test(l) || /^[ \t]*```/.test(l)) return false;
    else if (/^[ \t]*\\(documentclass\b|begin\{document\})/.test(l)) framed = true;
    else if (SECTION.test(l)) sections++;
  }
  return framed || sections >= 2;
}

export function latexSource(text: string): string {
  if (!text.includes("\\")) return text;
  return linePass(text, (plain) => (isLatexDocument(plain) ? latexLines(plain) : undefined));
}

function latexLines(plain: string[]): string[] {
  const out = plain.slice();
  const preambleEnds = plain.findIndex((l) => /^[ \t]*\\begin\{document\}/.test(l));
  let code: string | undefined;
  let quote = false;
  // Open lists, innermost last: its kind and the number its next item takes.
  const lists: { kind: string; n: number }[] = [];
  for (let i = 0; i < plain.length; i++) {
    const l = plain[i]!;
    if (code) {
      if (END.exec(l)?.[1] === code) {
        out[i] = "```";
        code = undefined;
      }
      continue;
    }
    const begin = BEGIN.exec(l);
    const end = END.exec(l);
    if (begin && CODE.has(begin[1]!)) {
      code = begin[1]!;
      out[i] = `\`\`\`${codeLanguage(plain, i, begin[2]!)}`;
      // The `% mermaid` comment that named the block says nothing itself.
      if (i > 0 && /^[ \t]*%[ \t]*mermaid[ \t]*$/i.test(plain[i - 1]!)) out[i - 1] = "";
      continue;
    }
    if (begin?.[1] === "tabular" || begin?.[1] === "tabularx" || begin?.[1] === "longtable") {
      const close = plain.findIndex((x, k) => k > i && END.exec(x)?.[1] === begin[1]);
      if (close > i) {
        tabular(plain.slice(i, close + 1)).forEach((row, k) => (out[i + k] = row));
        i = close;
        continue;
      }
    }
    if (begin || end) {
      const name = (begin ?? end)![1]!;
      if (LISTS.has(name)) {
        if (begin) lists.push({ kind: name, n: 1 });
        else lists.pop();
      }
      if (QUOTES.has(name)) quote = !!begin;
      out[i] = "";
      // `\begin{itemize} \item first` on one line: the item is read as if on a line of its own.
      const rest = begin && LISTS.has(name) ? begin[2]!.replace(/^\[[^\]\n]{0,200}\]/, "") : "";
      if (!ITEM.test(rest.trim())) continue;
      plain[i] = rest.trim();
    }
    if (/^[ \t]*%/.test(l)) {
      // The preamble's comments are the typesetter's; the body's are notes left for whoever reads the source.
      const note = l.replace(/^[ \t]*%+[ \t]*/, "");
      out[i] = preambleEnds >= 0 && i < preambleEnds ? "" : quote ? `> ${latexInline(note)}` : latexInline(note);
      continue;
    }
    const meta = /^[ \t]*\\(title|author|subtitle|date)\{(.*)\}[ \t]*$/.exec(l);
    if (meta) {
      const label = META[meta[1]!];
      const value = latexInline(meta[2]!.replace(/[ \t]*\\\\[ \t]*/g, " · ")).trim();
      out[i] = label && value ? `${label}: ${value}` : "";
      continue;
    }
    if (SILENT.test(l)) {
      out[i] = "";
      continue;
    }
    const section = SECTION.exec(l);
    if (section) {
      out[i] = `${HEADING_MARK[DEPTH[section[1]!]!]} ${latexInline(section[2]!)}`;
      continue;
    }
    const item = ITEM.exec(plain[i]!);
    if (item && lists.length) {
      const list = lists[lists.length - 1]!;
      // Markdown nests no deeper than a few levels usefully; a runaway nesting is not indented past them.
      const indent = "   ".repeat(Math.min(lists.length, MAX_DEPTH) - 1);
      const marker = list.kind === "enumerate" ? `${list.n++}.` : "-";
      const label = item[2] ? `**${latexInline(item[2])}** ` : "";
      // `\item last \end{itemize}`: the list closes after the item.
      const closed = /\\end\{(itemize|enumerate|description)\}[ \t]*$/.exec(item[3]!);
      out[i] = `${indent}${marker} ${label}${latexInline(closed ? item[3]!.slice(0, closed.index).trimEnd() : item[3]!)}`;
      if (closed) lists.pop();
      continue;
    }
    const body = latexInline(l);
    if (quote) out[i] = body.trim() ? `> ${body.trim()}` : ">";
    // A list item's lines run on under it, indented as deep as its text.
    else if (lists.length && body.trim()) out[i] = `${"   ".repeat(Math.min(lists.length, MAX_DEPTH))}${body.trim()}`;
    else out[i] = body;
  }
  return out;
}

/** A code block's language: `% mermaid` on the line above, `[language=X]` / `{X}` after it, or a Mermaid
 * diagram's own first word. */
function codeLanguage(lines: string[], at: number, rest: string): string {
  if (at > 0 && /^[ \t]*%[ \t]*mermaid[ \t]*$/i.test(lines[at - 1]!)) return "mermaid";
  const named = /language=([\w-]+)/i.exec(rest) ?? /^\{([\w-]+)\}/.exec(rest.trim());
  if (named) return named[1]!.toLowerCase();
  const first = lines.slice(at + 1, at + 4).find((l) => l.trim() !== "");
  return first && MERMAID.test(first) ? "mermaid" : "";
}

/**
 * A `tabular`'s lines as a Markdown table: each row (up to its `\\`, over one line or several) a `| … |` line,
 * the rule under the first, `\hline`s and the environment's own lines blank. The rows move up onto the lines
 * those leave, a blank line kept above, so the table is one block and no line is added.
 */
function tabular(lines: string[]): string[] {
  const rows: string[][] = [];
  let pending = "";
  for (const l of lines.slice(1, -1)) {
    const text = l.replace(/\\(hline|toprule|midrule|bottomrule)\b|\\cline\{[^}]*\}/g, "").trim();
    if (!text) continue;
    pending += (pending ? " " : "") + text;
    if (/\\\\[ \t]*$/.test(pending)) {
      rows.push(cells(pending.replace(/\\\\[ \t]*$/, "")));
      pending = "";
    }
  }
  if (pending.trim()) rows.push(cells(pending));
  const out = lines.map(() => "");
  if (!rows.length) return out;
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r: string[]): string => `| ${[...r, ...Array(width - r.length).fill("")].join(" | ")} |`;
  const table = [line(rows[0]!), `|${Array(width).fill("---").join("|")}|`, ...rows.slice(1).map(line)];
  const start = lines.length >= table.length + 1 ? 1 : 0;
  table.forEach((t, k) => (out[start + k] = t));
  return out;
}

/** A row's cells, split at the `&`s that are not escaped; a `\multicolumn{n}{…}{text}` is its text. */
function cells(row: string): string[] {
  return row
    .split(/(?<!\\)&/)
    .map((c) => latexInline(c.replace(/\\multicolumn\{\d+\}\{[^}]*\}\{(.*)\}/, "$1").trim()).replace(/\|/g, "\\|"));
}
