// What a box's own lines say besides its text: a title broken over its first lines, the width share written
// into the title (`[60%]`), and where the label of a little box drawn inside it stands among its lines.
import type { DiagramBox } from "./ascii-layout.js";
import { displayWidth } from "./box-grid.js";
import { graphemes } from "../../fonts/graphemes.js";

/**
 * A title broken over the box's first lines, as a narrow box makes people write it: `🤥 HALLUCI-` / `NATION`,
 * `💬 WHAT HAPPENS` / `WHEN I PRESS` / `ENTER?`. A line continues an all-capitals title when it ends a hyphen
 * or is itself capitals and words only (no digits, Hangul or arrows, which make it a note); a title in Latin
 * letters goes on when the next line is one to three lower-case words (`🧪 Test-time` / `training (연구 중)`).
 */
export function titleLines(lines: string[], at?: number[]): { title?: string; more: string[]; rest: string[] } {
  // `박스 1` / `🪞 자아가 없다`: a line that only labels the box goes; the line under it is the title.
  const skip = lines.length > 1 && LABEL_ONLY.test(lines[0]!.trim()) ? 1 : 0;
  const [title, ...rest] = lines.slice(skip);
  const more: string[] = [];
  // A title is wrapped onto the line right under it: a line after a blank one starts the box's text
  // (`🧮 WHY GPUs` / blank / `matrix multiply`), whatever case it is in. `at`: the lines' file lines, when known.
  const under = (k: number): boolean => !at || at[skip + k + 1] === undefined || at[skip + k + 1]! - at[skip + k]! <= 1;
  // `🧪 Test-time` / `training (연구 중)`: a Latin title in mixed case going on in lower case on the next line
  // (an all-capitals title over a lower-case line is a title over a note).
  if (title !== undefined && under(0) && LATIN_TITLE.test(title.replace(/^\P{L}+/u, "")) && LOWER_GOES_ON.test(rest[0] ?? "")) return { title, more: [rest[0]!], rest: rest.slice(1) };
  if (title !== undefined && under(0) && glossOf(title, rest[0] ?? "")) return { title, more: [rest[0]!], rest: rest.slice(1) };
  // `8xH100`'s x is a times sign, not lower-case text.
  // `🧠 KNOWLEDGE vs` / `WORKING MEMORY`: a capitals title broken after its linking word is capitals still.
  if (title === undefined || !CAPS_TITLE.test(title.replace(/^\P{L}+/u, "").replace(TIMES_X, "×").replace(LINK_AT_END, ""))) return { title, more, rest };
  // `🧠 WORKING MEMORY` / `vs` / `VAGUE RECOLLECTION`: a lone linking word between two lines of capitals joins
  // them, as the two sides of a comparison a narrow box stacked.
  const linked = (k: number): boolean => LINK_WORD.test(rest[0]!.trim()) && rest.length > 1 && under(k + 1) && CAPS_LINE.test(rest[1]!.trim());
  while (rest.length > 0 && under(more.length) && (continues(more[more.length - 1] ?? title, rest[0]!) || linked(more.length))) more.push(rest.shift()!);
  return { title, more, rest };
}

/**
 * `🍎 사과 문제` / `(Emily's Apples)`: a title in one language with its translation alone on the next line, in
 * brackets or after a slash, is the title said twice, not a note. Words naming a form (`(mind map)`, `(표)`) are a direction.
 */
