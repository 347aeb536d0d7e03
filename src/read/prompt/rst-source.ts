// A prompt kept in reStructuredText, as a Sphinx user keeps every note: titles under (and over) lines of `=`,
// `-`, `~`, a `:field: value` list for metadata, `.. code-block:: mermaid` and `.. note::` directives whose body
// is indented, a paragraph ending in `::` before an indented literal block (the layout drawing), `.. list-table::`
// and `+---+` grid tables, indented block quotes and `.. epigraph::` with a `-- Name` attribution, ``literals``.
// Markdown reads it wrong: `~~~~` opens a code fence that swallows the rest, `-----` under a line is a heading
// only by luck, the directives are paragraphs, the tables box drawings. Each line is written as the Markdown it
// means, every line keeping its number. Only for a document that is RST by its marks: a directive and two
// underlined titles at least, and no `#` heading or ``` fence, so a Markdown prompt is never touched.
import { linePass } from "../line-pass.js";
import { listTable, gridTable, GRID_RULE } from "./rst-tables.js";

/** `.. name:: argument`: a directive. */
const DIRECTIVE = /^([ \t]*)\.\.[ \t]+([A-Za-z][\w-]{0,40})::[ \t]*(.*)$/;
/** A line of one punctuation mark repeated, three at least: a title's underline (or overline). */
const ADORN = /^([=\-~^"'`#*+_:.])\1{2,}[ \t]*$/;
/** `:field: value`: a field list line (metadata before the first title, options under a directive). */
const FIELD = /^[ \t]*:([\p{L}][\p{L}\w -]{0,40}):(?:[ \t]+(.*))?$/u;
/** The directives whose body is code: its language is their argument. */
const CODE = new Set(["code-block", "code", "sourcecode", "literalinclude"]);
/** The directives whose body is said aside (admonitions): their body is read as the text it is. */
const ASIDE = new Set(["note", "tip", "hint", "important", "warning", "caution", "attention", "danger", "error", "admonition", "seealso", "topic", "sidebar", "rubric"]);
/** The directives whose body is a quotation. */
const QUOTE = new Set(["epigraph", "pull-quote", "highlights"]);

export function isRstDocument(lines: string[]): boolean {
  let directives = 0;
  let titles = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (/^#{1,6}[ \t]+\S/.test(l) || /^[ \t]*```/.test(l)) return false;
    if (DIRECTIVE.test(l) || /^[ \t]*(?:\S.*)?::[ \t]*$/.test(l) && !/^[ \t]*[|+]/.test(l)) directives++;
    if (i > 0 && ADORN.test(l) && isTitleText(lines[i - 1]!)) titles++;
  }
  return directives >= 1 && titles >= 2;
}

export function rstSource(text: string): string {
  if (!text.includes("::")) return text;
  return linePass(text, (plain) => (isRstDocument(plain) ? rstLines(plain) : undefined));
}

/** A line that can be a title: text at the margin, not itself a rule or a table's line. */
function isTitleText(l: string): boolean {
  return /^\S/.test(l) && !ADORN.test(l) && !/^[|+]/.test(l);
}

function indentOf(l: string): number {
  return /^[ \t]*/.exec(l)![0].length;
}

/** Where the indented body under line `at` ends (exclusive), blank lines inside it kept, blank ones after not. */
function bodyEnd(lines: string[], at: number, base: number): number {
  let end = at + 1;
  let last = at;
  while (end < lines.length) {
    const l = lines[end]!;
    if (l.trim() !== "") {
      if (indentOf(l) <= base) break;
      last = end;
    }
    end++;
  }
  return last + 1;
}

/** The body's lines with their common indent taken off (so a drawing's columns keep their places). */
function dedent(lines: string[]): string[] {
  const cut = Math.min(...lines.filter((l) => l.trim()).map(indentOf));
  return lines.map((l) => (l.trim() ? l.slice(Number.isFinite(cut) ? cut : 0) : ""));
}

function rstLines(plain: string[]): string[] {
  const out = plain.slice();
  // Title levels as RST gives them: in the order their marks (with or without an overline) first appear.
  const styles: string[] = [];
  const level = (style: string): number => {
    if (!styles.includes(style)) styles.push(style);
    return Math.min(6, styles.indexOf(style) + 1);
  };
  let titled = false;
  // The indent of the list item the lines under it belong to, so an indented line there is its text, not a quote.
  let listIndent = -1;
  for (let i = 0; i < plain.length; i++) {
    const l = plain[i]!;
    const next = plain[i + 1] ?? "";
    // An overlined title: rule, title (maybe inset), the same rule.
    if (ADORN.test(l) && plain[i + 1]?.trim() && ADORN.test(plain[i + 2] ?? "") && plain[i + 2]![0] === l[0] && !ADORN.test(plain[i + 1]!)) {
      // The document's title (its first title, overlined): the chapter's title too, unless a field names it,
      // written on the overline as a labelled line for the metadata reader.
      const named = !titled && !plain.some((p) => /^:title:/i.test(p));
      out[i] = named ? `Title: ${inline(plain[i + 1]!.trim())}` : "";
      out[i + 1] = `${"#".repeat(level(`over${l[0]}`))} ${inline(plain[i + 1]!.trim())}`;
      out[i + 2] = "";
      titled = true;
      listIndent = -1;
      i += 2;
      continue;
    }
    if (isTitleText(l) && ADORN.test(next) && (i === 0 || plain[i - 1]!.trim() === "" || ADORN.test(plain[i - 1]!))) {
      out[i] = `${"#".repeat(level(next[0]!))} ${inline(l.trim())}`;
      out[i + 1] = "";
      titled = true;
      listIndent = -1;
      i += 1;
      continue;
    }
    // Metadata before the first title's section: `:chapter: 4` as the labelled line `Chapter: 4`.
    const field = FIELD.exec(l);
    if (field && indentOf(l) === 0 && !(titled && styles.length > 1)) {
      const name = field[1]!.replace(/[_-]/g, " ");
      out[i] = field[2]?.trim() ? `${name[0]!.toUpperCase()}${name.slice(1)}: ${inline(field[2].trim())}` : "";
      continue;
    }
    const dir = DIRECTIVE.exec(l);
    if (dir) {
      const base = dir[1]!.length;
      const name = dir[2]!.toLowerCase();
      const end = bodyEnd(plain, i, base);
      // Its options (`:caption:`, `:header-rows: 1`) first, then a blank line, then its body.
      let from = i + 1;
      const options: Record<string, string> = {};
      while (from < end && FIELD.test(plain[from]!)) {
        const o = FIELD.exec(plain[from]!)!;
        options[o[1]!.toLowerCase()] = (o[2] ?? "").trim();
        out[from++] = "";
      }
      const body = dedent(plain.slice(from, end));
      if (name === "list-table") {
        const rows = listTable(body, Number(options["header-rows"] ?? "0"));
        out[i] = dir[3]!.trim() ? `**${inline(dir[3]!.trim())}**` : "";
        placeTable(out, from, end, rows);
      } else if (CODE.has(name) || name === "mermaid" || name === "math") {
        const lang = name === "mermaid" || name === "math" ? name : dir[3]!.trim().split(/\s+/)[0] ?? "";
        out[i] = `\`\`\`${lang}`;
        i = fence(out, from, end, body, plain) - 1;
        listIndent = -1;
        continue;
      } else if (QUOTE.has(name)) {
        out[i] = "";
        quote(out, from, body);
      } else if (ASIDE.has(name)) {
        out[i] = dir[3]!.trim() ? `**${inline(dir[3]!.trim())}**` : "";
        body.forEach((b, k) => (out[from + k] = inline(b)));
      } else {
        // Any other directive (`.. image::`, `.. toctree::`, a comment) is for Sphinx, not for the sheet.
        for (let k = i; k < end; k++) out[k] = "";
      }
      listIndent = -1;
      i = end - 1;
      continue;
    }
    // `..` alone: an empty comment, there only to end a block quote (the one after it is a quote of its own).
    // `.. words` that are no directive: a comment, with the indented lines under it.
    if (/^[ \t]*\.\.(?:[ \t].*)?$/.test(l) && !/^[ \t]*\.\.\./.test(l)) {
      const end = l.trim() === ".." ? i + 1 : bodyEnd(plain, i, indentOf(l));
      for (let k = i; k < end; k++) out[k] = "";
      i = end - 1;
      continue;
    }
    // A paragraph ending `::` (or `::` alone): the indented block after it is literal, a drawing or code.
    if (/::[ \t]*$/.test(l) && l.trim() !== "" && !/^[ \t]*[|+]/.test(l)) {
      let from = i + 1;
      while (from < plain.length && plain[from]!.trim() === "") from++;
      if (from < plain.length && indentOf(plain[from]!) > indentOf(l)) {
        const end = bodyEnd(plain, from - 1, indentOf(l));
        // `Text::` says `Text:`; a lone `::` says nothing but where the block starts.
        if (l.trim() === "::") out[i] = "```";
        else {
          out[i] = inline(l.replace(/:[ \t]*$/, "").replace(/[ \t]+:$/, ""));
          if (from === i + 1) {
            // No blank line to open the fence on: the text line carries it.
            out[i] += "\n```";
          } else out[i + 1] = "```";
        }
        i = fence(out, from, end, dedent(plain.slice(from, end)), plain) - 1;
        listIndent = -1;
        continue;
      }
    }
    if (GRID_RULE.test(l) && indentOf(l) === 0) {
      let end = i;
      while (end < plain.length && plain[end]!.trim() && /^[|+]/.test(plain[end]!)) end++;
      const rows = gridTable(plain.slice(i, end));
      if (rows) {
        placeTable(out, i, end, rows);
        i = end - 1;
        continue;
      }
    }
    const item = /^([ \t]*)(?:[-*+•]|\d{1,3}[.)]|#\.)[ \t]+\S/.exec(l);
    if (item) listIndent = item[1]!.length;
    else if (l.trim() && indentOf(l) === 0) listIndent = -1;
    // An indented paragraph after a blank line that no list item holds: a block quote.
    if (l.trim() && indentOf(l) > 0 && !item && listIndent < 0 && (plain[i - 1] ?? "").trim() === "") {
      const end = bodyEnd(plain, i - 1, 0);
      quote(out, i, dedent(plain.slice(i, end)));
      i = end - 1;
      continue;
    }
    out[i] = inline(l);
  }
  return out;
}

/** A code body between fences: the opening one already written at or above `from`, the closing one on the blank
 * line after the body, or after its last line when the next one follows at once. Returns the line to go on from. */
function fence(out: string[], from: number, end: number, body: string[], plain: string[]): number {
  body.forEach((b, k) => (out[from + k] = b));
  if (end < plain.length && plain[end]!.trim() === "") {
    out[end] = "```";
    return end + 1;
  }
  out[end - 1] += "\n```";
  return end;
}

/** A quotation: each line after `> `; a `-- Name` or `— Name` line its attribution. */
function quote(out: string[], from: number, body: string[]): void {
  body.forEach((b, k) => {
    const by = /^(?:--|—|―|~)[ \t]*(\S.*)$/.exec(b.trim());
    out[from + k] = b.trim() ? (by ? `> — ${inline(by[1]!)}` : `> ${inline(b.trim())}`) : ">";
  });
}

/** Table rows written on the block's own lines: together (a Markdown table has no blank line inside) from its
 * first line, the lines left over blank. Too few lines for the rows: they share the first line's. */
function placeTable(out: string[], from: number, end: number, rows: string[]): void {
  for (let k = from; k < end; k++) out[k] = "";
  if (rows.length === 0) return;
  // A blank line above, so the table does not run on from the caption or paragraph before it.
  const start = from < end && rows.length < end - from ? from + 1 : from;
  if (rows.length <= end - start) rows.forEach((r, k) => (out[start + k] = inline(r)));
  else out[start] = rows.map(inline).join("\n");
}

/** RST's inline marks as Markdown's: ``literal`` a code span, :role:`text` its text, `words <url>`_ a link. */
export function inline(line: string): string {
  return line
    .replace(/``([^`\n]{1,200})``/g, "`$1`")
    .replace(/:[a-z][\w:-]{0,30}:`([^`\n]{1,200})`/g, "$1")
    .replace(/`([^`<\n]{1,200}?)[ \t]*<([^>\s]{1,300})>`__?/g, "[$1]($2)");
}
