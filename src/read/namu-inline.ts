// NamuWiki's (나무위키's) inline marks and table rows as Markdown's. Markdown reads `'''굵게'''` as quote marks,
// `[[문서|글]]` as brackets, `[* 각주]` as text and `||칸||칸||` as a paragraph of pipes; a Korean student keeping
// notes in the wiki's markup writes all of them. One line at a time, bounded runs with no mark of their own inside,
// so stray marks scan once.
import type { Note } from "./place-notes.js";

/** Macros that draw nothing on a cheat sheet: the contents, the footnote list, a template, a video, a float clear. */
const DROPPED = /\[(?:목차|tableofcontents|각주|footnote|clearfix|pagecount|date|datetime)\]|\[(?:include|youtube|kakaotv|nicovideo|vimeo|navertv|anchor)\([^()\n]{0,300}\)\]/gi;

/** A line holding nothing but dropped macros (`[목차]`, `[include(틀:…)]`): blank, as the page shows it. */
export function onlyMacros(line: string): boolean {
  return line.trim() !== "" && line.replace(DROPPED, "").trim() === "";
}

/**
 * `'''굵게'''`, `''기울임''`, `__밑줄__` (a key term underlined: a highlight), `~~취소~~` / `--취소--`, `^^위^^` /
 * `,,아래,,` (their words), `{{{글}}}` (code), `{{{#red 글}}}` / `{{{+1 글}}}` (a colour is a key term, a size its
 * words), `[[문서|글]]` (the words; an http link a Markdown link), `[[파일:…]]` (a picture), `[[분류:…]]` (nothing),
 * `[br]` (a line break) and `[* 각주]` (a Markdown footnote, its words kept in `notes` with line `line`).
 */
export function namuInline(text: string, line: number, notes: Note[]): string {
  // Literal text first: nothing inside `{{{…}}}` is markup. A colour or size wrapper keeps its words' marks.
  const codes: string[] = [];
  let t = text.replace(/\{\{\{(#[\w,#]{1,40}|[+-][1-5])[ \t]([^{}\n]{1,300}?)\}\}\}/g, (_, how: string, words: string) => (how.startsWith("#") ? `**${words.trim()}**` : words))
    .replace(/\{\{\{([^\n]{1,300}?)\}\}\}/g, (_, code: string) => {
      codes.push(code);
      return `\u0000${codes.length - 1}\u0000`;
    });
  t = t
    .replace(DROPPED, "")
    .replace(/\[br\]/gi, "<br>")
    .replace(/\[ruby\(([^,()\n]{1,100}),[^()\n]{0,200}\)\]/gi, "$1")
    .replace(/\[\[(?:분류|category):[^\][\n]{0,300}\]\]/gi, "")
    .replace(/\[\[(?:파일|file|image):([^\][|\n]{1,300})(?:\|[^\][\n]{0,300})?\]\]/gi, (_, f: string) => `![${f.trim()}](${encodeURI(f.trim())})`)
    .replace(/\[\[((?:https?:|mailto:)[^\][|\s]{1,500})\|([^\][\n]{1,300})\]\]/g, "[$2]($1)")
    .replace(/\[\[((?:https?:|mailto:)[^\][|\s]{1,500})\]\]/g, "<$1>")
    .replace(/\[\[([^\][|\n]{1,300})\|([^\][\n]{1,300})\]\]/g, "$2")
    .replace(/\[\[([^\][|\n]{1,300})\]\]/g, (_, page: string) => page.replace(/#s-[\d.]+$/, "").replace(/^#/, ""))
    .replace(/'''''(?=\S)([^'\n]{1,300}?)'''''/g, "***$1***")
    .replace(/'''(?=\S)([^'\n]{1,300}?)'''/g, "**$1**")
    .replace(/''(?=\S)([^'\n]{1,300}?)''/g, "*$1*")
    .replace(/__(?=\S)([^_\n]{1,300}?)__/g, "==$1==")
    .replace(/(^|[^-<!])--(?=[^\s>-])([^\n]{0,300}?[^\s<-])--(?![->])/g, "$1~~$2~~")
    .replace(/\^\^(?=\S)([^^\n]{1,100}?)\^\^/g, "$1")
    .replace(/,,(?=\S)([^,\n]{1,100}?),,/g, "$1")
    .replace(/\[\*([^\s\][]{0,20})(?:[ \t]+([^\][\n]{1,500}))?\]/g, (m, _name: string, words?: string) => {
      if (!words?.trim()) return "";
      notes.push({ line, text: words.trim() });
      return `[^${notes.length}]`;
    });
  return t.replace(/\u0000(\d+)\u0000/g, (_, k: string) => code(codes[Number(k)]!));
}

/** `` `words` ``, or between double backticks when the words hold one. */
function code(words: string): string {
  return words.includes("`") ? `\`\` ${words} \`\`` : `\`${words}\``;
}

/** A table row's cell: its words, how many columns it spans (`<-2>`) and rows it runs down (`<|2>`, `<^|2>`). */
export interface NamuCell {
  text: string;
  cols: number;
  rows: number;
}

/** `||<-2><bgcolor=#ffeecc> 칸 || 칸 ||`: the row's cells, their attribute brackets read for spans and dropped (colour,
 * width, alignment `<(>` `<:>` `<)>`, `<table …>`). An empty `||||` before a cell widens it, as the wiki's old form. */
export function namuCells(row: string): NamuCell[] {
  const t = row.trim().replace(/^\|\|/, "").replace(/\|\|$/, "");
  const out: NamuCell[] = [];
  let widen = 0;
  const pieces = t.split("||");
  for (const [k, raw] of pieces.entries()) {
    let cell = raw;
    let cols = 1;
    let rows = 1;
    for (let m = /^[ \t]*<([^<>\n]{0,120})>/.exec(cell); m; m = /^[ \t]*<([^<>\n]{0,120})>/.exec(cell)) {
      const attr = m[1]!.trim();
      const span = /^-(\d{1,2})$/.exec(attr);
      const down = /^[\^v]?\|(\d{1,2})$/.exec(attr);
      // `<(>`, `<:>`, `<)>`, `<bgcolor=…>`, `<#fff>`, `<width=…>`, `<table …>`, `<rowbgcolor=…>`: looks, not content
      // (a bare word in angle brackets, `<eos>`, is the cell's words).
      if (!span && !down && !/^(?:[(:)]|#\w+|[\w-]+\s*=\s*\S+|table[\w\s=#%.,-]*|nopad)$/i.test(attr)) break;
      if (span) cols = Number(span[1]);
      if (down) rows = Number(down[1]);
      cell = cell.slice(m[0].length);
    }
    if (raw === "" && k < pieces.length - 1) {
      widen++;
      continue;
    }
    out.push({ text: cell.trim(), cols: cols + widen, rows });
    widen = 0;
  }
  return out;
}
