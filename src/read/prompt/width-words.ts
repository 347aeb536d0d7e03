// Width shares said in words, in a ratio table's cell or a note beside the drawing: percents (`60% / 40%`),
// fractions, `2fr 1fr`, `좌 2 : 우 1`, `6등분 + 오른쪽 20%`, a count of equal boxes (`3등분`, `halves`) or
// `same width` (every box alike).
import { InputError } from "../../errors.js";

const PERCENT = /(\d+(?:\.\d+)?)\s*%/g;

const SAME_WIDTH = /\bsame\s+widths?\b|\bequal(?:ly)?\s+(?:wide|widths?|sized?)\b|\bevenly\b|같은\s*(?:폭|너비|크기)|균등|똑같은\s*(?:폭|너비)/i;
const WORD_COUNTS: Record<string, number> = { halves: 2, half: 2, 반반: 2, thirds: 3, quarters: 4, 양분: 2 };

/** Width shares a note beside a drawn row states (`← 좌 2 : 우 1`, `60% / 40%`), none when it states none. */
export function noteWidths(text: string, line: number): number[] | undefined {
  const plain = text.normalize("NFKC").replace(/(?:좌|우|왼쪽|오른쪽|가운데|중앙|left|right|middle|cent(?:er|re))\s*/gi, "");
  try {
    return widthsOf(plain, line).widths;
  } catch (e) {
    if (e instanceof InputError) throw new InputError(e.message.replace("in this ratio table row", "in the note beside the drawing"), e.where, e.hint);
    throw e;
  }
}

const SIDE_WORDS = /(?:좌측?|우측?|왼쪽|오른쪽|가운데|중앙|\b(?:left|right|middle|cent(?:er|re))\b)\s*/gi;

