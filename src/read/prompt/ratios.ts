// The ratio table under the layout diagram (`## 배치 비율`, `## Layout ratios`, `## Proportions`), or a list
// standing for one (or rows led by dots to their shares, leader-ratios.ts): one row per diagram row with its height share, plus widths where a row states them.
import { REST_CELL, restRowOf, restValue } from "./fraction-heights.js";
import type { RootContent, Table } from "mdast";
import { InputError } from "../../errors.js";
import type { DiagramRow } from "./ascii-layout.js";
import { lineOf, plainText, subsections } from "./sections.js";
import { widthsOf } from "./width-words.js";
import { sharedCount, wordSet } from "./words.js";
import { bandsOf, byBand } from "./sentence-heights.js";
import { percentSum } from "./text-heights.js";
import type { PageSize } from "../../model/sheet.js";
import { tableForPage } from "./page-ratios.js";
import { leaderTable } from "./leader-ratios.js";

export interface RatioRow {
  line: number;
  /** Height share in percent of the page. */
  ratio: number;
  /** Explicit width shares (fractions summing to 1), e.g. `left 65% / right 35%`. */
  widths?: number[];
  /** `좌우 2등분`, `3 equal columns`: this many equal panels; 0 (`same width`) as many as the row draws. */
  equal?: number;
  /** The row's boxes are said to be alike (`3등분`, `halves`, `same width`), not only counted: their widths are set. */
  alike?: boolean;
  /** The share of the width a sidebar running down beside this row is said to take (`본문 80% + 사이드바 20%`). */
  sidebar?: number;
  text: string;
  /** The content column (내용 / Content): what the row's panels hold, e.g. `Parameters + DJ Knobs Analogy`. */
  content?: string;
}

export interface RatioTable {
  line: number;
  rows: RatioRow[];
}

const RATIO_HEADING = /비율|ratio|proportion|height|높이|size|크기/i;
const RATIO_HEADER = /비율|ratio|proportion|height|높이|세로|share|%/i;
const CONTENT_HEADER = /내용|content|panels?|sections?|what/i;
const NUMBER = /^\s*([-+−]?\d*\.?\d+(?:e[-+]?\d+)?)\s*%?\s*$/i;
/** A height in pixels: `110px`, `110 px`, `480 픽셀`. */
const PIXELS = /(\d+(?:\.\d+)?)\s*(?:px|pixels?|픽셀)\b/i;
const HEDGED_PERCENT = /^\s*(?:~|～|≈|約|약|대략|about|approx(?:\.|imately)?|ca\.|roughly|around)?\s*\d+(?:\.\d+)?\s*%\s*$/i;

/** With the diagram's rows: a table naming fewer rows than the diagram draws is spread over them (`spread`).
 * With the page: a table giving each page its own column is read as that page's (`page-ratios.ts`). */
export function findRatioTable(nodes: RootContent[], diagram?: DiagramRow[], warnings: string[] = [], page?: PageSize): RatioTable | undefined {
  const titled = subsections(nodes, 2).find((s) => RATIO_HEADING.test(s.title));
  const candidates = [...(titled?.nodes ?? []), ...nodes].filter((n): n is Table => n.type === "table");
  const header = (t: Table): string => (t.children[0] ? cellsOf(t.children[0]).join(" ") : "");
  const found =
    candidates.find((t) => /%/.test(plainText(t))) ??
    candidates.find((t) => RATIO_HEADER.test(header(t)) || (titled?.nodes.includes(t) ?? false)) ??
    ratioList([...(titled?.nodes ?? []), ...nodes]) ??
    leaderTable([...(titled?.nodes ?? []), ...nodes]);
  if (!found) return undefined;
  const table = page ? tableForPage(found, page) : found;
  const short = diagram !== undefined && table.children.length - 1 < diagram.length;
  const read = readRatioTable(table, short);
  return short ? spread(read, diagram, warnings) : read;
}

/**
 * The shares written as a list instead of a table (`- 상단 10%: 타이틀`, `- Middle — 45% — Transformer flow`):
 * every item holds a percentage. Read as the table it stands for: the words before the first percentage name
 * the row, those after it are its content.
 */
