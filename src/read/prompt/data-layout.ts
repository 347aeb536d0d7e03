// A layout given as data instead of a drawing: a YAML or JSON object of rows and boxes (`rows: - height: 10%
// boxes: - title: …  width: 2`), or a CSS grid (`grid-template-areas: "title title" "a b"`, with
// `grid-template-rows`/`-columns` and a list naming each area). People write such objects with whatever key
// names come to mind, so keys are told by what they mean (a height, a list of boxes, a title, a width), not by
// one spelling. Each is turned into rows of cells, which text-layout.ts makes into the rows a drawing gives.
import type { Code, RootContent } from "mdast";
import { parse as parseYaml } from "yaml";
import { QUIET } from "./frontmatter.js";
import { codeNodes } from "./mermaid.js";
import { htmlLayout } from "./html-layout.js";
import { lineOf } from "./sections.js";

export interface DataCell {
  text: string;
  /** Columns the box takes, in the layout's own units. */
  weight: number;
  line: number;
  /** First column (grid layouts, where a box from the row above may hold the columns before it). */
  start?: number;
  /** Rows the box runs down through. */
  span?: number;
  /** What the box holds, said after its title: drawn as the box's next line. */
  note?: string;
  /** The weight is exact (a frame's px), not a sketch to nudge. */
  exact?: boolean;
}

export interface DataRow {
  line: number;
  cells: DataCell[];
  ratio?: number;
  percent?: boolean;
  /** A remark the row's boxes carry (`(가장 넓게)`), taken off their titles. */
  remark: string;
}

export interface DataLayout {
  rows: DataRow[];
  lines: [number, number];
  /** Columns across the page, when the layout counts them (a grid). */
  across?: number;
}

const ROWS = /^(?:rows?|layout|grid|lines|행|줄|레이아웃)$/i;
const BOXES = /^(?:boxes|box|cells|panels|columns|cols|items|areas|children|sections|박스|칸|패널)$/i;
const HEIGHT = /^(?:height|ratio|h|size|share|percent|높이|비율)$/i;
const TEXT = /^(?:title|text|name|label|content|heading|header|제목|이름|내용)$/i;
const WIDTH = /^(?:width|span|colspan|col_span|ratio|w|weight|cols|columns|share|너비|폭|비율)$/i;
/** Rows a box runs down through: `rowspan: 2`, `row_span`, `rows: 2`. */
const ROWSPAN = /^(?:rowspan|row_span|rowSpan|rows|행\s*병합)$/i;
const BIG_REMARK = /\s*[(（][^)）]*(?:가장|widest|biggest|largest|크게|넓게)[^)）]*[)）]\s*/i;

/** The layout section's YAML/JSON object or CSS grid as rows, or undefined when it holds none. */
export function dataLayout(nodes: RootContent[]): DataLayout | undefined {
  for (const code of codeNodes(nodes)) {
    const read = /grid-template-areas/i.test(code.value) ? gridLayout(code, nodes) : /^(?:ya?ml|json5?|jsonc)?$/i.test(code.lang ?? "") ? objectLayout(code) : undefined;
    if (read && read.rows.length >= 2) return read;
  }
  return htmlLayout(nodes);
}

/** A number with its unit: `10%`, `28fr`, `0.6`, `2`. */
function amount(v: unknown): { value: number; percent: boolean } | undefined {
  if (typeof v === "number" && Number.isFinite(v) && v > 0) return { value: v, percent: false };
  const m = typeof v === "string" ? /^\s*(\d+(?:\.\d+)?)\s*(%|fr|칸)?\s*$/.exec(v) : null;
  return m && Number(m[1]) > 0 ? { value: Number(m[1]), percent: m[2] === "%" } : undefined;
}

const keyed = (o: Record<string, unknown>, re: RegExp): unknown => Object.entries(o).find(([k]) => re.test(k))?.[1];

