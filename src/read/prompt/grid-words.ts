// A page layout said only as a grid in words, its boxes being the plan's sections in order: `3×2 그리드 + 하단 전체
// 폭 띠`, `2단 구성`, `a 2 rows × 3 columns grid with a full-width band at the bottom`, its heights in a short
// sentence (`높이는 제목 10%, 그리드 윗줄·아랫줄 각 32%, 하단 띠 26%`). Width × height is how a grid is said
// (`3×2` is three boxes across) unless the words say which number is the rows.
import type { PromptDoc, Section } from "./sections.js";

export interface GridShape {
  /** Boxes per content row, top to bottom. */
  groups: number[];
  /** The content rows' heights in percent, when said. */
  ratios?: number[];
  /** The title row's height in percent, when said. */
  title?: number;
  /** The title band's words, when a line quotes them (`제목 띠에는 "🍌 … 🍌" 이라고`). */
  banner?: string;
  /** Per content row, each box's width share when said (`Slide 5 is the wide one, about 60%`), others sharing the rest. */
  widths?: (number | undefined)[][];
}

const GRID = /(?<![\d.])(\d)\s*(행|열|rows?|col(?:umn)?s?)?\s*(?:[×xX✕*]|by)\s*(\d)(?![\d.])\s*(행|열|rows?|col(?:umn)?s?)?\s*(그리드|grid|격자|배치|레이아웃|layout)?/i;
const COLUMNS = /(?<![\d.])(\d)\s*(?:단|열)\s*(?:구성|그리드|레이아웃|배치|grid|으로|로)|(?<![\d.])(\d)[-\s]column/i;
const FULL = /전체\s*폭|가로\s*전체|전폭|full[-\s]?width|across\s+the\s+(?:whole\s+)?page/i;
const TOP = /상단|맨\s*위|위쪽|\btop\b/i;
const BOTTOM = /하단|맨\s*아래|아래쪽|\bbottom\b/i;
const TITLE = /제목|타이틀|title|banner|헤더|header/i;
const EACH = /(?<![\p{L}])각(?![\p{L}])|\beach\b/iu;

const ROWS = /(?<![\d.])(\d)\s*(?:rows?|행|줄)(?![\p{L}])/iu;
/** Counts said in words before what they count: `three-column`, `two rows`, `두 줄`, `3단`. */
const COUNTS: [RegExp, string][] = [
  [/\b(?:two)\b|(?<![\p{L}])두(?=\s*(?:단|열|줄|행|칸))/giu, "2"],
  [/\b(?:three)\b|(?<![\p{L}])세(?=\s*(?:단|열|줄|행|칸))/giu, "3"],
  [/\b(?:four)\b|(?<![\p{L}])네(?=\s*(?:단|열|줄|행|칸))/giu, "4"],
];
const digits = (l: string): string => COUNTS.reduce((t, [re, d]) => t.replace(re, d), l);

const isRows = (unit: string | undefined): boolean => !!unit && /행|row/i.test(unit);
const isCols = (unit: string | undefined): boolean => !!unit && /열|col/i.test(unit);

/** The grid the layout section says in words, its boxes as many as the plan's sections; undefined when it says none. */
export function gridWords(doc: PromptDoc, section: Section, sections: number, warnings: string[]): GridShape | undefined {
  const next = doc.sections[doc.sections.indexOf(section) + 1];
  const end = next ? next.line - 1 : doc.lines.length;
  const lines = doc.lines.slice(section.line, end).map(digits);
  let across: number | undefined;
  let down: number | undefined;
  let at = 0;
  lines.forEach((l, k) => {
    if (across !== undefined) return;
    const g = GRID.exec(l);
    if (g && (g[2] || g[4] || g[5])) {
      const [a, b] = [Number(g[1]), Number(g[3])];
      const rowsFirst = isRows(g[2]) || isCols(g[4]);
      [across, down] = rowsFirst ? [b, a] : [a, b];
      at = section.line + 1 + k;
      return;
    }
    const c = COLUMNS.exec(l);
    if (c) {
      across = Number(c[1] ?? c[2]);
      // `a three-column grid, two rows`: the rows said beside the columns.
      const r = ROWS.exec(l.replace(c[0], ""));
      if (r) down = Number(r[1]);
      at = section.line + 1 + k;
    }
  });
  if (across === undefined || across < 1) return undefined;
  // Bands said in the same breath as a full width, and not the title's row.
  const said = lines.join("\n").split(/(?<=[.。\n])|\s\+\s|,\s/).filter((s) => FULL.test(s) && !TITLE.test(s));
  const top = said.some((s) => TOP.test(s)) ? 1 : 0;
  const bottom = said.some((s) => BOTTOM.test(s)) ? 1 : 0;
  const cells = sections - top - bottom;
  down ??= Math.ceil(cells / across);
  // The last grid row may hold fewer boxes than the others; more sections than the grid has are not guessed at.
  if (cells > across * down || cells <= across * (down - 1)) {
    warnings.push(`line ${at}: the layout says a grid of ${across}×${down}${top + bottom ? ` and ${top + bottom} full-width band${top + bottom > 1 ? "s" : ""}` : ""}, but the plan has ${sections} sections; using a default layout — make the plan's sections as many as the grid's boxes`);
    return undefined;
  }
  const groups = [...(top ? [1] : []), ...Array.from({ length: down }, (_, k) => Math.min(across!, cells - k * across!)), ...(bottom ? [1] : [])];
  const banner = lines.map((l) => (TITLE.test(l) ? /["“「『]([^"”」』]{3,80})["”」』]/u.exec(l)?.[1]?.trim() : undefined)).find(Boolean);
  return { groups, ...heightsSaid(lines, groups.length), ...(banner ? { banner } : {}) };
}

/** Percent heights from a line about heights, one `각 32%` standing for as many rows as it leaves unsaid. */
function heightsSaid(lines: string[], rows: number): { ratios?: number[]; title?: number } {
  for (const l of lines) {
    if (!/높이|height|세로/i.test(l)) continue;
    const found = [...l.matchAll(/(?<![\d.])(\d{1,2}(?:\.\d+)?)\s*%(\s*씩)?/g)];
    if (found.length < 2) continue;
    // `각 32%`, `each grid row 30%`, `32%씩`, `30% each`: the word anywhere since the height before it.
    const each = found.filter((m, k) => m[2] || EACH.test(l.slice(k ? found[k - 1]!.index! + found[k - 1]![0].length : 0, m.index!)) || /^\s*each/i.test(l.slice(m.index! + m[0].length)));
    for (const count of [rows + 1, rows]) {
      const missing = count - found.length;
      if (missing < 0 || (missing > 0 && each.length !== 1)) continue;
      const values = found.flatMap((m) => Array.from({ length: m === each[0] ? missing + 1 : 1 }, () => Number(m[1])));
      if (Math.abs(values.reduce((s, v) => s + v, 0) - 100) > 1) continue;
      return count === rows + 1 ? { title: values[0]!, ratios: values.slice(1) } : { ratios: values };
    }
  }
  return {};
}