function ratioList(nodes: RootContent[]): Table | undefined {
  // The items holding a share, from the first; notes holding none may follow them (`- COLUMNS: 가운데 줄은
  // 1:2`, a drawer's last key), fewer than the shares, and are no rows.
  const lead = (n: RootContent, unit: RegExp): number => {
    if (n.type !== "list") return 0;
    const k = n.children.findIndex((i) => !unit.test(firstLine(i)));
    const run = k < 0 ? n.children.length : k;
    return run >= 2 && n.children.length - run < run && n.children.slice(run).every((i) => !unit.test(firstLine(i))) ? run : 0;
  };
  // Heights in pixels (`- Title strip: 110px`, for a 1080-pixel page) are each row's share of their sum.
  const unit = [/\d\s*%/, PIXELS].find((u) => nodes.some((n) => lead(n, u) > 0));
  const found0 = unit && nodes.find((n) => lead(n, unit) > 0);
  if (found0?.type !== "list") return undefined;
  // An item giving only a width (`- 오른쪽 사이드바: 폭 약 28%, 1~3행 전체 높이`) is a column the drawing already
  // measures, not a band of the page: its share is no height.
  const heights = found0.children.slice(0, lead(found0, unit!)).filter((i) => !widthOnly(firstLine(i)));
  if (heights.length < 2) return undefined;
  const list = { ...found0, children: heights };
  const pixels = !list.children.every((i) => /\d\s*%/.test(firstLine(i)));
  const found = list.children.map((item) => (pixels ? PIXELS : /(\d+(?:\.\d+)?)\s*%/).exec(firstLine(item))!);
  const total = found.reduce((s, m) => s + Number(m[1]), 0);
  const cell = (value: string) => ({ type: "tableCell" as const, children: [{ type: "text" as const, value }] });
  const row = (cells: string[], at: RootContent) => ({ type: "tableRow" as const, children: cells.map(cell), position: at.position });
  const rows = list.children.map((item, k) => {
    const text = firstLine(item);
    const m = found[k]!;
    const label = text.slice(0, m.index).replace(/[\s:：—–-]+$/, "").trim();
    const content = text.slice(m.index + m[0].length).replace(/^[\s:：—–-]+/, "").trim();
    const share = pixels ? `${Math.round((Number(m[1]) / total) * 10000) / 100}%` : `${m[1]}%`;
    // A pixel height comes after the row's name (`Specs + Cost: 260px`) with at most a remark after it.
    return row([label, share, pixels ? `${label} ${content}`.trim() : content], item as RootContent);
  });
  return { type: "table", children: [row(["영역", "비율", "내용"], list), ...rows], position: list.position };
}

/** A share labelled a width where it is written (`폭 약 28%`, `width ~30%`, `30% wide`). */
const WIDTH_SHARE = /(?:폭|너비|가로\s*폭|widths?|wide)\s*[:=]?\s*(?:약|~|～|≈|about|approx\.?|ca\.|roughly)?\s*\d+(?:\.\d+)?\s*%|\d+(?:\.\d+)?\s*%\s*(?:wide|of the width|너비|폭)/giu;

/** Every share the text writes is labelled a width: it says how wide a column is, not how tall a row. */
export function widthOnly(text: string): boolean {
  const shares = text.match(/\d+(?:\.\d+)?\s*%/g)?.length ?? 0;
  return shares > 0 && (text.match(WIDTH_SHARE)?.length ?? 0) >= shares;
}

// A Korean keyboard's full-width forms (`１０％`, `１：２`) are read as the digits and signs they stand for.
const firstLine = (n: unknown): string => plainText(n).split("\n")[0]!.trim().normalize("NFKC");

function cellsOf(row: Table["children"][number]): string[] {
  return row.children.map((c) => plainText(c).trim().normalize("NFKC"));
}