function objectLayout(code: Code): DataLayout | undefined {
  let data: unknown;
  try {
    data = parseYaml(code.value, QUIET);
  } catch {
    return undefined;
  }
  const listed = rowsOf(data);
  if (!listed) return undefined;
  // A banner given beside the rows (`title: "🍌 …"`, `header:`) is the title row above them.
  const banner = data && typeof data === "object" && !Array.isArray(data) ? keyed(data as Record<string, unknown>, /^(?:title|banner|header|제목|타이틀)$/i) : undefined;
  const rows = typeof banner === "string" && banner.trim() && !JSON.stringify(listed).includes(JSON.stringify(banner.trim()).slice(1, -1)) ? [{ boxes: [banner.trim()] }, ...listed] : listed;
  const lines = code.value.split("\n");
  const first = lineOf(code) + 1;
  let at = 0;
  // Each box's line: where its text is first written, from the last one found on.
  const lineOfText = (t: string): number => {
    const k = lines.findIndex((l, i) => i >= at && l.includes(t));
    if (k >= 0) at = k;
    return first + at;
  };
  const out: DataRow[] = [];
  for (const row of rows) {
    const obj = row && typeof row === "object" && !Array.isArray(row) ? (row as Record<string, unknown>) : undefined;
    const boxes = Array.isArray(row) ? row : obj ? keyed(obj, BOXES) ?? (keyed(obj, TEXT) !== undefined ? [obj] : undefined) : typeof row === "string" ? [row] : undefined;
    if (!Array.isArray(boxes)) return undefined;
    const cells = boxes.map((b) => boxOf(b)).filter((c): c is Box => !!c);
    if (cells.length === 0) continue;
    const given = cells.flatMap((c) => (c.width ? [c.width.value] : []));
    const fill = given.length ? given.reduce((s, v) => s + v, 0) / given.length : 1;
    // A row's own size is its height (`ratio: 30` beside `cells`); widths are only the boxes'.
    const height = obj ? amount(keyed(obj, HEIGHT)) : undefined;
    const remark = cells.map((c) => BIG_REMARK.exec(c.text)?.[0].trim() ?? "").join(" ");
    const read: DataRow = { line: 0, remark, cells: cells.map((c) => ({ text: c.text.replace(BIG_REMARK, " ").trim(), weight: c.width?.value ?? fill, line: lineOfText(c.text), ...(c.rows ? { span: c.rows } : {}) })) };
    read.line = read.cells[0]!.line;
    if (height) Object.assign(read, { ratio: height.value, percent: height.percent });
    out.push(read);
  }
  if (out.length < 2) return undefined;
  titleHeight(out);
  const across = placeUnder(out);
  return { rows: out, lines: [first, first + lines.length - 1], ...(across ? { across } : {}) };
}

/**
 * A box running down rows (`rowspan: 2`) holds its columns in the rows below, so each box there starts past it,
 * as in an HTML table; the page's columns are then the widest row's with the boxes from above. Nothing is moved
 * when no box runs down.
 */
function placeUnder(rows: DataRow[]): number | undefined {
  if (!rows.some((r) => r.cells.some((c) => (c.span ?? 1) > 1))) return undefined;
  const held: { start: number; end: number; last: number }[] = [];
  let across = 0;
  rows.forEach((row, r) => {
    let x = 0;
    const skip = (): void => {
      for (let h = held.find((b) => b.last >= r && Math.abs(b.start - x) < 1e-9); h; h = held.find((b) => b.last >= r && Math.abs(b.start - x) < 1e-9)) x = h.end;
    };
    for (const c of row.cells) {
      skip();
      c.start = x;
      x += c.weight;
      if ((c.span ?? 1) > 1) held.push({ start: c.start, end: x, last: r + c.span! - 1 });
    }
    skip();
    across = Math.max(across, x);
  });
  return across;
}

/**
 * Heights given for every row but a first one-box row (the banner): it takes the 10% a title row gets, the
 * others keep their proportions in the rest, so the heights the data states are not all dropped for one.
 */
