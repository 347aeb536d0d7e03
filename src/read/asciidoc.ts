// A prompt kept in AsciiDoc (as Antora and Asciidoctor users keep notes): a `= Title` header with an author line
// and `:name: value` attributes under it, `==` / `===` sections, `[source,mermaid]` over a `----` block, `....`
// literal blocks, `|===` tables with `[cols=…,options="header"]` (cells `|a |b` on a line or one a line),
// `[quote, Name, Work]` over a `____` block, `NOTE:` / `[IMPORTANT]` + `====` admonitions, `* ` / `. ` lists (the
// count of marks the depth), `*bold*`, `_italic_`, `<<anchor>>` cross references and `//` comments. Markdown reads
// none of it as meant: `=` lines are text, `----` a rule or a heading's underline, `*bold*` italic, the table a
// paragraph. Each line is written as the Markdown it means, every line keeping its number (a table's rows are set
// from its first line on, the lines it no longer needs left blank after it). Only for a document that is AsciiDoc
// by its headings (two `=` headings at least, more than Markdown `#` ones) and by one more of its own marks.
import { asciidocTable } from "./asciidoc-table.js";
import { linePass } from "./line-pass.js";

/** `== Title`: a section heading, its `=` count its depth. `=== SOURCE ===` (closed, a banner) is not one. */
const HEADING = /^(={1,6})[ \t]+(\S(?:.*\S)?)$/;
/** `[source,mermaid]`, `[quote, A, B]`, `[cols="1,3",options="header"]`, `[IMPORTANT]`: a block's attributes. */
const BLOCK_ATTRS = /^\[([^\[\]]*)\][ \t]*$/;
/** `:name: value` (or `:name!:`): a document attribute. */
const ATTRIBUTE = /^:([\w][\w-]{0,60})!?:(?:[ \t]+(.*))?$/;
/** `NOTE: text`: an admonition paragraph. */
const ADMONITION = /^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]+(.*)$/;
/** Delimiters whose lines are kept as typed (listing, literal, passthrough) and those framing text. */
const VERBATIM = /^(-{4,}|\.{4,}|\+{4,}|`{3}.*)$/;
const FRAME = /^(={4,}|\*{4,}|_{4,}|-{2})$/;
/** Document attributes that are the chapter's metadata, as the labelled lines the metadata reader takes. */
const META: Record<string, string> = {
  "chapter-title": "Title",
  title: "Title",
  chapter: "Chapter",
  lecture: "Series",
  series: "Series",
  course: "Series",
  speaker: "Author",
  lecturer: "Author",
  "source-url": "Source",
  source: "Source",
  url: "Source",
};

export function isAsciidocDocument(lines: string[]): boolean {
  let headings = 0;
  let markdown = 0;
  let marks = 0;
  let verbatim: string | undefined;
  for (const l of lines) {
    if (verbatim) {
      if (l.trimEnd() === verbatim) verbatim = undefined;
      continue;
    }
    if (/^(-{4,}|\.{4,})$/.test(l.trimEnd())) verbatim = l.trimEnd();
    if (/^```/.test(l)) verbatim = "```";
    const h = HEADING.exec(l);
    if (h && !/[ \t]=+$/.test(l)) headings++;
    else if (/^#{1,6}[ \t]+\S/.test(l)) markdown++;
    if (/^\|===[ \t]*$|^_{4,}$|^\[(source|quote|cols=|NOTE|TIP|IMPORTANT|WARNING)|^:[\w-]+:([ \t]|$)/.test(l)) marks++;
  }
  return headings >= 2 && headings > markdown && marks >= 1;
}

export function asciidoc(text: string): string {
  if (!/^=[= \t]/m.test(text)) return text;
  return linePass(text, (plain) => (isAsciidocDocument(plain) ? asciidocLines(plain) : undefined));
}

/** What the last block attribute line said about the block under it. */
interface Attrs {
  style?: string;
  args: string[];
  named: Record<string, string>;
}