function readRatioTable(table: Table, short = false): RatioTable {
  const tableLine = lineOf(table);
  const [head, ...all] = table.children;
  // A row giving only a column's width (`| 사이드바 | 폭 28% |`) is no band of the page (see `widthOnly`).
  const body = all.filter((r) => !widthOnly(cellsOf(r).join(" ")));
  const header = head ? cellsOf(head) : [];
  let col = header.findIndex((h) => RATIO_HEADER.test(h));
  if (col < 0) col = header.findIndex((_, k) => body.length > 0 && body.every((r) => NUMBER.test(cellsOf(r)[k] ?? "")));
  // Under a header the table's writer named in words of their own (`How tall`), a column of shares each
  // written with a percent and a hedge (`~10%`, `약 25%`, `≈ 30 %`) is the heights all the same.
  if (col < 0) col = header.findIndex((_, k) => body.length > 0 && body.every((r) => HEDGED_PERCENT.test(cellsOf(r)[k] ?? "") || REST_CELL.test(cellsOf(r)[k] ?? "")));
  if (col < 0) {
    throw new InputError(
      "the layout ratio table has no ratio column",
      { line: tableLine },
      "add a column headed 비율 / Ratio holding each row's height, e.g. 20%",
    );
  }
  const contentCol = header.findIndex((h, k) => k !== col && CONTENT_HEADER.test(h));
  // One row may be given what the others leave (`나머지`, `the rest`), as a person sizing the page writes it.
  const restRow = restRowOf(body.map((r) => cellsOf(r)[col] ?? ""));
  const values = body.map((r, k) => {
    const cells = cellsOf(r);
    const line = lineOf(r);
    const value = k === restRow ? restValue(body.map((b) => valueOf(cellsOf(b)[col] ?? "")), k) : valueOf(cells[col] ?? "");
    if (!Number.isFinite(value) || value <= 0 || value > 100) {
      throw new InputError(
        Number.isNaN(value)
          ? `ratio table row "${cells.join(" | ")}" has no height ratio`
          : `ratio table row "${cells.join(" | ")}" has a height ratio of ${cells[col]}, which is not a share of the page`,
        { line },
        "write the row's share of the page height as a percentage between 0 and 100, e.g. 25%",
      );
    }
    return { cells, line, value };
  });
  // `0.1` for 10%: every value a fraction and together about one.
  const fractions = values.every((v) => v.value <= 1) && Math.abs(values.reduce((s, v) => s + v.value, 0) - 1) <= 0.011;
  // `1fr 3fr 3fr 3fr`, as CSS grid writes rows, or `1 | 3 | 4 | 2` with no percent anywhere and far short of 100:
  // proportions, scaled to the page as a sentence's `1 : 3 : 4 : 2` is.
  const total = values.reduce((s, v) => s + v.value, 0);
  const cellsOfCol = values.map((v) => v.cells[col] ?? "");
  const parts =
    !fractions &&
    (cellsOfCol.every((c) => /\dfr\s*$|\d\s+fr\s*$/i.test(c)) || (!cellsOfCol.some((c) => c.includes("%")) && !/%/.test(header[col] ?? "") && total < 50 && values.every((v) => v.value >= 1)));
  const rows: RatioRow[] = values.map(({ cells, line, value }) => {
    const rest = cells.filter((_, k) => k !== col).join(" | ");
    const content = contentCol >= 0 ? cells[contentCol] : undefined;
    const ratio = fractions ? Math.round(value * 1e6) / 1e4 : parts ? Math.round((value / total) * 1e4) / 100 : value;
    return { line, ratio, text: cells.join(" | "), ...(content ? { content } : {}), ...widthsOf(rest, line) };
  });
  const sum = rows.reduce((s, r) => s + r.ratio, 0);
  // Rows rounded each on their own may sum to 99 or 101: that is the writer's rounding, not a mistake.
  // A table naming fewer rows than the drawing may leave the rest of the page to the rows it leaves out.
  if (sum - 100 > 1.001 || (!short && 100 - sum > 1.001)) {
    throw new InputError(
      `the layout ratios add up to ${round(sum)}%, not 100%`,
      { line: tableLine },
      `change the 비율/ratio column so the rows sum to 100 (now ${percentSum(rows.map((r) => r.ratio))})`,
    );
  }
  return { line: tableLine, rows };
}

/** A height cell: `25%`, `25`, `0.25`, `약 25%`; a fraction `1/4` (of the page: 25%); a range `20~25%` (its
 * middle, as a person sizing the row would take it). */
