// A layout given as a designer's brief: one card a panel, `[패널 3]` over labelled fields (`- 위치: 2행 오른쪽
// (세로로 3행까지)`, `- 크기: 가로 35%`, `- 제목: 🔍 웹 검색`, `- 내용: 아래 "웹 검색" 섹션`, `- 인용: "…", 1개`),
// and a card for the whole page (`[전체]` with `행 높이: 10 / 35 / 35 / 20`). Nothing is drawn: where a panel
// stands is its position's row number(s) and side, its width the percent its size gives. Read into the rows of
// cells a CSS grid gives (data-layout.ts), so text-layout.ts makes the drawing's rows.
import type { DataCell, DataLayout, DataRow } from "./data-layout.js";
import { placeIn } from "./positions.js";
import { heightsOf } from "./text-heights.js";

/** A card's head alone on its line: `[패널 3]`, `**[Panel 6]**`, `【카드 2】`; the page's own is `[전체]`. */
const CARD = /^[ \t]*(?:\*\*)?[[【][ \t]*(?:(패널|panel|박스|box|카드|card|칸|영역|area)[ \t]*#?(\d{1,2})|(전체|페이지|page|overall|global|sheet))[ \t]*[\]】](?:\*\*)?[ \t]*(?:[:：—–-][ \t]*(.*))?$/i;
/** A labelled field under a card (`- 위치: …`, `* **Title**: …`). */
const FIELD = /^[ \t]*(?:[-*+•][ \t]+)?(?:\*\*)?(위치|자리|크기|사이즈|너비|제목|타이틀|내용|인용|인용문|position|place|size|width|title|content|contents|quotes?)(?:\*\*)?[ \t]*[:：](?:\*\*)?[ \t]*(.*)$/i;
/** A row named by its number: `2행`, `row 2`, `2번째 줄`, `두 번째 행`. */
const ROW_NUMBER = /(?<![\d.])(\d{1,2})[ \t]*(?:행|번째[ \t]*(?:줄|행))|\brows?[ \t]*#?(\d{1,2})\b|(첫|두|세|네|다섯)[ \t]*번째[ \t]*(?:줄|행)/gi;
const ORDINAL: Record<string, number> = { 첫: 1, 두: 2, 세: 3, 네: 4, 다섯: 5 };
/** More rows after a first (`rows 2-3`, `2~3행`): the last is where the panel ends. */
const ROW_RANGE = /(\d{1,2})[ \t]*(?:[~–-]|to|through|부터)[ \t]*(\d{1,2})[ \t]*(?:행|rows?\b)|\brows?[ \t]*(\d{1,2})[ \t]*(?:[~–-]|to|through)[ \t]*(\d{1,2})/gi;
const TOP = /\b(?:top|first)\s+row\b|맨[ \t]*위|최상단|상단/i;
const BOTTOM = /\b(?:bottom|last|final)\s+row\b|맨[ \t]*(?:아래|밑)|마지막[ \t]*(?:줄|행)|최하단|하단/i;
const FULL = /전체|가득|full[ \t-]*width|full\b|whole|across|100[ \t]*%/i;
/** A field's value that says there is nothing (`인용: 없음`, `Quote: none`). */
const NONE = /^(?:없음|없다|-+|—|none|n\/a|no(?:ne)?\b.*)$/i;
/** The percent of a size's width part (`가로 35%`, `35% wide`), not of its height (`높이 2행`). */
const WIDTH = /(\d{1,3}(?:\.\d+)?)[ \t]*%/;
const SUBTITLE = /^(?:부제목?|서브\s*타이틀|subtitle|tagline)\s*[:：]?\s*["“「]?([^"”」]+)["”」]?\s*$/i;
const HEIGHT_PART = /높이|세로|height|tall/i;

interface Card {
  line: number;
  /** The card's own lines, its head's first. */
  lines: string[];
  fields: Map<string, string>;
  head?: string;
}

const KEYS: [RegExp, string][] = [
  [/^(?:위치|자리|position|place)$/i, "where"],
  [/^(?:크기|사이즈|너비|size|width)$/i, "size"],
  [/^(?:제목|타이틀|title)$/i, "title"],
  [/^(?:내용|content|contents)$/i, "content"],
  [/^(?:인용|인용문|quotes?)$/i, "quote"],
];

/** The cards in `lines` (file line `first` first): the page's card and the panels', in order. */
function cardsOf(lines: readonly string[], first: number): { page?: Card; panels: Card[] } {
  const panels: Card[] = [];
  let page: Card | undefined;
  let open: Card | undefined;
  let fence = false;
  lines.forEach((raw, k) => {
    if (/^\s*(?:```|~~~)/.test(raw)) fence = !fence;
    if (fence || raw.length > 400) return;
    const head = CARD.exec(raw);
    if (head) {
      open = { line: first + k, lines: [raw], fields: new Map(), ...(head[4]?.trim() ? { head: head[4].trim() } : {}) };
      if (head[3]) page = open;
      else panels.push(open);
      return;
    }
    open?.lines.push(raw);
    const field = open && FIELD.exec(raw);
    if (!field) {
      // A heading or a rule ends the card; prose between cards is the writer's aside.
      if (/^\s*(?:#|---)/.test(raw)) open = undefined;
      return;
    }
    const key = KEYS.find(([re]) => re.test(field[1]!))?.[1];
    if (key && !open!.fields.has(key)) open!.fields.set(key, field[2]!.replace(/\*\*/g, "").trim());
  });
  return { page, panels };
}

/** The rows a position (and a size's height part) names, first and last; `bottom` stands for the last row. */
function rowsNamed(text: string, last: () => number): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(ROW_RANGE)) out.push(Number(m[1] ?? m[3]), Number(m[2] ?? m[4]));
  for (const m of text.matchAll(ROW_NUMBER)) out.push(m[3] ? ORDINAL[m[3]]! : Number(m[1] ?? m[2]));
  if (out.length === 0 && TOP.test(text)) out.push(1);
  if (out.length === 0 && BOTTOM.test(text)) out.push(last());
  return out.filter((n) => n >= 1 && n <= 12);
}

/** The side a position names: 0 left, 1 middle, 2 right; undefined for a panel across its row. */
function sideOf(text: string): number | undefined {
  const rest = text.replace(ROW_RANGE, " ").replace(ROW_NUMBER, " ").replace(/\b(?:top|bottom|first|last|final)\s+row\b/gi, " ").trim();
  const at = placeIn(rest.replace(/^[\s,，]+/, ""));
  if (at?.x) return at.x === "low" ? 0 : at.x === "mid" ? 1 : 2;
  return at?.either ? 1 : undefined;
}

/** The width part's percent of a size (`가로 35%, 높이 2행+3행` → 35), or 100 when it says the whole row. */
function widthOf(size: string, where: string): number | undefined {
  for (const part of size.split(/[,，;/]/)) {
    if (HEIGHT_PART.test(part) && !/가로|width|wide/i.test(part)) continue;
    const m = WIDTH.exec(part);
    if (m) return Number(m[1]);
  }
  return FULL.test(size) || FULL.test(where) ? 100 : undefined;
}

/** The quote a card names, without its count (`"…", 1개`), or undefined when it says none. */
function quoteOf(text: string | undefined): string | undefined {
  if (!text || NONE.test(text)) return undefined;
  const quoted = /["“「『]([^"”」』]{6,})["”」』]/.exec(text);
  return quoted?.[1]!.trim();
}

/** A designer's cards' quotes added to the style's: each goes in its card's panel, unless the style has it already. */
export function addCardQuotes(style: { quotes: string[]; quoteLines: number[]; quotePlaces?: (string | undefined)[] }, lines: readonly string[], first: number): void {
  for (const q of cardQuotes(lines, first)) {
    if (style.quotes.includes(q.text)) continue;
    (style.quotePlaces ??= [])[style.quotes.length] = q.where;
    style.quoteLines[style.quotes.length] = q.line;
    style.quotes.push(q.text);
  }
}

/** The quotes the cards name, each with the title of the panel it is to go in; none unless the cards are the layout. */
export function cardQuotes(lines: readonly string[], first: number): { text: string; where: string; line: number }[] {
  if (!cardLayout(lines, first)) return [];
  return cardsOf(lines, first).panels.flatMap((c) => {
    const text = quoteOf(c.fields.get("quote"));
    const line = c.line + c.lines.findIndex((l) => FIELD.exec(l)?.[1] && KEYS[4]![0].test(FIELD.exec(l)![1]!));
    return text ? [{ text, where: (c.fields.get("title") ?? c.head)!, line }] : [];
  });
}

/** The layout section's spec cards as rows of boxes, or undefined unless three or more cards place panels by row. */
export function cardLayout(lines: readonly string[], first: number): DataLayout | undefined {
  const { page, panels } = cardsOf(lines, first);
  const placed = panels.filter((c) => c.fields.has("where") && (c.fields.has("title") || c.head));
  if (placed.length < 3 || placed.length !== panels.length) return undefined;
  const stated = page?.lines.map((l) => heightsOf(l.replace(/^\s*[-*]\s*/, ""))).find(Boolean);
  const numbered = placed.flatMap((c) => rowsNamed(`${c.fields.get("where")} ${c.fields.get("size") ?? ""}`, () => 0));
  const last = () => Math.max(stated?.values.length ?? 0, ...numbered);
  const boxes = placed.map((c, k) => {
    const where = c.fields.get("where")!;
    const size = c.fields.get("size") ?? "";
    const rows = rowsNamed(`${where} ${HEIGHT_PART.test(size) ? size : ""}`, last);
    // The title card's content that is its second line (`부제 "…"`) goes under the banner as its tagline.
    const sub = SUBTITLE.exec(c.fields.get("content") ?? "");
    const content = c.fields.get("content");
    const note = !sub && content && !NONE.test(content) ? content : "";
    return { card: c, order: k, r0: Math.min(...rows), r1: Math.max(...rows), side: sideOf(where), width: widthOf(size, where), title: (c.fields.get("title") ?? c.head)! + (sub ? ` / ${sub[1]!.trim()}` : ""), note };
  });
  if (boxes.some((b) => !Number.isFinite(b.r0))) return undefined;
  const count = Math.max(...boxes.map((b) => b.r1));
  const heights = stated && stated.values.length === count ? stated.values : undefined;
  const out: DataRow[] = [];
  const start = new Map<(typeof boxes)[number], number>();
  for (let r = 1; r <= count; r++) {
    // The panels standing in the row, left to right: by the side each names, else in the cards' order.
    const here = boxes.filter((b) => b.r0 <= r && b.r1 >= r).sort((a, b) => (a.side ?? 1) - (b.side ?? 1) || a.order - b.order);
    const opening = here.filter((b) => b.r0 === r);
    if (opening.length === 0) {
      const above = out[out.length - 1];
      if (above?.ratio !== undefined && heights) above.ratio += heights[r - 1]!;
      continue;
    }
    // Widths not given share what the given ones leave of the row.
    const known = here.reduce((s, b) => s + (b.width ?? 0), 0);
    const missing = here.filter((b) => b.width === undefined).length;
    const share = missing ? Math.max(100 - known, 10 * missing) / missing : 0;
    const scale = 100 / Math.max(100, known + share * missing);
    let x = 0;
    const cells: DataCell[] = [];
    for (const b of here) {
      const w = (b.width ?? share) * scale;
      if (!start.has(b)) start.set(b, x);
      if (b.r0 === r) cells.push({ text: b.title, weight: w, line: b.card.line, start: start.get(b)!, span: b.r1 - b.r0 + 1, ...(b.note ? { note: b.note } : {}) });
      x = start.get(b)! + w;
    }
    out.push({ line: opening[0]!.card.line, cells, remark: "", ...(heights ? { ratio: heights[r - 1]!, percent: !!stated?.percent } : {}) });
  }
  if (out.length < 2) return undefined;
  const cards = [...(page ? [page] : []), ...placed];
  return { rows: out, lines: [Math.min(...cards.map((c) => c.line)), Math.max(...cards.map((c) => c.line + c.lines.length - 1))], across: 100 };
}
