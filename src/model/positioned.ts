// Positioned types: the output of `layout`, the input of `draw`. Every box, stroke and glyph run is placed
// here in CSS px (1/96 in) on the page; `draw` only turns these marks into SVG and never measures text.
import type { BlockKind, PageSize, Sheet } from "./sheet.js";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The font faces nanosheet ships; see src/fonts/faces.ts. */
export type FaceId = "hand" | "latin" | "title" | "math" | "symbols";

/** Options for a hand-drawn stroke, passed to the rough.js generator as they are. `seed` makes it repeatable. */
export interface StrokeStyle {
  seed: number;
  stroke?: string;
  strokeWidth?: number;
  fill?: string;
  fillStyle?: "hachure" | "solid" | "zigzag" | "cross-hatch" | "dots";
  fillWeight?: number;
  hachureGap?: number;
  hachureAngle?: number;
  roughness?: number;
  bowing?: number;
  /** Opacity of the whole mark, 0..1 (highlighter swashes, tints). */
  opacity?: number;
  strokeLineDash?: number[];
  /** Skip the second pass rough.js draws by default (a lighter, single pen line). */
  disableMultiStroke?: boolean;
}

/**
 * A run of text in one face at one size; `y` is the baseline. `bold` draws a faux-bold pen stroke, `italic` a
 * slant (no italic face is bundled), `cell` sets each grapheme centred on a fixed advance of that many px (two
 * for Hangul and CJK: code, inline or a block), and `href` makes the run a link (an annotation in the PDF, `<a>` in the SVG).
 */
export interface TextMark {
  kind: "text";
  x: number;
  y: number;
  size: number;
  face: FaceId;
  text: string;
  width: number;
  color: string;
  bold?: boolean;
  italic?: boolean;
  cell?: number;
  href?: string;
}

/** A colour emoji drawn from the bundled emoji art; `y` is the top of its square. */
export interface EmojiMark {
  kind: "emoji";
  x: number;
  y: number;
  size: number;
  emoji: string;
}

export interface RectMark { kind: "rect"; x: number; y: number; width: number; height: number; style: StrokeStyle }
export interface EllipseMark { kind: "ellipse"; cx: number; cy: number; width: number; height: number; style: StrokeStyle }
export interface LineMark { kind: "line"; x1: number; y1: number; x2: number; y2: number; style: StrokeStyle }
export interface PolylineMark { kind: "polyline"; points: [number, number][]; style: StrokeStyle }
export interface PolygonMark { kind: "polygon"; points: [number, number][]; style: StrokeStyle }
/** A smooth hand-drawn curve through the points (rough.js `curve`). */
export interface CurveMark { kind: "curve"; points: [number, number][]; style: StrokeStyle }
/** An SVG path drawn by hand (rough.js `path`). */
export interface PathMark { kind: "path"; d: string; style: StrokeStyle }
/** A highlighter swash behind text. */
export interface HighlightMark { kind: "highlight"; x: number; y: number; width: number; height: number; color: string; seed: number }

export type Mark =
  | TextMark
  | EmojiMark
  | RectMark
  | EllipseMark
  | LineMark
  | PolylineMark
  | PolygonMark
  | CurveMark
  | PathMark
  | HighlightMark;

/** A diagram node as placed, for the layout report and geometry tests. */
export interface PlacedNode {
  id: string;
  label: string;
  box: Box;
}

export interface PositionedBlock {
  kind: BlockKind;
  box: Box;
  marks: Mark[];
  nodes?: PlacedNode[];
  /** Index of the source block in the panel's `blocks`; absent for the panel's lead lines. */
  src?: number;
}

export interface PositionedPanel {
  id: string;
  title: string;
  /** Index into PositionedSheet.rows. */
  row: number;
  box: Box;
  accent: string;
  /** Body font size auto-fit chose, px. */
  fontPx: number;
  minFontPx: number;
  /** True when the content did not fit even at the minimum size. */
  overflow: boolean;
  /** How far the content runs past the panel at the chosen size, px (0 when it fits). */
  overflowPx: number;
  /** Border, tape label, title. */
  marks: Mark[];
  blocks: PositionedBlock[];
  /** The box inside the chrome that auto-fit fills (a panel's fill is its blocks' area over this). */
  content?: Box;
}

export interface PositionedRow {
  index: number;
  y: number;
  height: number;
  ratio: number;
}

export interface PageGeometry {
  size: PageSize;
  /** Page size in CSS px. */
  width: number;
  height: number;
  widthMm: number;
  heightMm: number;
  margin: number;
}

/** Something `nanosheet check` reports and `build` refuses (unless told to draw anyway). */
export interface Problem {
  kind: "overflow" | "missing-glyph" | "missing-emoji" | "ratio" | "small-text";
  /** The panel it is in, when it is in one. */
  panel?: string;
  message: string;
}

