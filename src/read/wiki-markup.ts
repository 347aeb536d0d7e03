// A prompt pasted out of Confluence or Jira, in their wiki markup: `h1.` … `h6.` headings, `||head||head||` over
// `|cell|cell|` tables, `{code:language=mermaid}` … `{code}` and `{noformat}` blocks, `{quote}` … `{quote}` and
// `bq.` quotes, `{panel:title=…}` / `{info}` / `{note}` boxes, `*` / `**` / `#` / `#*` list markers (the count
// the depth, `#` numbered) and `*bold*`, `_italic_`, `{{monospace}}`, `[words|url]` inline. Markdown reads none
// of it: the headings are paragraphs, the blocks text, `#` a heading and `*bold*` italic. Each line is written as
// the Markdown it means, every line keeping its number. Only for a document that is wiki markup by its headings
// (two `hN.` lines at least, more than Markdown `##` headings), so a Markdown prompt is never touched.
import { linePass } from "./line-pass.js";
import { drawingLines } from "./open-drawings.js";

/** `h2. Title`: a wiki heading. */
const HEADING = /^[ \t]*h([1-6])\.[ \t]+(.*)$/;
/** `{code:language=mermaid}`, `{noformat}`, `{quote}`, `{panel:title=…}`: a macro line, alone on its line. */
const MACRO = /^[ \t]*\{([a-z]+)(?::([^{}\n]*))?\}[ \t]*$/;
/** Macros that only frame their lines (a box, a note, a fold); their lines are read as the text they are. */
const FRAMES = new Set(["panel", "info", "note", "tip", "warning", "expand", "excerpt", "section", "column", "details"]);
/** Code languages that mean no language: the block is plain preformatted text. */
const PLAIN = new Set(["text", "none", "plain", "plaintext", "txt", "noformat"]);