/** Width wording in the cells besides the ratio column. */
export function widthsOf(text: string, line: number): { widths?: number[]; equal?: number; alike?: boolean } {
  const percents = [...text.matchAll(PERCENT)].map((m) => Number(m[1]));
  if (percents.length >= 2) return { widths: shares(percents, line, "%") };
  // `좌 2/3 · 우 1/3`, `left 3/4, right 1/4`: fractions of the width.
  const fractions = [...text.matchAll(/(\d+)\s*\/\s*(\d+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
  if (fractions.length >= 2 && fractions.every(([a, b]) => a > 0 && a < b)) return { widths: shares(fractions.map(([a, b]) => a / b), line, "") };
  // `왼쪽 넓게(2/3), 오른쪽 좁게`: one fraction, of the side it follows; the other side takes the rest (not 2 : 3).
  const one = /(좌측?|우측?|왼쪽|오른쪽|\bleft\b|\bright\b)[^\d/:]*?(\d)\s*\/\s*(\d{1,2})(?!\s*[/:]?\s*\d)/i.exec(text);
  if (one && fractions.length === 1 && Number(one[2]) > 0 && Number(one[2]) < Number(one[3])) {
    const f = Number(one[2]) / Number(one[3]);
    return { widths: shares(/좌|왼|left/i.test(one[1]!) ? [f, 1 - f] : [1 - f, f], line, "") };
  }
  // `2fr 1fr`, as a CSS grid writes the columns.
  const fr = [...text.matchAll(/(?<![\d.])(\d+(?:\.\d+)?)\s*fr\b/gi)].map((m) => Number(m[1]));
  if (fr.length >= 2 && fr.every((x) => x > 0)) return { widths: shares(fr, line, "") };
  // `좌 30 / 우 70`, `left 2 : right 1`: the side words between the numbers name them.
  const split = /\b(\d+(?:\.\d+)?)(?:\s*[/:]\s*(\d+(?:\.\d+)?))+\b/.exec(text.replace(SIDE_WORDS, ""));
  if (split) {
    const parts = split[0].split(/[/:]/).map((p) => Number(p.trim()));
    return { widths: shares(parts, line, "") };
  }
  // `6등분 + 오른쪽 20%`: equal boxes and a side panel of its own share, on the side it names.
  const plus = /(\d)\s*(?:등분|equal)[^+]*\+\s*(오른쪽|왼쪽|우측|좌측|right|left)\s*(\d{1,2})\s*%/i.exec(text);
  if (plus) {
    const side = Number(plus[3]);
    const rest = Array.from({ length: Number(plus[1]) }, () => (100 - side) / Number(plus[1]));
    return { widths: shares(/오른|우측|right/i.test(plus[2]!) ? [...rest, side] : [side, ...rest], line, "%") };
  }
  const equal =
    /(\d)\s*(?:등분|분할|열|칸|equal|even|columns?|panels?|ways?|parts?)/i.exec(text) ??
    /(?:split|divided|divide)\s+(?:in|into)\s+(\d)/i.exec(text);
  // A count (`3 panels`, `2등분`, `halves`) leaves the widths to the layout, which may widen a full box; `same
  // width`, `equally wide` say the boxes are alike, and their widths are set so.
  const alike = SAME_WIDTH.test(text);
  if (equal) return { equal: Number(equal[1]), ...(alike ? { alike } : {}) };
  for (const [word, n] of Object.entries(WORD_COUNTS)) if (text.toLowerCase().includes(word)) return { equal: n, ...(alike ? { alike } : {}) };
  // `five facts, side by side, same width`: every box of the row alike, however many are drawn (0 says all).
  if (SAME_WIDTH.test(text)) return { equal: 0, alike: true };
  return {};
}

function shares(parts: number[], line: number, unit: string): number[] {
  const sum = parts.reduce((s, p) => s + p, 0);
  if (unit === "%" && Math.abs(sum - 100) > 0.5) {
    throw new InputError(
      `the widths in this ratio table row add up to ${round(sum)}%, not 100%`,
      { line },
      "write widths that sum to 100, e.g. left 65% / right 35%",
    );
  }
  return parts.map((p) => Math.round((p / sum) * 1e4) / 1e4);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

const WIDTH_WORD = /\b(?:widths?|wide|wider|narrower)\b|너비|폭|가로|넓게|넓은|좁게|좁은/i;
// A line naming rows (`상단 10%, 중단 60%, 하단 30% (가로 전체)`) gives heights, whatever width word it holds.
const HEIGHT_OR_ROW = /\bheights?\b|\btall\b|높이|세로|\brow\s*\d|\d\s*(?:행|줄)|상단|중단|하단|\btop\b|\bbottom\b|\btitle\b|제목/i;
const PAGE = /이미지|페이지|화면|\b(?:image|page|screen|landscape|portrait|aspect)\b|A4/i;
const ASPECTS = new Set(["16:9", "4:3", "3:2", "21:9", "16:10", "9:16", "3:4"]);
/** A sidebar, named as the box that runs down beside the others. */
const SIDEBAR = /사이드\s*바|\bsidebar\b|\bside\s+(?:column|panel|bar)\b/i;
/** The middle one of the drawn rows of boxes: `가운데 줄`, `the middle band`. */
const MIDDLE = /가운데|중간|\bmiddle\b|\bcent(?:er|re)\b/i;

/**
 * Widths a sentence beside the drawing gives one row without naming it by number (`Widths in the 3-box band:
 * loss ≈ 45%, samples ≈ 33%, node ≈ 22%`, `가운데 줄은 왼쪽을 조금 더 넓게 55 : 45`): the one drawn row with as
 * many boxes as the sentence has shares takes them, or, when several have as many, the middle row of boxes if
 * the sentence says `middle`; unless it has widths already. `lines`: the layout section's own lines (fences and
 * tables left out by the caller); `boxes`: the boxes of each drawn row; `rows`: the ratio rows, one per drawn row;
 * `sidebar`: whether a box spanning rows runs down through each drawn row.
 */
export function bandWidths(lines: { text: string; line: number }[], boxes: number[], rows: { widths?: number[]; equal?: number; sidebar?: number }[], sidebar: boolean[] = []): void {
  // The sentences of a line: `세로 비율은 … 9 : 27 : 36 : 28. 가운데 줄은 … 55 : 45.` gives heights, then widths.
  const sentences = lines.flatMap(({ text, line }) => text.split(/(?<=[.。])\s+(?=\S)/).map((t) => ({ text: t, line })));
  // The sentences giving a row its shares: only there is `3등분` read as widths, beside them. Alone (`위 칸은
  // 3등분, 아래 칸은 …`) it says what the drawing already shows, and the drawn widths keep the room its words need.
  const sharing: { text: string; line: number }[] = [];
  for (const { text, line } of sentences) {
    if (!WIDTH_WORD.test(text) || HEIGHT_OR_ROW.test(text)) continue;
    const percents = [...text.matchAll(PERCENT)].map((m) => Number(m[1]));
    const sum = percents.reduce((s, p) => s + p, 0);
    // Shares as a ratio (`55 : 45`, `2:1`) when no percents are given.
    const ratio = /(?<![\d.])\d{1,3}(?:\s*:\s*\d{1,3})+(?!\d|\.\d)/.exec(text)?.[0].split(":").map(Number);
    // `가로 16:9`, `landscape 4:3`: the page's shape, not the boxes' shares.
    if (ratio && (PAGE.test(text) || (ratio.length === 2 && ASPECTS.has(ratio.join(":"))))) continue;
    // `본문 가로: 2fr 1fr 1fr`: the columns as a CSS grid writes them, proportions as a ratio is.
    const fr = [...text.matchAll(/(?<![\d.])(\d{1,3}(?:\.\d{1,3})?)\s*fr\b/gi)].map((m) => Number(m[1]));
    const parts = percents.length >= 2 && Math.abs(sum - 100) <= 0.5 ? percents : percents.length === 0 ? (fr.length >= 2 ? fr : ratio) : undefined;
    if (!parts || parts.length < 2 || parts.some((p) => p <= 0)) continue;
    const fits = boxes.flatMap((n, k) => (n === parts.length ? [k] : []));
    const drawn = boxes.flatMap((n, k) => (n > 0 ? [k] : []));
    const middle = drawn.length % 2 === 1 && MIDDLE.test(text) ? drawn[(drawn.length - 1) / 2] : undefined;
    const at = fits.length === 1 ? fits[0] : middle !== undefined && fits.includes(middle) ? middle : undefined;
    // `본문 80% + 사이드바 20%`: the split between the page's body and its sidebar, given the rows the sidebar runs
    // down beside. Another row with as many boxes as the shares is no such row.
    const side = parts.length === 2 && percents.length === 2 && sidebar.some(Boolean) ? sidebarShare(text) : undefined;
    if (side !== undefined) {
      sidebar.forEach((s, k) => {
        if (s && rows[k] && rows[k]!.sidebar === undefined) rows[k]!.sidebar = side;
      });
      continue;
    }
    const row = at === undefined ? undefined : rows[at];
    if (row && !row.widths) row.widths = shares(parts, line, "");
    sharing.push({ text, line });
  }
  for (const { text, line } of sharing) equalParts(text, line, boxes, rows);
}

/**
 * `가운데 줄은 1:2, 아랫줄은 3등분`: a clause cutting a row in equal parts, after another row's shares in the same
 * sentence, gives the one drawn row of that many boxes equal widths (the drawing's own widths only follow how
 * wide the writer typed each box's words).
 */
function equalParts(text: string, line: number, boxes: number[], rows: { widths?: number[]; equal?: number }[]): void {
  for (const m of text.matchAll(/(?<!\d)([2-5])\s*등분|\b([2-5]|two|three|four|five)\s+equal\s+(?:columns|parts|widths)\b/gi)) {
    const n = Number(m[1] ?? m[2]) || ["two", "three", "four", "five"].indexOf(m[2]!.toLowerCase()) + 2;
    const fits = boxes.flatMap((b, k) => (b === n ? [k] : []));
    const row = fits.length === 1 ? rows[fits[0]!] : undefined;
    if (row && !row.widths && row.equal === undefined) row.widths = shares(Array.from({ length: n }, () => 1), line, "");
  }
}

/** Whether a box spanning rows (a sidebar) runs down through each drawn row. */
export function sidebarRows(rows: { boxes: { span: number }[] }[]): boolean[] {
  const out = rows.map(() => false);
  rows.forEach((r, k) => {
    for (const b of r.boxes) if (b.span > 1) for (let j = k; j < Math.min(rows.length, k + b.span); j++) out[j] = true;
  });
  return out;
}

/** The percent a sentence gives the sidebar: the first after its name, else the last before it; a share of the
 * page's width between 5% and 60%. */
function sidebarShare(text: string): number | undefined {
  const named = SIDEBAR.exec(text);
  if (!named) return undefined;
  const after = /(\d{1,2}(?:\.\d+)?)\s*%/.exec(text.slice(named.index));
  const before = [...text.slice(0, named.index).matchAll(/(\d{1,2}(?:\.\d+)?)\s*%/g)].pop();
  const v = Number((after ?? before)?.[1]);
  return v >= 5 && v <= 60 ? v / 100 : undefined;
}
