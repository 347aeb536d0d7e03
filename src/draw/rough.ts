// Every stroke goes through the rough.js generator (no DOM needed) with the mark's own seed, so lines wobble
// like a pen but the same sheet always draws the same wobble.
import roughImport from "roughjs";
import type { Drawable, Op, Options, PathInfo } from "roughjs/bin/core.js";
import { text2, type Mark, type StrokeStyle } from "../model/positioned.js";
import { INK } from "../blocks/types.js";
import { escapeAttr } from "./escape.js";

// roughjs is CommonJS: under NodeNext its typed default is the namespace, at runtime it is the API itself.
type RoughApi = typeof roughImport.default;
const rough = ((roughImport as unknown as { default?: RoughApi }).default ?? roughImport) as RoughApi;
const gen = rough.generator({ options: { fixedDecimalPlaceDigits: 2 } });

/** rough.js treats seed 0 as "random"; keep every seed positive and inside its PRNG range. */
function seedOf(seed: number): number {
  return (Math.abs(Math.trunc(seed)) % 2147483646) + 1;
}

function options(s: StrokeStyle): Options {
  const o: Options = {
    seed: seedOf(s.seed),
    stroke: s.stroke ?? INK,
    strokeWidth: s.strokeWidth ?? 1.2,
    roughness: s.roughness ?? 1,
    bowing: s.bowing ?? 1,
    fixedDecimalPlaceDigits: 2,
  };
  if (s.fill) o.fill = s.fill;
  if (s.fillStyle) o.fillStyle = s.fillStyle;
  if (s.fillWeight !== undefined) o.fillWeight = s.fillWeight;
  if (s.hachureGap !== undefined) o.hachureGap = s.hachureGap;
  if (s.hachureAngle !== undefined) o.hachureAngle = s.hachureAngle;
  if (s.strokeLineDash) o.strokeLineDash = s.strokeLineDash;
  if (s.disableMultiStroke) o.disableMultiStroke = true;
  return o;
}

function drawable(m: Mark): ReturnType<typeof gen.line> | undefined {
  switch (m.kind) {
    case "rect":
      return gen.rectangle(m.x, m.y, m.width, m.height, options(m.style));
    case "ellipse":
      return gen.ellipse(m.cx, m.cy, m.width, m.height, options(m.style));
    case "line":
      return gen.line(m.x1, m.y1, m.x2, m.y2, options(m.style));
    case "polyline":
      return gen.linearPath(m.points, options(m.style));
    case "polygon":
      return gen.polygon(m.points, options(m.style));
    case "curve":
      return gen.curve(m.points, options(m.style));
    case "path":
      return gen.path(m.d, options(m.style));
    case "highlight": {
      // A marker swash: a slightly slanted band with rounded-off ends, filled, no outline.
      const { x, y, width: w, height: h } = m;
      const lean = Math.min(3, h * 0.15);
      const pts: [number, number][] = [[x + lean, y], [x + w, y + lean * 0.3], [x + w - lean, y + h], [x, y + h - lean * 0.3]];
      return gen.polygon(pts, { seed: seedOf(m.seed), fill: m.color, fillStyle: "solid", stroke: "none", roughness: 1.4, bowing: 2, fixedDecimalPlaceDigits: 2 });
    }
    default:
      return undefined;
  }
}

function attr(name: string, v: string | number | undefined): string {
  return v === undefined || v === "" ? "" : ` ${name}="${escapeAttr(v)}"`;
}

/** One pen path of a drawn mark, as plain data: the SVG writer and the PDF writer both draw from it. */
export interface PenPath {
  d: string;
  /** A colour or "none". */
  stroke: string;
  strokeWidth?: number;
  /** A colour, or undefined for an outline. */
  fill?: string;
  fillOpacity?: number;
  strokeOpacity?: number;
  /** SVG dash array ("4 3"), outlines only. */
  dash?: string;
  /** Round caps and joins: every pen outline has them, fills do not. */
  round: boolean;
}

