// A prompt kept as a Typst document (as a student who takes notes in Typst writes it): `#set page(…)` and
// `#set text(…)` rules, `=` / `==` headings, `- ` and `+ ` lists, `*bold*` and `_emph_`, `#table(columns: 3,
// [..], …)` calls, `#quote(attribution: [..])[…]`, `#footnote[…]`, `#grid(rows: (10%, 30%, …), …)` for the row
// heights, `//` and `/* */` comments. Markdown reads none of it as meant: `=` lines are text, a table a
// paragraph of brackets, `*bold*` italic. Each line is written as the Markdown it means, every line keeping its
// number (a call's Markdown is set from its first line on, the lines it no longer needs left blank). Raw blocks
// (```` ``` ````) are kept as typed. Only for a document that is Typst by its headings (two `=` headings at
// least, more than Markdown `#` ones) and by one call or rule of its own at a line's start.
import { linePass } from "./line-pass.js";
import { placeNotes, type Note } from "./place-notes.js";
import { callWindow, matching, typstCall, splitArgs, valueText, type TypstCall } from "./typst-call.js";

const HEADING = /^(={1,6})[ \t]+(\S(?:.*\S)?)$/;
/** `#set`, `#show`, `#let`, `#import`: rules and bindings, which shape the page and show nothing. */
const RULE = /^#(?:set|show|let|import|include)\b/;
/** A line only Typst starts so: a rule on a named element, a binding, an import, or one of its calls. */
const OWN_MARK = /^[ \t]*#(?:(?:set|show)[ \t]+[\w.]+[ \t]*[(:]|let[ \t]+\w[\w-]*[ \t]*[=(]|import[ \t]+"|(?:table|quote|grid|figure|footnote|align|block)[(\[])/;
const OWN_MARK_ANYWHERE = new RegExp(OWN_MARK.source, "m");
/** A comment's `key: value` lines that are the chapter's metadata, as the labelled lines its reader takes. */
const META: Record<string, string> = { title: "Title", chapter: "Chapter", lecture: "Series", series: "Series", author: "Author", speaker: "Author", source: "Source", url: "Source", source_url: "Source" };

