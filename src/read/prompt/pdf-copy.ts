// A prompt written in a word processor, exported to PDF and copied back out of the PDF viewer. The viewer gives
// the page as it was set: every page's running header and footer (`Karpathy LLM 정리 — 3 / 5`, `- 2 -`) in the
// middle of the text, even inside a box drawing the page break cut; the font's ligatures as their own code
// points (`ﬁ`, `ﬂ`, `ﬀ`); Symbol-font bullets as U+F0B7 and a tab; words hyphenated at a line's end; list items
// and paragraphs broken at the page's width; headings and tables with their styling gone (a part's name alone
// on its line, cells apart by runs of spaces). Each is written as the Markdown it means, every line keeping its
// number — but for a drawing cut by a page break, whose chrome lines go below the drawing so the drawing is
// whole again. Only for a document whose pages show: running chrome on two pages at least, or the viewer's
// own characters (ligatures, U+F0B7), so a typed prompt is never touched.
import { linePass } from "../line-pass.js";
import { fencedLines } from "../limits.js";
import { sectionKindOf } from "./sections.js";
import { dehyphenated, spacedTable } from "./pdf-lines.js";

/** A page number as running chrome writes it: `- 2 -`, `3 / 5`, `Page 4`, `4쪽`. */
const PAGE_NUMBER = /(?:^|\s)(?:[-–—]\s*\d{1,3}\s*[-–—]|\d{1,3}\s*(?:\/|of)\s*\d{1,3}|page\s+\d{1,3}|\d{1,3}\s*쪽)\s*$/i;
/** The letters a ligature code point stands for. */
const LIGATURES: Record<string, string> = { "\uFB00": "ff", "\uFB01": "fi", "\uFB02": "fl", "\uFB03": "ffi", "\uFB04": "ffl", "\uFB05": "st", "\uFB06": "st" };
const LIGATURE = /[\uFB00-\uFB06]/;
/** A bullet as the viewer copies it, then the tab or spaces the word processor set after it. */
const BULLET = /^([ \t]*)(?:\uF0B7|[•◦▪●·])[\t ]+(?=\S)/u;
/** A numbered item with the tab the word processor set after its number. */
const NUMBER_TAB = /^([ \t]*)(\d{1,2}[.)])\t+(?=\S)/;
/** A line of a box drawing. */
const BOX_LINE = /^[ \t]*[┌└├│┏┗┣┃╔╚╠║╭╰+|]/u;
const ITEM = /^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+\S/;

export function pdfCopy(text: string): string {
  if (!/[\uFB00-\uFB06\uF0B7]/.test(text) && !/\d\s*[-–—]?\s*\r?$/m.test(text)) return text;
  return linePass(text, (lines) => {
    const chrome = pageChrome(lines);
    if (!chrome.some(Boolean) && !/[\uFB00-\uFB06\uF0B7]/.test(text)) return undefined;
    const out = wholeDrawings(lines, chrome).map((l) => (LIGATURE.test(l) ? unligated(l) : l));
    const fenced = fencedLines(out);
    // The word processor's list items: a bullet or a number, then its tab. A number and a space is typed.
    const items = out.map((l, i) => !fenced[i] && (BULLET.test(l) || NUMBER_TAB.test(l)));
    for (let i = 0; i < out.length; i++) if (items[i]) out[i] = out[i]!.replace(BULLET, "$1- ").replace(NUMBER_TAB, "$1$2 ");
    dehyphenated(out, fenced);
    headings(out, fenced, items);
    continuedItems(out, fenced, items);
    spacedTables(out, fenced, items);
    return out;
  });
}

/** Which lines are a page's running header or footer: a short line with a page number whose shape (its digits
 * aside) recurs on another page. */
function pageChrome(lines: string[]): boolean[] {
  const shape = lines.map((l) => {
    const t = l.trim();
    return t.length > 0 && t.length <= 80 && !BOX_LINE.test(t) && PAGE_NUMBER.test(t) ? t.replace(/\d+/g, "#") : undefined;
  });
  const seen = new Map<string, number>();
  for (const s of shape) if (s) seen.set(s, (seen.get(s) ?? 0) + 1);
  return shape.map((s) => !!s && seen.get(s)! >= 2);
}

/** The lines with the chrome blanked; a run of chrome between two lines of one box drawing moves below the
 * drawing, so its walls meet again (the drawing's later lines then stand that many lines higher). */