// A build draws the page once for the SVG and the PDF alike; library callers that draw one laid-out sheet
// twice (drawSvg, then renderPdf) get the same paths again. Marks are never changed once placed, so the
// paths are kept per mark object.
const drawn = new WeakMap<Mark, PenPath[]>();

/** The pen paths of one shape or highlight mark (none for text and emoji). */
export function roughPaths(m: Mark): PenPath[] {
  let paths = drawn.get(m);
  if (paths === undefined) drawn.set(m, (paths = strokes(m)));
  return paths;
}

/** SVG for one shape or highlight mark. */
export function roughSvg(m: Mark): string {
  return roughPaths(m).map(pathSvg).join("");
}

export function pathSvg(p: PenPath): string {
  const stroked = p.stroke !== "none";
  return (
    `<path d="${p.d}"${attr("stroke", p.stroke)}${attr("stroke-width", p.strokeWidth)}` +
    `${attr("fill", p.fill ?? "none")}${attr("stroke-dasharray", p.dash)}` +
    `${p.round ? ' stroke-linecap="round" stroke-linejoin="round"' : ""}` +
    `${attr("fill-opacity", p.fillOpacity)}${stroked ? attr("stroke-opacity", p.strokeOpacity) : ""}/>`
  );
}

function strokes(m: Mark): PenPath[] {
  const d = drawable(m);
  if (!d) return [];
  const style = m.kind === "highlight" || m.kind === "text" || m.kind === "emoji" ? undefined : m.style;
  const dash = style?.strokeLineDash ? style.strokeLineDash.join(" ") : undefined;
  // Opacity goes on each path as fill-/stroke-opacity, never on a <g>: resvg aborts the whole process
  // (a Rust panic) when an opacity group lies entirely outside the canvas, e.g. overflowing content.
  const opacity = m.kind === "highlight" ? 0.45 : style?.opacity;
  const alpha = opacity !== undefined && opacity < 1 ? round(opacity) : undefined;
  return toPaths(d)
    .filter((p: PathInfo) => !(p.stroke === "none" && (p.fill === undefined || p.fill === "none")))
    .map((p: PathInfo) => {
      const isFill = p.fill !== undefined && p.fill !== "none";
      const stroked = p.stroke !== "none";
      const path: PenPath = { d: p.d, stroke: p.stroke, round: stroked && !isFill };
      if (stroked) path.strokeWidth = round(p.strokeWidth);
      if (isFill) path.fill = p.fill;
      else if (dash) path.dash = dash;
      if (alpha !== undefined && isFill) path.fillOpacity = alpha;
      if (alpha !== undefined && stroked) path.strokeOpacity = alpha;
      return path;
    });
}

/**
 * rough.js's toPaths, with each number written rounded: rough.js ignores fixedDecimalPlaceDigits there, and
 * output bytes must never depend on float noise. (Rounding as the numbers are written, not by rewriting
 * the written path, saves a pass over every path on the page.)
 */
function toPaths(d: Drawable): PathInfo[] {
  const o = d.options;
  return d.sets.map((set): PathInfo => {
    const path = opsPath(set.ops);
    switch (set.type) {
      case "path":
        return { d: path, stroke: o.stroke, strokeWidth: o.strokeWidth, fill: "none" };
      case "fillPath":
        return { d: path, stroke: "none", strokeWidth: 0, fill: o.fill || "none" };
      case "fillSketch":
        return { d: path, stroke: o.fill || "none", strokeWidth: o.fillWeight < 0 ? o.strokeWidth / 2 : o.fillWeight, fill: "none" };
    }
  });
}

function opsPath(ops: Op[]): string {
  let path = "";
  for (const { op, data: v } of ops) {
    if (op === "move") path += `M${text2(v[0]!)} ${text2(v[1]!)} `;
    else if (op === "bcurveTo") path += `C${text2(v[0]!)} ${text2(v[1]!)}, ${text2(v[2]!)} ${text2(v[3]!)}, ${text2(v[4]!)} ${text2(v[5]!)} `;
    else path += `L${text2(v[0]!)} ${text2(v[1]!)} `;
  }
  return path.trim();
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