export function isWikiDocument(lines: string[]): boolean {
  let wiki = 0;
  let markdown = 0;
  let fenced = false;
  for (const l of lines) {
    if (/^[ \t]*(```|~~~|\{code|\{noformat)/.test(l)) fenced = !fenced;
    if (fenced) continue;
    if (HEADING.test(l)) wiki++;
    else if (/^#{2,6}[ \t]+\S/.test(l)) markdown++;
  }
  return wiki >= 2 && wiki > markdown;
}

export function wikiMarkup(text: string): string {
  if (!/^[ \t]*h[1-6]\./m.test(text)) return text;
  return linePass(text, (plain) => (isWikiDocument(plain) ? wikiLines(plain) : undefined));
}

function wikiLines(plain: string[]): string[] {
  const out = plain.slice();
  const drawn = drawingLines(plain, (l) => MACRO.test(l) || HEADING.test(l));
  // The macro whose lines are kept as typed (`code`, `noformat`), or a quote being read.
  let code: string | undefined;
  let quote = false;
  let frontmatter = false;
  // The depth of the last heading, which a titled panel's heading takes.
  let depth = 2;
  for (let i = 0; i < plain.length; i++) {
    const l = plain[i]!;
    const macro = MACRO.exec(l);
    const name = macro?.[1]!.toLowerCase();
    if (code) {
      if (name === code) {
        out[i] = "```";
        code = undefined;
      }
      continue;
    }
    // Metadata pasted as YAML between `---` lines: its keys' underscores are not emphasis.
    if (frontmatter) {
      if (/^---[ \t]*$/.test(l)) frontmatter = false;
      continue;
    }
    if (/^---[ \t]*$/.test(l) && /^[A-Za-z_][\w-]*[ \t]*:/.test(plain[i + 1] ?? "")) {
      frontmatter = true;
      continue;
    }
    // A box drawing pasted without its `{code}` block: its walls are not table cells, its columns must not move.
    if (drawn.has(i)) continue;
    if (name === "code" || name === "noformat") {
      code = name;
      out[i] = `\`\`\`${name === "code" ? language(macro![2] ?? "") : ""}`;
      continue;
    }
    if (quote || name === "quote") {
      const q = quoteLine(l, quote);
      out[i] = q.line;
      quote = q.open;
      continue;
    }
    if (name && FRAMES.has(name)) {
      // A titled panel is a part of the page with its own title bar: a heading beside the one it follows
      // (`{panel:title=Image request}` as `## Image request` after the plan's last `##`). A note's title
      // (`{info:title=…}`) labels its words, a bold line over them; the macro's own lines are blank.
      const title = param(macro![2] ?? "", "title");
      out[i] = !title ? "" : name === "panel" ? `${"#".repeat(depth)} ${inline(title)}` : `**${inline(title)}**`;
      continue;
    }
    if (/^[ \t]*\{quote\}/.test(l)) {
      const q = quoteLine(l, false);
      out[i] = q.line;
      quote = q.open;
      continue;
    }
    const heading = HEADING.exec(l);
    if (heading) {
      depth = Number(heading[1]);
      out[i] = `${"#".repeat(depth)} ${inline(heading[2]!.trim())}`;
      continue;
    }
    const bq = /^[ \t]*bq\.[ \t]+(.*)$/.exec(l);
    if (bq) {
      out[i] = `> ${inline(bq[1]!)}`;
      continue;
    }
    if (/^[ \t]*\|/.test(l)) {
      out[i] = tableRow(l);
      // Wiki markup rules no line under its header. With a blank line above it (as a table is set apart), the
      // header moves up onto that line and its own becomes the rule, so the table is Markdown's in every part
      // of the document; a header typed right under other text stays, and the headless-table reader takes it.
      const above = out[i - 2];
      if (/^[ \t]*\|\|/.test(l) && /^[ \t]*\|/.test(plain[i + 1] ?? "") && i > 0 && !out[i - 1]!.trim() && !(above && /^[ \t]*(?:[-*+>]|\d{1,3}[.)])[ \t]/.test(above))) {
        out[i - 1] = out[i]!;
        out[i] = `|${tableCells(l).map(() => "---").join("|")}|`;
      }
      continue;
    }
    const item = /^[ \t]*([*#]{1,6})[ \t]+(.*)$/.exec(l);
    if (item) {
      out[i] = listItem(item[1]!, item[2]!);
      continue;
    }
    // A rule right under a line would make that line a Markdown heading; `***` is the rule alone.
    if (/^[ \t]*-{4,}[ \t]*$/.test(l)) {
      out[i] = i > 0 && out[i - 1]!.trim() ? "***" : "---";
      continue;
    }
    out[i] = inline(l);
  }
  return out;
}

/** `language=mermaid`, `mermaid`, `title=Flow|language=yaml`: the fence's language, none for plain text. */
function language(params: string): string {
  const lang = (param(params, "language") ?? param(params, "lang") ?? params.split("|").find((p) => p.trim() && !p.includes("=")) ?? "").trim().toLowerCase();
  return PLAIN.has(lang) || !/^[\w+#.-]{1,30}$/.test(lang) ? "" : lang;
}

/** A macro parameter's value (`title=Image request`), written `key=value` between `|`s. */
function param(params: string, key: string): string | undefined {
  for (const p of params.split("|")) {
    const eq = p.indexOf("=");
    if (eq > 0 && p.slice(0, eq).trim().toLowerCase() === key) return p.slice(eq + 1).trim() || undefined;
  }
  return undefined;
}

/**
 * A line in or at a `{quote}` block: its words as a Markdown quote line, the macro itself blank (or cut off a
 * line it shares, `{quote}words` / `words{quote}`). A signature typed `-- Name`, as Confluence draws a dash, is
 * the quote's `— Name`.
 */
function quoteLine(l: string, open: boolean): { line: string; open: boolean } {
  let t = l.trim();
  let now = open;
  if (!now && t.toLowerCase().startsWith("{quote}")) {
    t = t.slice(7).trim();
    now = true;
  }
  let closes = false;
  if (now && t.toLowerCase().endsWith("{quote}")) {
    t = t.slice(0, -7).trim();
    closes = true;
  }
  const sign = /^-{2,3}[ \t]*(\S.*)$/.exec(t);
  const body = sign ? `— ${inline(sign[1]!)}` : inline(t);
  return { line: t ? `> ${body}` : open && !closes ? ">" : "", open: now && !closes };
}

/** `||Head||Head||` or `|cell|cell|`: a Markdown table line (`| Head | Head |`), its cells read inline. */
function tableRow(l: string): string {
  return `| ${tableCells(l).map(inline).join(" | ")} |`;
}

function tableCells(l: string): string[] {
  const t = l.trim();
  return (t.startsWith("||") ? t.replace(/^\|\||\|\|$/g, "").split("||") : t.replace(/^\||\|$/g, "").split("|")).map((c) => c.trim());
}

/** `**` a bullet one deeper, `#` numbered, `#*` a bullet under a numbered item: each level's marker indents the
 * next by its own width, as Markdown nests lists. */
function listItem(marks: string, text: string): string {
  let indent = "";
  for (const m of marks.slice(0, -1)) indent += m === "#" ? "   " : "  ";
  return `${indent}${marks.endsWith("#") ? "1." : "-"} ${inline(text)}`;
}

/** Wiki emphasis as Markdown's: `*bold*`, `_italic_`, `{{mono}}`, `[words|url]`, `{color:red}…{color}`. A mark
 * opens after a non-word character and closes before one (a Hangul particle may follow: `*길이*가`), a non-space
 * next to it inside; one line, 200 characters at most and no mark of its own inside, so stray marks scan once. */
export function inline(line: string): string {
  return line
    .replace(/\{\{([^{}`\n]{1,200})\}\}/g, "`$1`")
    .replace(/\{color(?::[^{}\n]{0,40})?\}/g, "")
    .replace(/(^|[^\w*`])\*([^\s*](?:[^*\n]{0,200}[^\s*])?)\*(?![A-Za-z0-9_*])/g, "$1**$2**")
    .replace(/(^|[^\w_`*])_([^\s_](?:[^_\n]{0,200}[^\s_])?)_(?![A-Za-z0-9_])/g, "$1*$2*")
    .replace(/\[([^\][|\n]{1,300})\|((?:https?:|mailto:)[^\]\s]{1,500})\]/g, "[$1]($2)")
    .replace(/\[((?:https?:)[^\]\s|]{1,500})\]/g, "<$1>");
}
