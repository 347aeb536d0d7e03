// A layout described in sentences instead of drawn: `Top — title banner across the page. Row 2 (35%): three
// boxes: left 🧮 …, middle 🎛️ …, right 🧠 ….`, `상단: 제목 배너 / 2행(40%): 왼쪽 … 가운데 … 오른쪽 …`, a bulleted
// or numbered list of rows, and a sidebar said to run down through rows (`오른쪽 세로 사이드바가 2~3행에 걸쳐`).
// Each row becomes the row a box drawing gives, on a 120-column grid with the widths the text states, so
// panels, spans, ratios and placement work as for a drawing.
import { readBox, splitBoxes, unlabelled, type ProseBox } from "./prose-boxes.js";
import type { PromptDoc, Section } from "./sections.js";
import { hasEmoji } from "./words.js";
import { heightsOf } from "./text-heights.js";
import { heightTable } from "./prose-heights.js";
import { describeBox, diagramRow, placeSpans, type Reserved } from "./prose-rows.js";
import type { TextLayout } from "./text-layout.js";
import { ratioWidths, unspoken } from "./spoken-layout.js";

export interface ProseRow {
  line: number;
  /** The number the text gives the row (`Row 2`, `2행`), else its place counting from 1. */
  number: number;
  title: boolean;
  banner: string[];
  boxes: ProseBox[];
  /** How many boxes the row's own line names: items under such a row describe them, they add none. */
  named?: number;
  height?: number;
  big: boolean;
  /** Said to be the footer (`Footer strip`): the page's last row, wherever the text says it. */
  footer?: boolean;
}

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, 첫: 1, 두: 2, 세: 3, 네: 4, 다섯: 5, 여섯: 6 };
/** How a sentence about one row begins. */
const ROW_HEAD = new RegExp(
  String.raw`^(?:(?:and|then)\s+)?(?:the\s+)?(?:(?:row|line|tier|band|strip)\s*(\d+)|(\d+)\s*(?:행|줄|단|층)(?!\s*[~–-]\s*\d)|(첫|두|세|네|다섯|여섯)\s*(?:번째|째)\s*(?:줄|행|단|칸)?|(first|second|third|fourth|fifth|sixth)\s+(?:row|band|tier|strip|line)|(top|upper|middle|lower|bottom|last|final|title|header|footer)(?:\s+(?:row|band|strip|bar|banner|line|section))?|(상단|중상단|중단|중앙|중하단|하단|(?:맨\s*위|맨\s*아래|맨\s*밑|(?:가운데|중간|위|아래)(?=\s*(?:줄|행|단)))(?:\s*(?:줄|행|단))?|제목\s*줄|타이틀|헤더|그\s*(?:밑|아래|다음)(?:\s*(?:줄|행|단))?)(?:은|는|에는|엔)?)(?=[\s(（:：—–,-]|$)`,
  "i",
);
const TITLE_WORD = /title|banner|header|heading|제목|타이틀|배너|헤더|cheat\s*sheet|치트\s*시트|🍌/i;
/** The words of a title row that describe it rather than give its text. */
const DESCRIPTION = /\b(?:a|an|the|with|and|of|for|page|chapter|name|title|banner|header|heading|bar|big|large|wide|full[- ]width|across|whole|width|row|strip|top|goes|here)\b|제목|배너|타이틀|헤더|전체|너비|가로|페이지|챕터|이름|크게|넓게|들어감|[을를과와이가은는]\b/gi;
const TITLE_HEAD = /^(?:top|title|header|상단|맨\s*위|제목|타이틀|헤더|first|첫|1\s*행|row\s*1\b)/i;
const COUNT = /(?:^|\s)(?:two|three|four|five|six|\d|두|세|네|다섯|여섯)\s*(?:개의?\s*)?(?:equal\s+)?(?:boxes|panels|columns|cards|박스|칸|상자|패널|개)\s*(?:side\s+by\s+side|나란히|균등하게?|으?로\s*나눠서?|으?로|인데|이고|이며)?\s*[:：]?/i;
const BIG = /widest|biggest|largest|tallest|main|heart\s+of\s+the|가장\s*(?:넓|크|높)|메인|제일\s*(?:넓|크)/i;
/** A branch of a drawn tree before a box (`├── Left (60%): …`, `│   └── …`, `` `-- ``): the outline's drawing, as a list
 * item's dash is; the indent before it still tells the box from its row. */