function glossOf(title: string, next: string): boolean {
  const m = /^[(（]([^()（）]+)[)）]$/.exec(next.trim());
  // `🦙 베이스 모델이란?` / `/ WHAT IS A BASE MODEL`: the slash that joins a bilingual title on one line (`📌 핵심
  // 정리 / TAKEAWAYS`) opening the next line, where the box's width pushed the second half.
  const slash = /^[/／]\s*(\S[^/／]*)$/u.exec(next.trim());
  const gloss = m ? (FORM_WORD.test(m[1]!) ? undefined : m[1]!) : slash && !/[/／]/u.test(title) && !/\d/.test(slash[1]!) ? slash[1]! : undefined;
  if (gloss === undefined || /[(（]/.test(title)) return false;
  const hangul = (t: string): boolean => /\p{Script=Hangul}/u.test(t);
  const latin = (t: string): boolean => /\p{Script=Latin}{2}/u.test(t);
  return hangul(title) ? latin(gloss) && !hangul(gloss) : latin(title) && hangul(gloss) && !latin(gloss);
}

/** Words naming a form, or the box's size and place (`(두 줄 높이로 길게)`, `(spans 2 rows)`): said to the designer. */
const FORM_WORD = /table|chart|diagram|map|arrow|flow|list|box|panel|\btall\b|\bwide\b|\bspans?\b|\brows?\b|표|도식|도표|그림|차트|목록|화살표|높이|길게|넓게|세로|가로|\d\s*(?:줄|행|칸)/i;

/** The title with its continuation lines: a hyphen at a line's end, or opening the next (`SPELL` / `-ING`, the
 * break marked where the word goes on), joins the two unspaced. */
export function joinTitle(title: string, more: string[], known?: ReadonlySet<string>): string {
  return more.reduce((t, next) => (/\p{L}-$/u.test(t) ? `${t.slice(0, -1)}${next}` : HYPHEN_OPENS.test(next.trim()) ? `${t}${next.trim().slice(1)}` : brokenWord(t, next, known) ? `${t.trimEnd()}${next.trim()}` : `${t} ${next}`), title);
}

/**
 * `🏅 OLYMP` / `IAD`: a word a narrow box broke with no hyphen. The two parts are one word when the document writes
 * that word elsewhere (`Olympiad`) and never the second part alone; `WHY` / `GPU` stay two words.
 */
function brokenWord(title: string, next: string, known?: ReadonlySet<string>): boolean {
  const head = /(\p{L}+)$/u.exec(title.trimEnd())?.[1];
  const tail = /^(\p{L}+)/u.exec(next.trim())?.[1];
  if (!known || !head || !tail || next.trim() !== tail) return false;
  return known.has(`${head}${tail}`.toLowerCase()) && !known.has(tail.toLowerCase());
}

/** The words a document writes, lower-cased: what a title broken mid-word is checked against. */
export function knownWords(text: string): Set<string> {
  return new Set([...text.matchAll(/\p{L}+/gu)].map((m) => m[0].toLowerCase()));
}

/** `-ING`: the rest of a capitals word broken at the end of the line above, the hyphen written where it goes on. */
const HYPHEN_OPENS = /^-\p{Lu}{2,}$/u;

/** A box's label alone on its first line: `박스 1`, `Box B:`, `Panel 2`, `영역 3`. */
const LABEL_ONLY = /^(?:panel|box|section|card|block|area|패널|박스|섹션|블록|영역|칸)\s*[A-Za-z0-9]{1,2}\s*[:.)—–-]?$/i;

const LATIN_TITLE = /^(?=.*\p{Ll})[\p{Script=Latin}][\p{Script=Latin}\s'’-]*\p{Script=Latin}$/u;
/** One to three lower-case words, maybe a remark in brackets: no digits, arrows, colons or signs of a note. */
const LOWER_GOES_ON = /^[a-z][a-z'’-]*(?:\s[a-z][a-z'’-]*){0,2}(?:\s*[(（][^()（）]*[)）])?$/;
const CAPS_TITLE = /^(?=.*\p{Lu})[^\p{Ll}\p{Script=Hangul}]*$/u;
/** A line of capitals, maybe with a remark in brackets after them (`NODE (Lambda etc.)`): the title's remark. A
 * title in quotation marks goes on with them (`🪞 "WHAT MODEL ARE` / `YOU?"`): the question it quotes, closed. */
