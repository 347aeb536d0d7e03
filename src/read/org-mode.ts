// A prompt kept in Emacs org-mode: `* Heading` stars, `#+TITLE:` / `#+AUTHOR:` keywords for metadata,
// `#+begin_src mermaid` … `#+end_src` and `#+begin_quote` … `#+end_quote` blocks, `:PROPERTIES:` drawers, tables
// ruled `|---+---|` (with `<l10>` width cookies) and `*bold*`, `/italic/`, `=code=`, `~verbatim~` emphasis.
// Markdown reads none of it: the stars are bullets, the blocks paragraphs, the tables text. Each line is written
// as the Markdown it means, every line keeping its number. Only for a document that is org by its keywords (two
// `#+` lines at least) and has no Markdown heading, so a Markdown prompt's `* item` bullets stay bullets.
import { linePass } from "./line-pass.js";

/** `#+TITLE: …`, `#+begin_src mermaid`: an org keyword or block line. */
const KEYWORD = /^[ \t]*#\+([A-Za-z_]+)(?::(.*)|[ \t](.*)|[ \t]*)$/;
/** A line of a table: org's start with `|` at any indent. */
const TABLE = /^[ \t]*\|/;
/** `|----+-----|`: a table's rule (org's hline). */
const HLINE = /^[ \t]*\|-[-+|: \t]*$/;
/** A rule once its ends are corners: `+----+----+`. */
const RULE = /^[ \t]*[|+]-[-+|: \t]*$/;
/** A cell that only sets its column's width or alignment: `<l10>`, `<r>`, `<15>`. */
const COOKIE = /^<[lrc]?\d*>$/;
/** The keywords whose values are the chapter's metadata; the label-meta reader takes them as `Title: …` lines. */
const META: Record<string, string> = { title: "Title", author: "Author", source: "Source", url: "Source", link: "Source", subtitle: "Subtitle" };