function titleHeight(rows: DataRow[]): void {
  const [top, ...rest] = rows;
  if (!top || top.ratio !== undefined || top.cells.length !== 1 || !rest.every((r) => r.ratio !== undefined)) return;
  const sum = rest.reduce((s, r) => s + r.ratio!, 0);
  const percent = rest.every((r) => r.percent) && Math.abs(sum - 100) < 1.001;
  for (const r of rest) {
    r.ratio = Math.round(((r.ratio! * 90) / sum) * 100) / 100;
    r.percent = percent;
  }
  top.ratio = 10;
  top.percent = percent;
}

/** The list of rows: the data itself, or the first key that names rows (one level down too: `page: {rows: …}`). */
function rowsOf(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (!data || typeof data !== "object") return undefined;
  const obj = data as Record<string, unknown>;
  // Rows listed, or named (`rows: { top: …, middle: … }`), in the order written.
  const asRows = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : v && typeof v === "object" ? Object.values(v) : undefined);
  const named = keyed(obj, ROWS);
  if (Array.isArray(named)) return named;
  // `layout: {grid: {columns: 4}, rows: […]}`: the rows listed inside the key naming the layout, not its settings.
  const inner = named && typeof named === "object" ? Object.entries(named).find(([k, v]) => ROWS.test(k) && Array.isArray(v))?.[1] : undefined;
  if (Array.isArray(inner)) return inner;
  const direct = asRows(named);
  if (direct) return direct;
  for (const v of Object.values(obj)) {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      const inner = asRows(keyed(v as Record<string, unknown>, ROWS));
      if (inner) return inner;
    }
  }
  return undefined;
}

interface Box {
  text: string;
  width?: { value: number; percent: boolean };
  rows?: number;
}

function boxOf(b: unknown): Box | undefined {
  if (typeof b === "string" || typeof b === "number") return String(b).trim() ? { text: String(b).trim() } : undefined;
  if (!b || typeof b !== "object" || Array.isArray(b)) return undefined;
  const o = b as Record<string, unknown>;
  const text = keyed(o, TEXT) ?? o.id;
  if (typeof text !== "string" || !text.trim()) return undefined;
  const width = amount(keyed(o, WIDTH));
  const down = amount(keyed(o, ROWSPAN));
  const rows = down && !down.percent && Number.isInteger(down.value) && down.value > 1 ? down.value : undefined;
  return { text: text.trim(), ...(width ? { width } : {}), ...(rows ? { rows } : {}) };
}