const CAPS_LINE = /^(?=.*\p{Lu})[\p{Lu}&'’?!.,/ "“”]+(?:\s*[(（][^()（）]*[)）])?$/u;
const LINK_WORD = /^(?:vs\.?|versus|v\.|&|and|or|대|↔|⇄)$/i;
const LINK_AT_END = /\s+(?:vs\.?|versus|and|or)$/i;
const TIMES_X = /(?<=\d)x(?=[\p{Lu}\d])/gu;

function continues(title: string, next: string): boolean {
  return /\p{L}-$/u.test(title) ? /^\p{L}/u.test(next) : CAPS_LINE.test(next) || linkedCaps(next) || (/\p{Lu}$/u.test(title) && HYPHEN_OPENS.test(next.trim()));
}

/** `🧠 VAGUE RECOLLECTION` / `vs WORKING MEMORY`: the other side of a comparison, opened by its linking word. */
function linkedCaps(next: string): boolean {
  const m = /^(\S+)\s+(.+)$/.exec(next.trim());
  return m !== null && LINK_WORD.test(m[1]!) && CAPS_LINE.test(m[2]!);
}

/**
 * A title line as another model decorates it: `① ⌨️ **질문을 입력하면**`. The circled number only counts the
 * boxes (the panels keep the drawing's order) and the `**` are Markdown no title draws, so both go; left in,
 * the number hid the emoji behind it and the stars were drawn as stars.
 */
export function undecoratedTitle(line: string): string {
  return line
    .replace(/^\s*[\u2460-\u2473\u24EA-\u24FF\u2776-\u2793\u3251-\u325F\u32B1-\u32BF]\s*/u, "")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .trim();
}

/**
 * A Korean title a narrow box wrapped: `🤥 환각이` / `  뭔가?`, `🧠 기억 vs` / ` 작업 기억`. The next line goes on
 * the title when it is indented past the emoji (under the title's words, while the content under it starts
 * further left), is a few Korean words, and the two would not have fitted on one line of the box: that is why
 * the writer broke it. All-capitals and Latin titles are joined by `titleLines`, which needs no columns.
 */
export function joinWrappedTitle<T extends { text: string; line: number; col: number }>(lines: T[], inner: number): T[] {
  const [title, next, ...rest] = lines;
  if (!title || !next || next.line !== title.line + 1 || !EMOJI_FIRST.test(title.text)) return lines;
  // Under the title's words and nowhere else: the line after it is back at the content's column.
  if (next.col <= title.col || !rest[0] || rest[0].col >= next.col || !TITLE_WORDS.test(next.text)) return lines;
  const width = (t: string): number => graphemes(t).reduce((w, g) => w + displayWidth(g), 0);
  // The box's text room with a space either side; a note of several words fits no title's second line.
  if (width(next.text) > 12 || width(title.text) + 1 + width(next.text) <= inner - 2) return lines;
  return [{ ...title, text: `${title.text} ${next.text}` }, ...rest];
}

const EMOJI_FIRST = /^\p{Extended_Pictographic}/u;
/** Korean words, maybe with a Latin one, a `?` or `!`: no digits, arrows or signs a note is written with. */
const TITLE_WORDS = /^(?=.*\p{Script=Hangul})[\p{L}\s&·?!？！]+$/u;

/** A box's text lines, with the label of one little box drawn inside it where it stands among them. */
export function boxLines(b: DiagramBox): string[] {
  const own = b.lines.map((l) => l.text);
  if (b.nested.length !== 1) return own;
  const at = b.nestedAt?.[0];
  const k = at === undefined ? -1 : b.lines.findIndex((l) => l.line > at);
  // Never ahead of the title line.
  const i = k < 0 ? own.length : Math.max(1, k);
  // A sample of labelled lines (a prompt window) keeps its lines; any other little box is one label.
  return [...own.slice(0, i), ...(b.nestedLines?.[0] ?? [b.nested[0]!]), ...own.slice(i)];
}

// `[60%]`, `(40%)`, `〔35 %〕`, `(2/3)`: the box's share of the row's width, written into its title line.
const WIDTH_MARK = /\s*[[(（〔【]\s*(?:(\d{1,3}(?:\.\d+)?)\s*[%％]|(\d+)\s*\/\s*(\d+))\s*[\])）〕】]\s*/u;
// `🧮 수학식 70%`: a bare percent at the title's end (or start) is a width only when every box of the row has one.
const BARE_WIDTH = /^\s*(\d{1,3}(?:\.\d+)?)\s*[%％]\s+|\s+(\d{1,3}(?:\.\d+)?)\s*[%％]\s*$/u;

/** The title line without its width mark, and the share it states (percent); `bare` for a mark without brackets,
 * `leading` for one written before the title's words (`[60%] 🧮 수학식`). */
export function statedWidth(title: string): { title: string; width?: number; bare?: boolean; leading?: boolean } {
  const bracketed = WIDTH_MARK.exec(title);
  const m = bracketed ?? BARE_WIDTH.exec(title);
  if (!m) return { title };
  const width = bracketed ? (m[1] !== undefined ? Number(m[1]) : (Number(m[2]) / Number(m[3])) * 100) : Number(m[1] ?? m[2]);
  if (!(width > 0 && width < 100)) return { title };
  const rest = `${title.slice(0, m.index)} ${title.slice(m.index + m[0].length)}`.trim();
  const leading = /^[^\p{L}\p{N}]*$/u.test(title.slice(0, m.index));
  return bracketed ? { title: rest, width, ...(leading ? { leading } : {}) } : { title: rest, width, bare: true };
}