function wholeDrawings(lines: string[], chrome: boolean[]): string[] {
  const out = lines.map((l, i) => (chrome[i] ? "" : l));
  for (let i = 1; i < out.length; i++) {
    if (!chrome[i] || !BOX_LINE.test(out[i - 1]!)) continue;
    let j = i;
    while (j < out.length && (chrome[j] || (out[j]!.trim() === "" && j > i && chrome[j - 1]))) j++;
    if (j >= out.length || !BOX_LINE.test(out[j]!)) continue;
    let end = j;
    while (end < out.length && BOX_LINE.test(out[end]!)) end++;
    const cut = j - i;
    out.splice(i, cut);
    out.splice(end - cut, 0, ...Array<string>(cut).fill(""));
    i = end - 1;
  }
  return out;
}

/** A line with its ligatures spelled out; in a drawing, a space before the next wall gives way for each letter
 * added, as the ligature stood in one column. */
function unligated(line: string): string {
  if (!BOX_LINE.test(line)) return line.replace(/[\uFB00-\uFB06]/g, (c) => LIGATURES[c]!);
  let out = line;
  for (let k = out.search(LIGATURE); k >= 0; k = out.search(LIGATURE)) {
    const letters = LIGATURES[out[k]!]!;
    out = out.slice(0, k) + letters + out.slice(k + 1);
    for (let extra = letters.length - 1; extra > 0; extra--) {
      const wall = out.indexOf("│", k);
      const gap = wall < 0 ? -1 : out.lastIndexOf("  ", wall);
      if (gap > k) out = out.slice(0, gap) + out.slice(gap + 1);
    }
  }
  return out;
}

/** A part's name alone on its line (`원문 (Source Text)`, `Output Structure Plan`) made its `# …` heading, when
 * two parts at least are named so and none is a Markdown heading. */
function headings(lines: string[], fenced: boolean[], items: boolean[]): void {
  if (lines.some((l) => /^#{1,3}[ \t]+\S/.test(l) && sectionKindOf(l.replace(/^#+/, "")))) return;
  // A heading is short, not a sentence, an item nor a metadata line (`source_url: …`).
  const alone = (i: number) => {
    const t = lines[i]!.trim();
    return !fenced[i] && !items[i] && t.length > 0 && t.length <= 60 && !/[.,:;]$/.test(t) && !/^[A-Za-z_][\w-]*:/.test(t) && !BOX_LINE.test(t);
  };
  const named = lines.map((l, i) => (alone(i) && !ITEM.test(l) && sectionKindOf(l.trim()) ? l.trim() : undefined));
  if (named.filter(Boolean).length < 2) return;
  lines.forEach((l, i) => {
    if (named[i]) lines[i] = `# ${named[i]}`;
    // `2. 📚 Filtering Steps (Table)`: a numbered title typed with a space, the word processor's own numbers
    // being tabbed items — a section within its part.
    else if (alone(i) && /^\d{1,2}\.[ ]+\S/.test(l) && lines[i + 1]?.trim()) lines[i] = `## ${l.trim()}`;
  });
}

/** A list item's lines after its first, which the page's width broke off, joined onto it (each left blank where
 * it was): read line by line, an item is whole — a `don't` on its second line still forbids. */
function continuedItems(lines: string[], fenced: boolean[], items: boolean[]): void {
  let item = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (items[i]) item = i;
    else if (fenced[i] || l.trim() === "" || /^#/.test(l) || BOX_LINE.test(l) || spacedTable([l]) || /^[ \t]/.test(l)) item = -1;
    else if (item >= 0) {
      lines[item] = `${lines[item]!.trimEnd()} ${l.trim()}`;
      lines[i] = "";
    }
  }
}

/** Rows of cells apart by runs of spaces, three rows at least, written as pipe rows (a table typed without its
 * rule, as headless-table.ts reads it); a short line of text right above is the table's title (`배치 비율`), made
 * a heading so the rows stand alone. */
function spacedTables(lines: string[], fenced: boolean[], items: boolean[]): void {
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    let cols = 0;
    while (j < lines.length && !fenced[j]) {
      const cells = spacedTable([lines[j]!]);
      if (!cells || (cols && cells[0]!.length !== cols)) break;
      cols = cells[0]!.length;
      j++;
    }
    if (j - i < 3) continue;
    for (let k = i; k < j; k++) lines[k] = `| ${spacedTable([lines[k]!])![0]!.join(" | ")} |`;
    const above = lines[i - 1]?.trim() ?? "";
    if (above && above.length <= 30 && !items[i - 1] && !fenced[i - 1] && !/^[#|>-]|[.,:;]$/.test(above)) lines[i - 1] = `## ${above}`;
    i = j - 1;
  }
}