export function isOrgDocument(lines: string[]): boolean {
  let keywords = 0;
  for (const l of lines) {
    if (/^#{1,6}[ \t]+\S/.test(l)) return false;
    if (KEYWORD.test(l)) keywords++;
  }
  return keywords >= 2;
}

export function orgMode(text: string): string {
  if (!text.includes("#+")) return text;
  return linePass(text, (plain) => (isOrgDocument(plain) ? orgLines(plain) : undefined));
}

function orgLines(plain: string[]): string[] {
  const out = plain.slice();
  let block: string | undefined;
  let drawer = false;
  // Past the first heading, where keywords are the exporter's, not the chapter's metadata.
  let headed = false;
  for (let i = 0; i < plain.length; i++) {
    const l = plain[i]!;
    const kw = KEYWORD.exec(l);
    const name = kw?.[1]!.toLowerCase();
    if (block) {
      if (name === `end_${block}`) {
        out[i] = block === "quote" ? "" : "```";
        block = undefined;
      } else if (block === "quote") out[i] = l.trim() ? `> ${inline(l.trim())}` : ">";
      continue;
    }
    if (name?.startsWith("begin_")) {
      block = name.slice(6);
      // A source block keeps its language (`mermaid`, `yaml`); an example or any other block is plain code.
      const lang = block === "src" ? (kw![3] ?? "").trim().split(/\s+/)[0] ?? "" : "";
      out[i] = block === "quote" ? "" : `\`\`\`${lang}`;
      continue;
    }
    if (kw && name) {
      // Metadata before the first heading; any other keyword (`#+OPTIONS:`, `#+CAPTION:`) is for the exporter.
      const label = META[name];
      out[i] = label && kw[2]?.trim() && !headed ? `${label}: ${kw[2].trim()}` : "";
      continue;
    }
    // `:PROPERTIES:` … `:END:`: each `:ROW_TITLE: 10%` a labelled list item, `ROW TITLE: 10%`, as a writer
    // without org would have listed it; the key's underscores are the spaces org keys cannot hold.
    if (/^[ \t]*:PROPERTIES:[ \t]*$/i.test(l)) {
      drawer = true;
      out[i] = "";
      continue;
    }
    if (drawer) {
      if (/^[ \t]*:END:[ \t]*$/i.test(l)) {
        drawer = false;
        out[i] = "";
      } else {
        const p = /^[ \t]*:([^:\s]+):[ \t]*(.*)$/.exec(l);
        out[i] = p ? `- ${p[1]!.replace(/_/g, " ")}: ${inline(p[2]!)}` : l;
      }
      continue;
    }
    const heading = /^(\*+)[ \t]+(.*)$/.exec(l);
    if (heading) {
      headed = true;
      // Tags at the end (`:llm:notes:`) are org's, not the title's.
      const title = heading[2]!.replace(/[ \t]:[\w@#%:]{1,200}:[ \t]{0,50}$/, "").trimEnd();
      out[i] = `${"#".repeat(Math.min(6, heading[1]!.length))} ${inline(title)}`;
      continue;
    }
    if (TABLE.test(l)) {
      const end = tableEnd(plain, i);
      table(plain.slice(i, end)).forEach((row, k) => (out[i + k] = row));
      i = end - 1;
      continue;
    }
    out[i] = inline(l);
  }
  return out;
}

function tableEnd(lines: string[], from: number): number {
  let end = from;
  while (end < lines.length && TABLE.test(lines[end]!)) end++;
  return end;
}

/**
 * A table's lines. Its width cookies and rules above the first row go (blank lines, so the rows keep their
 * numbers), and so does a closing rule. A table of one rule under its header is a Markdown table: the rule made
 * `|---|---|`. A table of several ruled groups is a drawing of boxes, each group a row of them: left as typed,
 * `+` junctions and all, for the box reader (its columns must not move, so its emphasis is left too).
 */
function table(rows: string[]): string[] {
  const out = rows.slice();
  const cells = (r: string): string[] => r.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim());
  const cookie = (r: string): boolean => !HLINE.test(r) && cells(r).every((c) => c === "" || COOKIE.test(c)) && cells(r).some((c) => c !== "");
  let top = 0;
  while (top < rows.length && (HLINE.test(rows[top]!) || cookie(rows[top]!))) out[top++] = "";
  let bottom = rows.length;
  while (bottom > top && (HLINE.test(rows[bottom - 1]!) || cookie(rows[bottom - 1]!))) out[--bottom] = "";
  const rules = rows.slice(top, bottom).flatMap((r, k) => (HLINE.test(r) ? [top + k] : []));
  // Cookies typed under the header (`| Concept | 정의 |` over `| <l10> | <l20> |`): the header moves down onto the
  // last of them, right over the rule, and its own line is left blank; the body keeps its lines.
  if (rules.length === 1 && rules[0]! > top + 1 && rows.slice(top + 1, rules[0]).every(cookie)) {
    for (let k = top; k < rules[0]! - 1; k++) out[k] = "";
    out[rules[0]! - 1] = rows[top]!;
    rows = [...rows.slice(0, rules[0]! - 1).map(() => ""), ...rows.slice(rules[0]! - 1)];
    rows[rules[0]! - 1] = out[rules[0]! - 1]!;
    top = rules[0]! - 1;
  }
  if (rules.length === 1 && rules[0] === top + 1) {
    out[top + 1] = `|${cells(rows[top]!).map(() => "---").join("|")}|`;
    for (let k = top; k < bottom; k++) if (k !== top + 1) out[k] = cookie(rows[k]!) ? "|" + cells(rows[k]!).map(() => " ").join("|") + "|" : inline(rows[k]!);
    return out;
  }
  if (rules.length === 0) {
    for (let k = top; k < bottom; k++) out[k] = inline(rows[k]!);
    return out;
  }
  // A drawing: its first rule kept as its top border (org draws none above the first row's cells), and every
  // rule's ends made the corners they are (`+----+----+`), as an ASCII drawing's rules are typed.
  if (top > 0 && HLINE.test(rows[top - 1]!)) top--;
  if (bottom < rows.length && HLINE.test(rows[bottom]!)) bottom++;
  for (let k = top; k < bottom; k++) out[k] = HLINE.test(rows[k]!) ? rows[k]!.replace(/\|/g, "+") : rows[k]!;
  return joinEmpty(out, top, bottom);
}

/**
 * Org cannot merge cells, so a writer leaves the cells right of a box empty where it runs on (`| 🍌 TITLE | | |`):
 * in a ruled group whose column is empty on every line, the wall on its left goes, and a rule's junction with
 * no wall above or below it becomes a plain dash. Columns never move.
 */
function joinEmpty(out: string[], top: number, bottom: number): string[] {
  // Rows between rules; each group's walls counted by order (wide letters put them at other character indices).
  const groups: number[][] = [];
  const rules: number[] = [];
  for (let k = top; k < bottom; k++) {
    if (RULE.test(out[k]!)) {
      rules.push(k);
      groups.push([]);
    } else groups[groups.length - 1]?.push(k);
  }
  const gone: Set<number>[] = groups.map(() => new Set());
  groups.forEach((group, g) => {
    const cells = group.map((k) => out[k]!.split("|"));
    // The same number of walls on every line, or the group is not a plain row of cells and is left as typed.
    if (group.length === 0 || cells.some((c) => c.length !== cells[0]!.length)) return;
    // Piece p of a line split at its walls is cell p, between wall p-1 and wall p (piece 0 the indent). An empty
    // cell right of a box, or of a cell already joined to one, takes the wall on its left away.
    for (let p = 2; p < cells[0]!.length - 1; p++) {
      const empty = cells.every((c) => c[p]!.trim() === "");
      if (empty && (gone[g]!.has(p - 2) || cells.some((c) => c[p - 1]!.trim() !== ""))) gone[g]!.add(p - 1);
    }
    for (const k of group) out[k] = out[k]!.split("|").map((c, p) => (p === 0 ? "" : gone[g]!.has(p - 1) ? " " : "|") + c).join("");
  });
  // A rule's junction (by order, as the walls) that no wall above or below meets any more.
  rules.forEach((k, r) => {
    const above = r > 0 ? gone[r - 1] : undefined;
    const below = r < groups.length && groups[r]!.length ? gone[r] : undefined;
    if (!above && !below) return;
    let n = -1;
    out[k] = out[k]!.replace(/\+/g, () => {
      n++;
      return (above?.has(n) ?? true) && (below?.has(n) ?? true) ? "-" : "+";
    });
  });
  return out;
}

/** Org's emphasis as Markdown's, by org's own rule: a mark after a space or an opening bracket, a non-space next
 * to it inside, and a space or punctuation after the closing one; one line, 200 characters at most and no mark
 * of its own inside, so a line of stray marks is scanned once. Links `[[url][words]]` become Markdown links. */
function inline(line: string): string {
  return line
    .replace(/(^|[\s\-({'"])(?:\*([^\s*](?:[^*\n]{0,200}[^\s*])?)\*|\/([^\s/](?:[^/\n]{0,200}[^\s/])?)\/|=([^\s=](?:[^=\n]{0,200}[^\s=])?)=|~([^\s~](?:[^~\n]{0,200}[^\s~])?)~)(?=[\s\-.,;:!?')}\["]|$)/g, (all, pre: string, b: string, i: string, c: string, v: string) => {
      if (b !== undefined) return `${pre}**${b}**`;
      if (i !== undefined) return `${pre}*${i}*`;
      const code = c ?? v ?? "";
      return code.includes("`") ? all : `${pre}\`${code}\``;
    })
    .replace(/\[\[([^\]\n]{1,500})\]\[([^\]\n]{1,500})\]\]/g, "[$2]($1)")
    .replace(/\[\[([^\]\n]{1,500})\]\]/g, "<$1>");
}