/** A CSS grid: each quoted string of `grid-template-areas` a row of area names, `.` an empty cell. */
function gridLayout(code: Code, nodes: RootContent[]): DataLayout | undefined {
  const first = lineOf(code) + 1;
  const lines = code.value.split("\n");
  const start = lines.findIndex((l) => /grid-template-areas/i.test(l));
  const areas: { names: string[]; line: number }[] = [];
  for (let k = start; k < lines.length; k++) {
    for (const m of (lines[k] ?? "").matchAll(/["']([^"']+)["']/g)) areas.push({ names: m[1]!.trim().split(/\s+/), line: first + k });
    if (k > start && /;/.test(lines[k] ?? "")) break;
    if (k === start && /;\s*$/.test(lines[k] ?? "")) break;
  }
  if (areas.length < 2) return undefined;
  const across = Math.max(...areas.map((a) => a.names.length));
  const cols = track(code.value, "columns", across);
  const heights = track(code.value, "rows", areas.length);
  const titles = areaTitles(nodes);
  const rows: DataRow[] = [];
  const open = new Map<string, DataCell>();
  areas.forEach((a, r) => {
    const row: DataRow = { line: a.line, cells: [], remark: "" };
    let c = 0;
    while (c < a.names.length) {
      const name = a.names[c]!;
      let end = c + 1;
      while (a.names[end] === name) end++;
      const startAt = cols ? cols.slice(0, c).reduce((s, v) => s + v.value, 0) : c;
      const weight = cols ? cols.slice(c, end).reduce((s, v) => s + v.value, 0) : end - c;
      const above = open.get(name);
      if (/^\.+$/.test(name)) {
        // An empty cell is left empty.
      } else if (above && r > 0 && areas[r - 1]!.names.includes(name) && above.start === startAt && above.weight === weight) {
        // The same area in the row above, over the same columns: one box running down.
        above.span = (above.span ?? 1) + 1;
      } else {
        const said = titles.get(name) ?? name;
        if (BIG_REMARK.test(said)) row.remark += BIG_REMARK.exec(said)![0];
        // `🎯 RL on math (정답일 때만 보상)`: the words in brackets say what the box holds, as a drawn box's second line does.
        const [title, note] = titleAndNote(said.replace(BIG_REMARK, " ").trim());
        const cell: DataCell = { text: title, weight, line: a.line, start: startAt, span: 1, ...(note ? { note } : {}) };
        row.cells.push(cell);
        open.set(name, cell);
      }
      c = end;
    }
    const h = heights?.[r];
    if (h) Object.assign(row, { ratio: h.value, percent: h.percent });
    rows.push(row);
  });
  const total = cols ? cols.reduce((s, v) => s + v.value, 0) : across;
  return { rows: rows.filter((r) => r.cells.length > 0), lines: [first, first + lines.length - 1], across: total };
}

/** A closing `(…)` of words after a title, apart, unless it is the whole title or a short tag such as `(RL)`. */
function titleAndNote(said: string): [string, string | undefined] {
  const m = /^(.*\S)\s*[(（]([^()（）]+)[)）]$/.exec(said);
  if (!m || !/\s/.test(m[2]!.trim())) return [said, undefined];
  return [m[1]!, m[2]!.trim()];
}

/** `grid-template-rows: 10fr 28fr …` / `grid-template-columns: repeat(3, 1fr)`: the sizes, when each is one. */
function track(css: string, which: "rows" | "columns", count: number): { value: number; percent: boolean }[] | undefined {
  const m = new RegExp(`grid-template-${which}\\s*:\\s*([^;]+);?`, "i").exec(css);
  if (!m) return undefined;
  const spelled = m[1]!.replace(/repeat\(\s*(\d+)\s*,\s*([^)]+)\)/gi, (_, n: string, v: string) => Array(Number(n)).fill(v.trim()).join(" "));
  const sizes = spelled.trim().split(/\s+/).map(amount);
  return sizes.length === count && sizes.every(Boolean) ? (sizes as { value: number; percent: boolean }[]) : undefined;
}

/** Lines beside the grid naming its areas: `` - `rl` — 🎯 RL on math ``, `rl: …`, `**aha** = …`. */
function areaTitles(nodes: RootContent[]): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (n: RootContent): void => {
    if (n.type === "code") return;
    if (n.type === "listItem" || n.type === "paragraph") {
      const text = raw(n);
      for (const line of text.split("\n")) {
        const m = /^\s*[`*_]*([A-Za-z][\w-]*)[`*_]*\s*(?:[:=—–→]|->|-)\s*(.+)$/.exec(line);
        if (m && !out.has(m[1]!)) out.set(m[1]!, m[2]!.trim());
      }
      if (n.type === "paragraph") return;
    }
    if ("children" in n) (n.children as RootContent[]).forEach(walk);
  };
  nodes.forEach(walk);
  return out;
}

/** A node's text with inline code kept as its value (an area's name is often written `` `rl` ``). */
function raw(n: RootContent): string {
  if (n.type === "text" || n.type === "inlineCode") return n.value;
  if (n.type === "break") return "\n";
  if (n.type === "listItem") return (n.children as RootContent[]).map(raw).join("\n");
  return "children" in n ? (n.children as RootContent[]).map(raw).join("") : "";
}
