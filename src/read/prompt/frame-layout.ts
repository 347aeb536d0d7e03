// A layout exported from a design tool instead of drawn: each panel a frame with pixel coordinates, one a line
// (`Frame "🤖 WHO ARE YOU?" — x: 32, y: 148, w: 650, h: 392`, Figma's `X 32 Y 148 W 650 H 392`, CSS's
// `left: 32px; top: 148px; width: 650px; height: 392px`, `(32, 148) 650×392`) or a table with x, y, w and h
// columns, and the page size in px beside them (`Canvas: 1754 × 1240 px`). Rows, spans, widths and heights come
// out of the coordinates: frames whose tops meet are a row, a frame reaching down past the next row's top runs
// down through it (a sidebar), a frame's width is its share of the page and a row's height is its frames'.
import type { DataCell, DataLayout, DataRow } from "./data-layout.js";
import { dataFrames, type Frame } from "./frame-data.js";

const NUM = String.raw`(-?\d+(?:\.\d+)?)\s*(?:px)?`;
// A key and its number apart (`x: 32`, `X 32`, `w=650`): `H100` in a frame's name is no height.
const KEY = new RegExp(String.raw`(?<![\p{L}\p{N}_-])(x|y|w|h|left|top|width|height)(?:\s*[:=]\s*|\s+)${NUM}(?![\p{L}\p{N}])`, "giu");
const PAIR = new RegExp(String.raw`[(（]\s*${NUM}\s*,\s*${NUM}\s*[)）]\s*[,·]?\s*(?:size\s*)?${NUM}\s*[×xX*]\s*${NUM}`, "u");
const CANVAS = /(?:canvas|page|artboard|캔버스|페이지|아트보드|frame\s*size|문서\s*크기)[^\d\n]{0,30}?(\d{3,5})\s*(?:px)?\s*[×xX*]\s*(\d{3,5})\s*(?:px)?/i;
const AXIS: Record<string, keyof Pick<Frame, "x" | "y" | "w" | "h">> = { x: "x", left: "x", y: "y", top: "y", w: "w", width: "w", h: "h", height: "h" };
/** A frame's child layer listed under it: `↳ Text "…"`, `- Text: …`, `· Label "…"`. */
const CHILD = /^\s+(?:[↳└├│·•*-]+\s*)*(?:(?:text|label|layer|텍스트|레이어)\b\s*[:：]?\s*)?(.+)$/i;
const GENERIC = /^(?:frame|group|rectangle|rect|card|panel|box|container|section|auto\s*layout|프레임|그룹|카드|패널|박스)\s*[\d.]*$/i;
const QUOTED = /^["“「'](.*)["”」']$/;

const clean = (s: string): string => s.trim().replace(QUOTED, "$1").trim();

/** A frame's coordinates in `text`, and where they start and end; undefined unless all four are given. */
function coordinates(text: string): { x: number; y: number; w: number; h: number; from: number; to: number } | undefined {
  const pair = PAIR.exec(text);
  if (pair) return { x: Number(pair[1]), y: Number(pair[2]), w: Number(pair[3]), h: Number(pair[4]), from: pair.index, to: pair.index + pair[0].length };
  const got: Partial<Record<"x" | "y" | "w" | "h", number>> = {};
  let from = -1;
  let to = -1;
  for (const m of text.matchAll(KEY)) {
    const axis = AXIS[m[1]!.toLowerCase()]!;
    if (got[axis] !== undefined) continue;
    got[axis] = Number(m[2]);
    if (from < 0) from = m.index;
    to = m.index + m[0].length;
  }
  const { x, y, w, h } = got;
  return x !== undefined && y !== undefined && w !== undefined && h !== undefined && w > 0 && h > 0 ? { x, y, w, h, from, to } : undefined;
}

/** A frame's name: what comes before its coordinates, without `Frame`, quotes, bullets and separators. */
function nameOf(before: string): string {
  const name = before
    .replace(/^\s*(?:[-*+•]|\d+[.)])\s+/, "")
    .replace(/\*\*/g, "")
    .replace(/^\s*(?:frame|group|section|프레임|박스)\s*(?:\d+\s*)?[:：]?\s*/i, "")
    .replace(/^\s*(?:text|layer|component|instance|rectangle|텍스트|레이어)\s*[:：]?\s*(?=["“「'])/i, "")
    .replace(/[\s—–:：,;@|·-]+$/, "");
  return clean(name.replace(/[{(（]\s*$/, ""));
}

/** A frames table: a header with x, y, w and h columns (or left, top, width, height) over a row per frame. */
function tableFrames(lines: readonly string[], first: number): Frame[] {
  const cells = (l: string): string[] => l.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim());
  const out: Frame[] = [];
  let cols: Record<string, number> | undefined;
  lines.forEach((l, k) => {
    if (!/^\s*\|/.test(l)) {
      cols = undefined;
      return;
    }
    const row = cells(l);
    if (!cols) {
      const head = row.map((c) => AXIS[c.replace(/\s*\(px\)|\*\*/g, "").toLowerCase()]);
      if (new Set(head.filter(Boolean)).size === 4) cols = Object.fromEntries(head.map((a, i) => [a ?? `t${i}`, i]));
      return;
    }
    if (row.every((c) => /^:?-+:?$/.test(c))) return;
    const n = (a: string): number => Number((row[cols![a]!] ?? "").replace(/px$/i, ""));
    const [x, y, w, h] = ["x", "y", "w", "h"].map(n) as [number, number, number, number];
    const text = row.filter((_, i) => !Object.values(cols!).includes(i) || i === cols!["t0"]);
    const name = clean(text[0] ?? "");
    if (name && [x, y, w, h].every(Number.isFinite) && w > 0 && h > 0) out.push({ name, x, y, w, h, line: first + k, remark: text.slice(1).join(" "), notes: [] });
  });
  return out;
}

/** The frames listed one a line, each with the child layers indented under it. */
function lineFrames(lines: readonly string[], first: number): Frame[] {
  const out: Frame[] = [];
  let last: { frame: Frame; indent: number } | undefined;
  lines.forEach((raw, k) => {
    if (/^\s*\|/.test(raw) || !raw.trim()) return;
    const c = coordinates(raw);
    const indent = raw.length - raw.trimStart().length;
    if (c) {
      const name = nameOf(raw.slice(0, c.from));
      if (!name) return;
      const frame: Frame = { name, x: c.x, y: c.y, w: c.w, h: c.h, line: first + k, remark: raw.slice(c.to).trim(), notes: [] };
      out.push(frame);
      last = { frame, indent };
      return;
    }
    const child = last && indent > last.indent ? CHILD.exec(raw) : null;
    if (child) last!.frame.notes.push(clean(child[1]!));
    else last = undefined;
  });
  return out;
}

const inside = (f: Frame, g: Frame): boolean => f !== g && f.x >= g.x && f.y >= g.y && f.x + f.w <= g.x + g.w && f.y + f.h <= g.y + g.h;

/** A frame inside another (a text layer or a group in a panel, exported with its own coordinates) is lines of
 * the smallest one holding it, its own lines or else its name, in reading order; the innermost fold first. */
function folded(frames: Frame[]): Frame[] {
  const kept = new Set(frames);
  const byArea = [...frames].sort((a, b) => a.w * a.h - b.w * b.h);
  for (const f of byArea) {
    const home = byArea.find((g) => kept.has(g) && g.w * g.h > f.w * f.h && inside(f, g));
    if (!home) continue;
    kept.delete(f);
    (home.children ??= []).push(f);
  }
  const out = frames.filter((f) => kept.has(f));
  const lines = (f: Frame): string[] => [...f.notes, ...(f.children ?? []).sort((a, b) => a.y - b.y || a.x - b.x).flatMap((c) => (c.notes.length || c.children?.length ? lines(c) : [c.name]))];
  for (const f of out) f.notes = lines(f);
  return out;
}

/** The layout's frames as rows of boxes, or undefined when it lists fewer than three frames. */
export function frameLayout(lines: readonly string[], first: number): DataLayout | undefined {
  let frames = [lineFrames(lines, first), tableFrames(lines, first), dataFrames(lines, first)].reduce((a, b) => (b.length > a.length ? b : a));
  if (frames.length < 3) return undefined;
  const canvas = lines.map((l) => CANVAS.exec(l)).find(Boolean);
  // A frame holding every other one is the page itself, not a panel.
  const page = frames.find((f) => frames.every((o) => o === f || inside(o, f)));
  if (page) frames = frames.filter((f) => f !== page);
  frames = folded(frames);
  if (frames.length < 2) return undefined;
  const width = canvas ? Number(canvas[1]) : page ? page.x + page.w : Math.max(...frames.map((f) => f.x + f.w)) + Math.min(...frames.map((f) => f.x));
  const height = canvas ? Number(canvas[2]) : page ? page.h : Math.max(...frames.map((f) => f.y + f.h));
  // Tops within 2% of the page's height are one row: exports round, and people nudge frames by hand.
  const slack = Math.max(4, height * 0.02);
  const tops: number[] = [];
  for (const y of frames.map((f) => f.y).sort((a, b) => a - b)) if (!tops.length || y - tops[tops.length - 1]! > slack) tops.push(y);
  const rowOf = (f: Frame): number => tops.findIndex((t) => Math.abs(f.y - t) <= slack);
  const rows: DataRow[] = tops.map((top, r) => {
    const own = frames.filter((f) => rowOf(f) === r).sort((a, b) => a.x - b.x);
    const next = tops[r + 1];
    const spans = (f: Frame): number => 1 + tops.filter((t) => t > top && t < f.y + f.h - slack).length;
    const single = own.filter((f) => spans(f) === 1).map((f) => f.h);
    const band = (next ?? Math.max(...frames.map((f) => f.y + f.h))) - top;
    const cells: DataCell[] = own.map((f) => {
      const span = spans(f);
      // A tool's default name (`Frame 12`, `Card 3`) says nothing: the frame's first line is its title.
      if (GENERIC.test(f.name) && f.notes.length) f.name = f.notes.shift()!;
      return { text: f.name, weight: f.w, start: f.x, exact: true, line: f.line, ...(span > 1 ? { span } : {}), ...(f.notes.length ? { note: f.notes.join("\n") } : {}) };
    });
    return { line: own[0]?.line ?? first, cells, ratio: single.length ? Math.max(...single) : band, percent: false, remark: own.map((f) => f.remark).join(" ").trim() };
  });
  const kept = rows.filter((r) => r.cells.length > 0);
  if (kept.length < 2) return undefined;
  const all = frames.map((f) => f.line);
  return { rows: kept, lines: [Math.min(...all), Math.max(...all, ...frames.map((f) => f.line))], across: width };
}