const TREE = /^(?:[│┃|]\s+)*[├└┣┗╰`+|][─━-]+>?\s*/;
/** A box's place opening an item under its row, with its width perhaps (`Middle (35%):`, `가운데:`). */
const SIDE_ITEM = /^(?:left|middle|cent(?:er|re)|right|왼쪽|왼편|가운데|중앙|오른쪽|오른편)(?:\s*(?:side|column|box|칸))?\s*(?:[(（][^()（）]*[)）]\s*)?[:：—–-]/i;
const ROW_HEADINGS = /^#{2,6}[ \t]+(?:row|행)[ \t]*\d+/im;
const COLUMN_ITEMS = /^[ \t]*[-*+•][ \t]+(?:\*\*)?col(?:umn)?[ \t]*\d+[ \t]*(?:[(（][^()（）\n]*[)）])?(?:\*\*)?[ \t]*[:：]/im;
/** A line that gives the title row's words (`Title strip text: "…"`, `Banner reads: …`, `제목 문구: …`). */
const TITLE_TEXT = /^(?:the\s+)?(?:title|banner|header|heading|제목|타이틀|배너)(?:\s*(?:strip|bar|band|row|line|banner|띠|줄|바))?\s*(?:text|words|wording|reads|says|문구|텍스트)\s*[:：]?\s*/i;
/** A short label before a sentence that opens with a row (`Card order: top row left→right is …`): the label
 * names what the sentence lists; read with it, the sentence did not open with its row. */
function withoutLabel(text: string): string {
  const m = /^([^:：()（）]{1,24})[:：]\s+(?=\S)/.exec(text);
  return m && !ROW_HEAD.test(text) && ROW_HEAD.test(text.slice(m[0].length)) ? text.slice(m[0].length) : text;
}
/** A label before the whole description (`Layout:`, `레이아웃:`). */
const LABEL = /^(?:layout|page\s+layout|배치|레이아웃|구성)\s*[:：]\s*/i;

/** The described layout, or undefined when the section does not describe rows in words. */
export function readProseLayout(doc: PromptDoc, section: Section, warnings: string[] = []): TextLayout | undefined {
  // A table of boxes, a block-beta drawing or `[A] [B]` cells are the written-out layouts text-layout reads.
  if (section.nodes.some((n) => n.type === "table" || (n.type === "code" && /mermaid/i.test(n.lang ?? "")))) return undefined;
  // Rows as headings (`### Row 2 — tall`) with their boxes listed by column under them (`- Column 1 (wide): 🎧 …`,
  // as Notion's columns are described) are the list of rows text-layout reads, each item a box; read as
  // sentences, a row's `— tall` became a box.
  const written = doc.lines.slice(section.line, (doc.sections[doc.sections.indexOf(section) + 1]?.line ?? doc.lines.length + 1) - 1).join("\n");
  if (ROW_HEADINGS.test(written) && COLUMN_ITEMS.test(written)) return undefined;
  const rows: ProseRow[] = [];
  const spans: { box: ProseBox; line: number }[] = [];
  let heights: { values: number[]; line: number; percent: boolean } | undefined;
  let fence = false;
  const at = doc.sections.indexOf(section);
  const end = (doc.sections[at + 1]?.line ?? doc.lines.length + 1) - 1;
  let current: { row: ProseRow; indent: number } | undefined;
  for (let n = section.line + 1; n <= end; n++) {
    const raw = doc.lines[n - 1] ?? "";
    if (/^\s*(?:```|~~~)/.test(raw)) fence = !fence;
    if (fence || /^\s*(?:```|~~~|\||<!--)/.test(raw)) continue;
    if (!raw.trim()) continue;
    const indent = raw.length - raw.trimStart().length;
    const text = unspoken(raw.trim()).replace(/\s+/g, " ").replace(TREE, "").replace(/^(?:#{1,6}|[-*+•]|\d+[.)])\s+/, "").replace(/\*\*|__/g, "").replace(LABEL, "");
    for (const unit of units(withoutLabel(text))) {
      // `Title strip text: "🎲 …"` after the title row was said: the words it prints, not a row of its own.
      const titled = rows.find((r) => r.title);
      const words = titled ? TITLE_TEXT.exec(unit) : null;
      if (titled && words) {
        titled.banner = bannerWords(unit.slice(words[0].length)).map((w) => w.replace(/^["“「『]([^"“”」』]+)["”」』]$/, "$1"));
        continue;
      }
      if (/\[[^\]]+\]/.test(unit) && ROW_HEAD.test(unit)) return undefined;
      const labelled = current && indent > current.indent ? unlabelled(unit) : undefined;
      if (current && labelled !== undefined && (current.row.title || !current.row.named || described(current.row))) {
        if (current.row.title) current.row.banner.push(...bannerWords(labelled));
        else {
          const b = readBox(labelled);
          if (b) current.row.boxes.push(b);
        }
        continue;
      }
      if (current?.row.title && indent > current.indent && /^(?:부제|subtitle|tagline|sub-title)\s*[:：]/i.test(unit)) {
        current.row.banner.push(unit);
        continue;
      }
      // `- Top strip (~12%)` with the banner's words on the line under it: the title row named, its words listed.
      if (current?.row.title && current.row.banner.length === 0 && indent > current.indent && unit.replace(DESCRIPTION, "").replace(/[\s\p{P}]/gu, "").length > 2) {
        // Typed in quotes (`"🍌 SFT DATA … 🍌"`), as the words to print: the marks are not the banner's.
        current.row.banner.push(unit.replace(/^["“「『]([^"“”」』]+)["”」』]$/, "$1"));
        continue;
      }
      // A sidebar said to run through rows first: its `2~3행` and `세로` are not row heights.
      // `Middle (35%): 🦓 …` indented under its row is that row's middle box, not a middle row of the page.
      const nested = current !== undefined && indent > current.indent && SIDE_ITEM.test(unit);
      const box = ROW_HEAD.test(unit) && !nested ? undefined : readBox(unit);
      if (box?.sidebar && box.rows) {
        spans.push({ box, line: n });
        continue;
      }
      const h = ROW_HEAD.test(unit) ? undefined : heightsOf(unit);
      if (h) {
        heights = { values: h.values, line: n, percent: h.percent };
        continue;
      }
      const row = nested ? undefined : rowOf(unit, n, rows.length + 1);
      if (row) {
        if (row.boxes.length > 0) row.named = row.boxes.length;
        rows.push(row);
        current = { row, indent };
        continue;
      }
      if (current?.row.named && indent > current.indent) {
        describeBox(current.row, unit, n);
        continue;
      }

      // A box listed under its row (`- 왼쪽: 🔤 토큰이란?`), indented deeper than the row's own line.
      if (current && indent > current.indent && box) current.row.boxes.push(box);
    }
  }
  if (rows.length < 2 || rows.every((r) => r.boxes.length === 0)) return undefined;
  // `Footer strip (~18%) for takeaways` said before the grid's rows: a footer is the page's last row wherever it is said.
  const footers = rows.filter((r) => r.footer);
  if (footers.length === 1 && rows[rows.length - 1] !== footers[0]) rows.push(...rows.splice(rows.indexOf(footers[0]!), 1));
  const sidebars = placeSpans(rows, spans, warnings);
  const kept: Reserved[] = [];
  const diagram = rows.map((r, k) => diagramRow(r, k, sidebars, kept, warnings));
  return { rows: diagram, table: heightTable(rows, heights, warnings), lines: [rows[0]!.line, Math.max(rows[rows.length - 1]!.line, ...spans.map((s) => s.line))] };
}

/**
 * A row whose own line named one box without an emoji (`- Row 2 — the big idea (about 20%)`) over items that
 * name boxes by place: those words described the row, and their percent was its height. The row is emptied for
 * the items; a row whose line named its boxes keeps them, the items describing them.
 */
function described(row: ProseRow): boolean {
  if (row.named !== 1 || hasEmoji(row.boxes[0]!.title)) return false;
  row.height ??= row.boxes[0]!.width;
  row.boxes = [];
  delete row.named;
  return true;
}

/** A row head that can follow a comma: a row named outright with its particle (`가운데 줄(55%)은`, `맨 아래는`), not a
 * box's place (`, 가운데 "🗜️ …"`). */
const COMMA_ROW = /^(?:(?:맨\s*)?(?:위|아래|밑)|가운데|중간)\s*(?:줄|행|단)\s*(?:[(（][^()（）]{0,40}[)）])?(?:은|는|에는|엔)\s|^맨\s*(?:위|아래|밑)(?:은|는|에는|엔)\s/;

/** A line as the sentences it holds, cut before each new row's words (`… NOT A BRAIN. Row 3 (45%): …`). One pass
 * over the line's sentence ends, so a paragraph holding thousands of rows is cut in linear time. */
function units(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of text.matchAll(/(?:[.。;!,]|\s\/|\s\|)\s+(?=\S)/g)) {
    const at = m.index! + m[0].length;
    const after = text.slice(at, at + 200);
    // A sentence about a sidebar through rows is its own unit too, but only after a full stop.
    const sidebar = /[.。;!]/.test(m[0]) && /세로|sidebar|side\s*bar|사이드\s*바/i.test(after.slice(0, 40)) && /\d\s*(?:[~–—-]|to|and|through)\s*\d|\d\s*행까지|through\s+row/i.test(after);
    // After a comma only a head that says it is a row (`, 가운데 줄(55%)은 …`, `, 맨 아래는 …`): a bare `middle`
    // after a comma is the row's middle box.
    // And only inside a sentence that opened with a row: `높이는 제목 10%, …, 하단 띠 26%` lists heights.
    const comma = m[0].startsWith(",");
    if (comma ? !COMMA_ROW.test(after) || !ROW_HEAD.test(text.slice(from, from + 200)) : !ROW_HEAD.test(after) && !sidebar) continue;
    out.push(text.slice(from, m.index! + 1).trim());
    from = at;
  }
  out.push(text.slice(from).trim());
  return out.filter(Boolean);
}

function rowOf(unit: string, line: number, place: number): ProseRow | undefined {
  const head = ROW_HEAD.exec(unit);
  if (!head) return undefined;
  const said = head[1] ?? head[2] ?? ORDINAL[(head[3] ?? head[4] ?? "").toLowerCase()];
  let rest = unit.slice(head[0].length);
  // The head's own remark: `(35%)`, `— 45% height`, `(가장 넓게)`.
  const remark = /^\s*[(（]([^)）]*)[)）]/.exec(rest);
  let height: number | undefined;
  let big = false;
  if (remark) {
    const p = /(\d{1,3}(?:\.\d+)?)\s*%/.exec(remark[1]!);
    if (p) height = Number(p[1]);
    big = BIG.test(remark[1]!);
    rest = rest.slice(remark[0].length);
  }
  // `가운데 줄(55%)은 …`: the particle after the head's remark belongs to the head.
  rest = rest.replace(/^(?:은|는|에는|엔)(?=\s)/, "").replace(/^\s*(?:[:：—–-]|\s)\s*/, "");
  const tall = /^(?:(?:height|높이)\s*[:：]?\s*)?(\d{1,3}(?:\.\d+)?)\s*%\s*(?:of\s+the\s+(?:page|height)|height|tall|높이)?\s*(?:[:：—–,-]\s*)?/i.exec(rest);
  if (tall && height === undefined) {
    height = Number(tall[1]);
    rest = rest.slice(tall[0].length);
  }
  big ||= BIG.test(rest);
  // `top row left→right is A, B, C`: the reading order said before the boxes is no box.
  rest = rest.replace(/^[(（]?\s*(?:from\s+)?left\s*(?:→|->|to)\s*right\s*[)）]?\s*[:：,]?\s*/i, "");
  rest = rest.replace(/^(?:has|holds|contains|gets|shows|is|are|with|for|should\s+(?:have|hold|be))\s+/i, "");
  // `두 칸으로. 왼쪽은 …`: the count said as a sentence of its own ends at its full stop.
  rest = rest.replace(COUNT, " ").replace(/^\s*[.:：—–-]\s*/, "").trim();
  // `five boxes side by side (about 45%, the heart of the sheet)`: the bracket after the count is the row's.
  const after = /^[(（]([^)）]*)[)）]\s*/.exec(rest);
  if (after && /\d\s*%/.test(after[1]!)) {
    height ??= Number(/(\d{1,3}(?:\.\d+)?)\s*%/.exec(after[1]!)![1]);
    big ||= BIG.test(after[1]!);
    rest = rest.slice(after[0].length).replace(/^\s*[:：—–-]\s*/, "").trim();
  }
  const row: ProseRow = { line, number: said ? Number(said) : place, title: false, banner: [], boxes: [], big, ...(height !== undefined ? { height } : {}) };
  if (/^footer/i.test(head[5] ?? "")) row.footer = true;
  const headText = head[0];
  if (place === 1 && (TITLE_WORD.test(rest) || TITLE_WORD.test(headText) || (height ?? 10) <= 12) && TITLE_HEAD.test(headText) && splitBoxes(rest).length <= 2) {
    row.title = true;
    // `Top: title banner (10%)`: the title's one box is the row, so its percent is the row's height.
    const p = /(\d{1,3}(?:\.\d+)?)\s*%/.exec(rest);
    if (p && row.height === undefined) row.height = Number(p[1]);
    // The banner's words as given (quoted, or led by an emoji); a description alone (`title banner`) names none.
    const quoted = quotedWords(rest);
    const led = /(?:^|[\s(（])(\p{Extended_Pictographic}[^()（）]*)/u.exec(rest);
    const own = rest.replace(/[(（][^)）]*[)）]/g, "").trim();
    const described = own.replace(DESCRIPTION, "").replace(/[\s\p{P}]/gu, "").length <= 2;
    // `🍌 … 🍌 — 전체 너비`: a remark after a dash that only describes the banner is not its words.
    const remark = (t: string): string => t.replace(/\s+[—–-]\s+([^—–]*)$/, (all, r: string) => (r.replace(DESCRIPTION, "").replace(/[\s\p{P}]/gu, "").length <= 2 ? "" : all)).trim();
    row.banner = quoted.length ? quoted : led ? [remark(led[1]!)] : described ? [] : [own];
    return row;
  }
  const pieces = splitBoxes(rest);
  // Where the boxes carry emoji, a piece without one is a remark (`…, nothing else in it`).
  const marked = pieces.some((p) => hasEmoji(p));
  for (const piece of pieces) {
    const box = marked && !hasEmoji(piece) ? undefined : readBox(piece);
    if (box) row.boxes.push(box);
  }
  // `왼쪽이 좀 더 넓게, 한 6대 4`: the row's split said as a ratio of its boxes, none given a width of its own.
  const split = row.boxes.every((b) => b.width === undefined) ? ratioWidths(rest, row.boxes.length) : undefined;
  split?.forEach((w, k) => (row.boxes[k]!.width = w));
  return row;
}

/** The quoted words of a sentence about the banner (`"🧠 …" with the subtitle "…"`), each a line of it. */
function quotedWords(text: string): string[] {
  return [...text.matchAll(/["“「『]([^"”」』]{2,120})["”」』]/g)].map((m) => m[1]!.trim());
}

/**
 * A title row's labelled item (`Panel 0 (full width): "🧠 …" with the subtitle "…"`): where it quotes words, those
 * are the banner's lines, title then subtitle, and the sentence around them only says how they are set.
 */
function bannerWords(item: string): string[] {
  const quoted = quotedWords(item);
  return quoted.length > 0 ? quoted : [item];
}