export function isTypstDocument(lines: readonly string[]): boolean {
  let headings = 0;
  let markdown = 0;
  let marks = 0;
  let raw = false;
  for (const l of lines) {
    if (/^[ \t]*```/.test(l)) raw = !raw;
    if (raw) continue;
    if (HEADING.test(l) && !/[ \t]=+$/.test(l)) headings++;
    else if (/^#{1,6}[ \t]+\S/.test(l)) markdown++;
    if (OWN_MARK.test(l)) marks++;
  }
  return headings >= 2 && headings > markdown && marks >= 1;
}

export function typst(text: string): string {
  if (!OWN_MARK_ANYWHERE.test(text)) return text;
  return linePass(text, (plain) => (isTypstDocument(plain) ? typstLines(plain) : undefined));
}

function typstLines(plain: string[]): string[] {
  const out = plain.slice();
  const notes: Note[] = [];
  // Each list depth's marker width in Markdown (`- ` 2, `1. ` 3), by the Typst indentation it was written at.
  const listStack: { indent: number; width: number }[] = [];
  let raw = false;
  let comment = false;
  // Metadata lines not yet written: a one-line `#set document(title: .., author: ..)` names two, and they go on
  // the lines of the rules and comments after it, which show nothing, one label a line as its reader takes them.
  const pending: string[] = [];
  for (let i = 0; i < plain.length; i++) {
    const l = plain[i]!.trimEnd();
    if (raw || /^[ \t]*```/.test(l)) {
      if (/^[ \t]*```/.test(l)) raw = !raw;
      continue;
    }
    if (comment || /^[ \t]*\/\*/.test(l)) {
      comment = !/\*\/[ \t]*$/.test(l);
      // A comment of `key: value` lines at the head of the notes is where their writer kept the metadata.
      const meta = /^[ \t]*(?:\/\*)?[ \t]*([A-Za-z_]\w*)[ \t]*:[ \t]+(\S.*?)[ \t]*(?:\*\/)?$/.exec(l);
      const label = meta ? META[meta[1]!.toLowerCase()] : undefined;
      if (label) pending.push(`${label}: ${meta![2]}`);
      out[i] = pending.shift() ?? "";
      continue;
    }
    if (/^[ \t]*\/\/(?!\/)/.test(l)) {
      out[i] = pending.shift() ?? "";
      continue;
    }
    const code = l.replace(/[ \t]+\/\/[ \t].*$/, "");
    const heading = HEADING.exec(code);
    if (heading && !/[ \t]=+$/.test(code)) {
      listStack.length = 0;
      out[i] = `${"#".repeat(heading[1]!.length)} ${inline(heading[2]!.replace(/[ \t]*<[\w:.-]+>$/, ""), i, notes)}`;
      continue;
    }
    if (RULE.test(code.trimStart())) {
      const end = ruleEnd(plain, i);
      pending.push(...documentMeta(plain.slice(i, end + 1).join("\n")));
      for (let k = i; k <= end; k++) out[k] = pending.shift() ?? "";
      i = end;
      continue;
    }
    const callAt = /^[ \t]*#[A-Za-z]/.exec(code);
    if (callAt) {
      const call = typstCall(plain, i, callAt[0].length - 2);
      if (call) {
        const written = callLines(call, plain[i]!.slice(0, callAt[0].length - 2), i, notes);
        if (written) {
          for (let k = i; k <= call.end; k++) out[k] = written[k - i] ?? "";
          i = call.end;
          continue;
        }
      }
    }
    const item = /^([ \t]*)([-+]|\/)[ \t]+(.*)$/.exec(code);
    if (item) {
      const indent = item[1]!.replace(/\t/g, "  ").length;
      while (listStack.length && listStack[listStack.length - 1]!.indent >= indent) listStack.pop();
      const lead = " ".repeat(listStack.reduce((s, d) => s + d.width, 0));
      const mark = item[2] === "+" ? "1." : "-";
      listStack.push({ indent, width: mark.length + 1 });
      // `/ Term: description`: a term list's item, its term bold.
      const term = item[2] === "/" ? /^([^:\n]{1,80}):[ \t]*(.*)$/.exec(item[3]!) : undefined;
      const body = term ? `**${term[1]!.trim()}**: ${term[2]}` : item[3]!;
      out[i] = `${lead}${mark} ${inline(body, i, notes)}`;
      continue;
    }
    if (!code.trim()) {
      continue;
    }
    // A list item's next line, indented under it: kept under the same item.
    const under = /^([ \t]+)\S/.exec(code) && listStack.length ? " ".repeat(listStack.reduce((s, d) => s + d.width, 0)) : "";
    if (!under) listStack.length = 0;
    out[i] = under + inline(code.trim().replace(/[ \t]\\$/, ""), i, notes);
  }
  placeNotes(out, notes);
  return out;
}

/** The Markdown a call stands for, a line each from its first, or undefined when it is none this reads. */
function callLines(call: TypstCall, indent: string, line: number, notes: Note[]): string[] | undefined {
  const span = call.end - line + 1;
  if (call.name === "table") return tableLines(call, span, line, notes);
  if (call.name === "grid" && call.named.has("rows")) return gridLines(call, span, line, notes);
  if (call.name === "quote") return quoteLines(call, span, line, notes);
  if (/^(?:align|block|box|pad|strong|emph|text|highlight)$/.test(call.name) && call.bodies.length) {
    const words = call.bodies.join(" ").split("\n").map((t) => t.trim()).filter(Boolean);
    if (words.length > span) return [inline(words.join(" "), line, notes)];
    const mark = call.name === "strong" ? "**" : call.name === "emph" ? "*" : "";
    return words.map((w) => `${indent}${mark}${inline(w, line, notes)}${mark}`);
  }
  return undefined;
}

/** `#table(columns: 3, table.header([a], [b], [c]), [1], [2], [3], …)`: a Markdown table (its first row the
 * header when none is named), or one `<table>` line when the call is typed on fewer lines than the rows. */
function tableLines(call: TypstCall, span: number, line: number, notes: Note[]): string[] {
  const columnsArg = call.named.get("columns") ?? "1";
  const columns = /^\d+$/.test(columnsArg) ? Number(columnsArg) : splitArgs(columnsArg.replace(/^\(|\)$/g, "")).length || 1;
  let header: string[] | undefined;
  const cells: string[] = [];
  for (const arg of call.positional) {
    const h = /^table\.header\(([\s\S]*)\)$/.exec(arg);
    if (h) header = splitArgs(h[1]!).filter((a) => !/^[A-Za-z][\w-]*[ \t]*:/.test(a)).map(cellText);
    else cells.push(cellText(arg));
  }
  const rows: string[][] = [];
  for (let k = 0; k < cells.length; k += columns) rows.push(cells.slice(k, k + columns));
  if (!header) header = rows.shift() ?? [];
  const pad = (r: string[]): string[] => [...r, ...Array<string>(Math.max(0, columns - r.length)).fill("")];
  const md = (r: string[]): string => `| ${pad(r).map((c) => inline(c, line, notes).replace(/\|/g, "\\|")).join(" | ")} |`;
  if (rows.length + 2 <= span) return [md(header), `|${"---|".repeat(columns)}`, ...rows.map(md)];
  const html = (r: string[], tag: string): string => `<tr>${pad(r).map((c) => `<${tag}>${inline(c, line, notes)}</${tag}>`).join("")}</tr>`;
  return [`<table>${html(header, "th")}${rows.map((r) => html(r, "td")).join("")}</table>`];
}

/** A cell's words on one line. */
function cellText(arg: string): string {
  return valueText(arg).replace(/\s*\n\s*/g, " ");
}

/** `#grid(rows: (10%, 30%, …), [title], [..], …)`: the row heights as a ratio table, a row's cell its content;
 * `fr` shares made percent. A call on one line gives the shares alone, `비율: 10/30/…`. */
function gridLines(call: TypstCall, span: number, line: number, notes: Note[]): string[] | undefined {
  const sizes = splitArgs(call.named.get("rows")!.replace(/^\(|\)$/g, ""));
  const units = sizes.map((s) => /^(\d+(?:\.\d+)?)[ \t]*(%|fr)$/.exec(s));
  if (sizes.length < 2 || units.some((u) => !u) || new Set(units.map((u) => u![2])).size > 1) return undefined;
  const values = units.map((u) => Number(u![1]));
  const sum = values.reduce((a, b) => a + b, 0);
  const shares = units[0]![2] === "fr" ? values.map((v) => Math.round((v / sum) * 1000) / 10) : values;
  const cells = call.positional.map(cellText);
  if (sizes.length + 2 > span) return [`비율: ${shares.map((s) => `${s}%`).join(" / ")}`];
  return ["| 행 | 비율 | 내용 |", "|---|---|---|", ...shares.map((s, k) => `| ${k + 1} | ${s}% | ${inline(cells[k] ?? "", line, notes).replace(/\|/g, "\\|")} |`)];
}

/** `#quote(attribution: [Name])[words]`: a Markdown quote signed by its name on the line under it. */
function quoteLines(call: TypstCall, span: number, line: number, notes: Note[]): string[] | undefined {
  const body = call.bodies[0] ?? (call.positional[0] ? valueText(call.positional[0]) : undefined);
  if (body === undefined) return undefined;
  let words = inline(body.replace(/\s*\n\s*/g, " ").trim(), line, notes);
  const by = call.named.get("attribution");
  let name = by ? inline(valueText(by).replace(/\s*\n\s*/g, " "), line, notes) : "";
  // Without an attribution the writer may sign inside the words, after the sentence ends: `… FineWeb. — Karpathy`.
  const signed = name ? undefined : /^(.*[.!?。…"”])[ \t]+[—―–][ \t]*(\p{Lu}[\p{L}.'’ -]{0,40}|[\p{Script=Hangul}]{2,10})$/u.exec(words);
  if (signed) {
    words = signed[1]!;
    name = signed[2]!.trim();
  }
  if (!name) return [`> ${words}`];
  return span >= 2 ? [`> ${words}`, `> — ${name}`] : [`> ${words} — ${name}`];
}

/** Typst's inline marks as Markdown's: `*bold*`, `_emph_`, `#strong[..]`, `#emph[..]`, `#link("u")[t]`, other
 * `#fn(..)[words]` as their words, `#footnote[..]` a numbered note (placed by `placeNotes`). One line, bounded
 * runs with no mark of their own inside, so stray marks scan once. */
function inline(text: string, line: number, notes: Note[]): string {
  return text
    .replace(/#footnote\[([^\[\]\n]{1,400})\]/g, (_, note: string) => {
      notes.push({ line, text: note.trim() });
      return `[^${notes.length}]`;
    })
    .replace(/#link\("([^"\n]{1,500})"\)(?:\[([^\[\]\n]{1,300})\])?/g, (_, url: string, words?: string) => (words ? `[${words}](${url})` : url))
    .replace(/#strong\[([^\[\]\n]{1,300})\]/g, "*$1*")
    .replace(/#emph\[([^\[\]\n]{1,300})\]/g, "_$1_")
    .replace(/#[A-Za-z][\w.-]{0,40}(?:\([^()\n]{0,200}\))?\[([^\[\]\n]{0,300})\]/g, "$1")
    .replace(/(^|[^\w*`\\])\*([^\s*](?:[^*\n]{0,200}[^\s*\\])?)\*(?![A-Za-z0-9_*])/g, "$1**$2**")
    .replace(/(^|[^\w_`*\\])_([^\s_](?:[^_\n]{0,200}[^\s_\\])?)_(?![A-Za-z0-9_])/g, "$1*$2*");
}

/** The last line of a rule or binding: its brackets followed while another opens on the line one closes on
 * (`#let f(x) = {` … `}`). */
function ruleEnd(plain: readonly string[], i: number): number {
  const text = callWindow(plain, i);
  let from = 0;
  let end = i;
  for (;;) {
    const lineEnd = text.indexOf("\n", from);
    const open = text.slice(from, lineEnd < 0 ? undefined : lineEnd).search(/[(\[{]/);
    if (open < 0) return end;
    const close = matching(text, from + open);
    if (close < 0) return end;
    // Lines counted from where the last scan stopped, so a line of many brackets costs one pass.
    for (let k = from; k < close; k++) if (text.charCodeAt(k) === 10) end++;
    from = close + 1;
  }
}

/** `#set document(title: [..], author: "..")`: the chapter's title and author as the labelled lines the
 * metadata reader takes. */
function documentMeta(rule: string): string[] {
  const m = /^[ \t]*#set[ \t]+document[ \t]*\(/.exec(rule);
  if (!m) return [];
  const close = matching(rule, m[0].length - 1);
  if (close < 0) return [];
  const out: string[] = [];
  for (const arg of splitArgs(rule.slice(m[0].length, close))) {
    const kv = /^(title|author)[ \t]*:[ \t\n]*([\s\S]+)$/.exec(arg);
    const value = kv ? valueText(kv[2]!.replace(/^\(|\)$/g, "")).replace(/\s*\n\s*/g, " ") : "";
    if (kv && value) out.push(`${kv[1] === "title" ? "Title" : "Author"}: ${value}`);
  }
  return out;
}