function asciidocLines(plain: string[]): string[] {
  const out = plain.slice();
  const attributes = new Map<string, string>();
  const anchors = anchorTitles(plain);
  let attrs: Attrs | undefined;
  let verbatim: string | undefined;
  let quote: string | undefined;
  let comment = false;
  // An admonition block's label, put before its first line of text.
  let label: string | undefined;
  let inHeader = false;
  for (let i = 0; i < plain.length; i++) {
    const l = plain[i]!.trimEnd();
    if (verbatim) {
      if (l === verbatim) {
        out[i] = "```";
        verbatim = undefined;
      }
      continue;
    }
    if (comment) {
      if (/^\/{4,}$/.test(l)) comment = false;
      out[i] = "";
      continue;
    }
    if (/^\/{4,}$/.test(l)) {
      comment = true;
      out[i] = "";
      continue;
    }
    if (/^\/\/(?!\/)/.test(l)) {
      out[i] = "";
      continue;
    }
    // The header: the title, then the author and revision lines and attributes, up to the first blank line.
    if (i === firstLine(plain) && /^=[ \t]+\S/.test(l)) {
      out[i] = `# ${inline(l.replace(/^=[ \t]+/, ""), attributes, anchors)}`;
      inHeader = true;
      continue;
    }
    if (inHeader && !l.trim()) inHeader = false;
    const attribute = ATTRIBUTE.exec(l);
    if (attribute) {
      const name = attribute[1]!.toLowerCase();
      const value = (attribute[2] ?? "").trim();
      attributes.set(name, value);
      const meta = META[name];
      out[i] = meta && value ? `${meta}: ${value}` : "";
      continue;
    }
    if (inHeader) {
      // `Name <mail>` is who wrote the notes, not the lecture's speaker; `v1.2, 2026-11-30` the revision. The
      // sheet shows neither.
      out[i] = "";
      continue;
    }
    const block = BLOCK_ATTRS.exec(l);
    if (block && !/^\[\[/.test(l)) {
      attrs = parseAttrs(block[1]!);
      out[i] = "";
      continue;
    }
    if (/^\[\[[\w:.-]+(?:,[^\]]*)?\]\]$/.test(l)) {
      out[i] = "";
      continue;
    }
    if (quote) {
      if (l === quote) {
        quote = undefined;
        // `[quote, Name, Work]`: signed by the name, as a quote box is; the work only when no one is named
        // (a sheet is one lecture's, its title already in the header).
        const sign = attrs?.args[0] || attrs?.args[1];
        out[i] = sign ? `> — ${sign}` : "";
        attrs = undefined;
      } else out[i] = l.trim() ? `> ${inline(l.trim(), attributes, anchors)}` : ">";
      continue;
    }
    if (VERBATIM.test(l)) {
      // `[source,mermaid]` names the language; a literal block or a listing without one is plain.
      const lang = /^```/.test(l) ? l.slice(3).trim() : attrs?.style === "source" ? (attrs.args[0] ?? "") : attrs?.args[0] === "mermaid" || attrs?.style === "mermaid" ? "mermaid" : "";
      verbatim = /^```/.test(l) ? "```" : l;
      out[i] = `\`\`\`${/^[\w+#.-]{1,30}$/.test(lang) ? lang : ""}`;
      attrs = undefined;
      continue;
    }
    if (/^\|===[ \t]*$/.test(l)) {
      const end = plain.findIndex((t, k) => k > i && /^\|===[ \t]*$/.test(t.trimEnd()));
      const last = end < 0 ? plain.length - 1 : end;
      const rows = asciidocTable(plain.slice(i + 1, last), attrs?.named, (c) => inline(c, attributes, anchors));
      for (let k = i; k <= last; k++) out[k] = rows[k - i] ?? "";
      attrs = undefined;
      i = last;
      continue;
    }
    if (FRAME.test(l)) {
      if (/^_{4,}$/.test(l) || attrs?.style === "quote" || attrs?.style === "verse") quote = l;
      else label = attrs?.style && ADMONITION.test(`${attrs.style.toUpperCase()}: x`) ? attrs.style : label && l === "====" ? undefined : label;
      if (!quote) attrs = undefined;
      out[i] = "";
      continue;
    }
    if (!l.trim()) continue;
    const heading = HEADING.exec(l);
    if (heading && !/[ \t]=+$/.test(l)) {
      out[i] = `${"#".repeat(heading[1]!.length)} ${inline(heading[2]!, attributes, anchors)}`;
      attrs = undefined;
      continue;
    }
    attrs = undefined;
    const admonition = ADMONITION.exec(l);
    const prefix = label ? `**${word(label)}:** ` : "";
    label = undefined;
    if (admonition) {
      out[i] = `**${word(admonition[1]!)}:** ${inline(admonition[2]!, attributes, anchors)}`;
      continue;
    }
    // `.Title` over a block: its title, a bold line.
    const title = /^\.([^\s.].*)$/.exec(l);
    if (title) {
      out[i] = `**${inline(title[1]!, attributes, anchors)}**`;
      continue;
    }
    const item = /^[ \t]*(\*{1,5}|\.{1,5}|-)[ \t]+(.*)$/.exec(l);
    if (item) {
      const marks = item[1]!;
      const numbered = marks.startsWith(".");
      const indent = (numbered ? "   " : "  ").repeat(marks === "-" ? 0 : marks.length - 1);
      out[i] = `${indent}${numbered ? "1." : "-"} ${prefix}${inline(item[2]!, attributes, anchors)}`;
      continue;
    }
    if (/^'{3,}$/.test(l)) {
      out[i] = i > 0 && out[i - 1]!.trim() ? "***" : "---";
      continue;
    }
    if (/^<{3}$/.test(l)) {
      out[i] = "";
      continue;
    }
    out[i] = prefix + inline(l.replace(/[ \t]\+$/, ""), attributes, anchors);
  }
  return out;
}

/** `NOTE` as `Note`, the label Markdown's callouts draw. */
function word(label: string): string {
  return label[0]!.toUpperCase() + label.slice(1).toLowerCase();
}

function firstLine(lines: string[]): number {
  return lines.findIndex((l) => l.trim() && !/^\/\//.test(l));
}

/** `source,mermaid` / `quote, Andrej Karpathy, Deep Dive` / `cols="1,3",options="header"`: the style (a first
 * positional word), the other positional values and the named ones, commas inside quotes kept. */
function parseAttrs(body: string): Attrs {
  const parts = body.match(/(?:[^,"]|"[^"]*")+/g) ?? [];
  const named: Record<string, string> = {};
  const positional: string[] = [];
  for (const p of parts) {
    const eq = /^[ \t]*([\w-]+)[ \t]*=[ \t]*"?([^"]*)"?[ \t]*$/.exec(p);
    if (eq) named[eq[1]!.toLowerCase()] = eq[2]!;
    else positional.push(p.trim().replace(/^"|"$/g, ""));
  }
  // `%header` after the style (`[%header,cols=2]`, `[source%linenums,js]`) is an option, not part of a name.
  const [first = "", ...args] = positional;
  const style = first.replace(/[%#.].*$/, "").toLowerCase() || undefined;
  if (/%header/.test(body)) named.options = `${named.options ?? ""},header`;
  return { style, args, named };
}

/** Each `[[id]]` anchor (or a heading's `[#id]`) and the title of the heading right under it. */
function anchorTitles(lines: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < lines.length; i++) {
    const a = /^\[\[([\w:.-]+)(?:,([^\]]*))?\]\]$|^\[#([\w:.-]+)\]$/.exec(lines[i]!.trim());
    if (!a) continue;
    const h = HEADING.exec(lines[i + 1]?.trimEnd() ?? "");
    const title = a[2]?.trim() || (h ? h[2]! : undefined);
    if (title) out.set(a[1] ?? a[3]!, title);
  }
  return out;
}

/** AsciiDoc's inline marks as Markdown's: `*bold*`, `_italic_`, `__x__`, `{attribute}`, `<<id>>` / `<<id,words>>`
 * (the section's title, its number and emoji left off as a reference reads), `https://…[words]` and
 * `link:…[words]`. A mark opens after a non-word character and closes before one (a Hangul particle may follow);
 * one line, 200 characters at most and no mark of its own inside, so stray marks scan once. */
function inline(line: string, attributes: Map<string, string>, anchors: Map<string, string>): string {
  return line
    .replace(/\{([\w][\w-]{0,60})\}/g, (all, name: string) => attributes.get(name.toLowerCase()) ?? all)
    .replace(/<<([\w:.-]{1,100})(?:,[ \t]*([^<>\n]{1,200}))?>>/g, (_, id: string, words?: string) => words?.trim() || refTitle(anchors.get(id) ?? id))
    .replace(/__([^_\n]{1,200})__/g, "*$1*")
    .replace(/(^|[^\w*`])\*([^\s*](?:[^*\n]{0,200}[^\s*])?)\*(?![A-Za-z0-9_*])/g, "$1**$2**")
    .replace(/(^|[^\w_`*])_([^\s_](?:[^_\n]{0,200}[^\s_])?)_(?![A-Za-z0-9_])/g, "$1*$2*")
    .replace(/(?:link:)?((?:https?:|mailto:)[^\s\[\]]{1,500})\[([^\]\n]{1,300})\]/g, "[$2]($1)");
}

/** `2. ❓ Why RLHF?` as a reference names it: `Why RLHF?`. */
function refTitle(title: string): string {
  return title.replace(/^\d{1,3}[.)][ \t]*/, "").replace(/^[^\p{L}\p{N}]+/u, "").trim() || title;
}