export interface PositionedSheet {
  page: PageGeometry;
  paper: "grid" | "plain";
  rows: PositionedRow[];
  /** Banner, subtitle, source line. */
  title: { box: Box; marks: Mark[] } | undefined;
  panels: PositionedPanel[];
  /** Problems found while laying out: every overflow, missing glyph, ratio mismatch, too-small text. */
  problems: Problem[];
  warnings: string[];
  /**
   * Set only when layout moved blocks out of panels that overflowed at the minimum size: the sheet as laid
   * out (write Markdown and the report from it), and each move.
   */
  sheet?: Sheet;
  /** `balance`: moved to even out a crowded panel beside a nearly bare one, not for overflow. */
  moves?: { from: string; to: string; kind: string; line?: number; balance?: boolean }[];
}

export function translateMark(m: Mark, dx: number, dy: number): Mark {
  switch (m.kind) {
    case "text":
    case "emoji":
    case "rect":
    case "highlight":
      return { ...m, x: m.x + dx, y: m.y + dy };
    case "ellipse":
      return { ...m, cx: m.cx + dx, cy: m.cy + dy };
    case "line":
      return { ...m, x1: m.x1 + dx, y1: m.y1 + dy, x2: m.x2 + dx, y2: m.y2 + dy };
    case "polyline":
    case "polygon":
    case "curve":
      return { ...m, points: m.points.map(([x, y]) => [x + dx, y + dy] as [number, number]) };
    case "path":
      return { ...m, d: translatePath(m.d, dx, dy) };
  }
}

export function translateMarks(marks: Mark[], dx: number, dy: number): Mark[] {
  return dx === 0 && dy === 0 ? marks : marks.map((m) => translateMark(m, dx, dy));
}

/** M, L, C, Q, Z: the only commands layout emits. */
function isCommand(c: number): boolean {
  return c === 77 || c === 76 || c === 67 || c === 81 || c === 90;
}

/** Space or comma between a command's numbers. */
function isSeparator(c: number): boolean {
  return c === 32 || c === 44 || (c >= 9 && c <= 13);
}

/**
 * Shift an absolute-coordinate path made of M, L, C, Q and Z commands: each command's numbers, x and y in
 * turn, rounded and written back space-separated (Z and anything outside a command's numbers kept as is).
 * Scanned by hand: diagrams shift every candidate layout, and a regex with a split per command was ~1/10 of
 * the layout's time.
 */
function translatePath(d: string, dx: number, dy: number): string {
  let out = "";
  let i = 0;
  while (i < d.length) {
    const c = d.charCodeAt(i);
    out += d[i++];
    if (c === 90 || !isCommand(c)) continue;
    let k = 0;
    while (i < d.length && !isCommand(d.charCodeAt(i))) {
      if (isSeparator(d.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      while (i < d.length && !isSeparator(d.charCodeAt(i)) && !isCommand(d.charCodeAt(i))) i++;
      out += (k > 0 ? " " : "") + text2(Number(d.slice(start, i)) + (k % 2 === 0 ? dx : dy));
      k++;
    }
  }
  return out;
}

/** Fixed rounding keeps SVG bytes identical across runs and platforms. */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * `String(round2(n))`, written from the whole hundredths: a page writes ~100,000 numbers into its paths, and
 * formatting an integer is ~2.5× faster than finding the shortest text of a double. Same text for every n
 * (checked against String(round2(n)) in the tests).
 */
export function text2(n: number): string {
  const r = Math.round(n * 100);
  if (!(Math.abs(r) < 1e15)) return String(r / 100);
  if (r === 0) return "0";
  const a = r < 0 ? -r : r;
  const whole = Math.floor(a / 100);
  const cents = a - whole * 100;
  const s = cents === 0 ? String(whole) : cents % 10 === 0 ? `${whole}.${cents / 10}` : cents < 10 ? `${whole}.0${cents}` : `${whole}.${cents}`;
  return r < 0 ? `-${s}` : s;
}

export function translateBox(b: Box, dx: number, dy: number): Box {
  return { ...b, x: b.x + dx, y: b.y + dy };
}

/**
 * The share of a panel's content box its blocks cover (their boxes clipped to it; blocks never overlap), or
 * undefined for a panel with no content box. The report's `fill`, and what layout reads as a row's room.
 */
export function coveredShare(p: PositionedPanel): number | undefined {
  const c = p.content;
  if (!c || c.width <= 0 || c.height <= 0) return undefined;
  let area = 0;
  for (const { box: b } of p.blocks) {
    const w = Math.min(b.x + b.width, c.x + c.width) - Math.max(b.x, c.x);
    const h = Math.min(b.y + b.height, c.y + c.height) - Math.max(b.y, c.y);
    if (w > 0 && h > 0) area += w * h;
  }
  return Math.min(1, area / (c.width * c.height));
}