function valueOf(cell: string): number {
  const fraction = /^\D*?(\d+)\s*\/\s*(\d+)(?!\s*%)/.exec(cell);
  if (fraction && Number(fraction[2]) > 0) return (Number(fraction[1]) / Number(fraction[2])) * 100;
  const range = /(\d+(?:\.\d+)?)\s*%?\s*(?:~|～|–|—|-|to|에서)\s*(\d+(?:\.\d+)?)\s*%/i.exec(cell);
  if (range) return (Number(range[1]) + Number(range[2])) / 2;
  const m = NUMBER.exec(cell) ?? /([-+−]?\d*\.?\d+(?:e[-+]?\d+)?)\s*%?/i.exec(cell);
  return m ? Number(m[1]!.replace("−", "-")) : NaN;
}

/**
 * A table with fewer rows than the diagram (a row left out, or one table row for two drawn rows): each table
 * row takes the drawn rows whose box titles its words name (or the next drawn row when it names none), its
 * share split between them by their drawn lines; the drawn rows no table row takes share what the table
 * leaves of 100%, also by their lines. One table row per drawn row comes back, with a warning saying so;
 * when nothing is left for them the table comes back as it is, and the layout names the row counts.
 */
function spread(table: RatioTable, diagram: DiagramRow[], warnings: string[]): RatioTable {
  // One row per band (`가운데 블록 62%`, the sidebar's rows as one): each band's share spread over its rows by
  // their drawn lines, as a sentence giving band heights is read.
  const bands = bandsOf(diagram);
  if (bands.length === table.rows.length && bands.length < diagram.length) {
    const values = byBand(table.rows.map((r) => r.ratio), bands, diagram);
    const owner = bands.flatMap((band, i) => band.map(() => i));
    return { line: table.line, rows: diagram.map((_, k) => ({ ...table.rows[owner[k]!]!, ratio: values[k]! })) };
  }
  const titles = diagram.map((r) => wordSet((r.boxes.length ? r.boxes.map((b) => b.lines[0]?.text ?? "") : r.texts.slice(0, 1).map((t) => t.text)).join(" ")));
  const owner: (number | undefined)[] = diagram.map(() => undefined);
  let next = 0;
  let fits = true;
  table.rows.forEach((row, i) => {
    const words = wordSet(row.content ?? row.text.replace(/\d+(?:\.\d+)?\s*%?/g, " "));
    const named = titles.flatMap((t, k) => (k >= next && sharedCount(words, t) > 0 ? [k] : []));
    const [from, to] = named.length ? [named[0]!, named[named.length - 1]!] : [next, next];
    if (from >= diagram.length) fits = false;
    for (let k = from; k <= to; k++) owner[k] = i;
    next = to + 1;
  });
  const lines = diagram.map((r) => Math.max(1, r.lines - 1));
  const left = owner.flatMap((o, k) => (o === undefined ? [k] : []));
  const rest = 100 - table.rows.reduce((s, r) => s + r.ratio, 0);
  // No room left for the rows the table leaves out: the layout reports the row counts (panels.ts).
  if (!fits || (left.length > 0 && rest < 1)) return table;
  const share = (k: number): number => {
    const o = owner[k];
    const group = o === undefined ? left : owner.flatMap((x, j) => (x === o ? [j] : []));
    const total = o === undefined ? rest : table.rows[o]!.ratio;
    return (total * lines[k]!) / group.reduce((s, j) => s + lines[j]!, 0);
  };
  const rows = diagram.map((d, k): RatioRow => {
    const o = owner[k];
    const base = o === undefined ? { line: table.line, text: "" } : table.rows[o]!;
    return { ...base, ratio: Math.round(share(k) * 100) / 100 };
  });
  const told = diagram.map((d, k) => `line ${d.line}: ${round(rows[k]!.ratio)}%${owner[k] === undefined ? " (the rest)" : ""}`);
  warnings.push(
    `line ${table.line}: the layout ratio table has ${table.rows.length} rows but the diagram has ${diagram.length}: rows are matched by the titles they name, the rest shared by drawn lines (${told.join(", ")})`,
  );
  return { line: table.line, rows };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
