// Plain emoji art straight into the PDF. svg-to-pdfkit draws any SVG, but it builds a geometry object for
// every path segment (lengths, bounding boxes, closures) and resolves every style property through its
// cascade: the example's eight emoji took ~75–115 ms cold (~40–50 ms this way), a large part of the PDF job.
// About a third of Noto's art is plain — paths, circles and ellipses in flat colours, in groups without
// transforms, opacity or clipping — and for that art this file makes the very pdfkit calls svg-to-pdfkit
// makes, with the same numbers, so the PDF bytes are the same (tested over Noto's plain art). Anything else
// is left to svg-to-pdfkit.

import type { ArtCmd, ArtShapes } from "./pdf-art-path.js";

/** The pdfkit document calls plain art needs. */
type Doc = PDFKit.PDFDocument & { _fillColor: unknown };

/** Emoji art as drawn: its SVG body and viewBox. */
export interface ArtSource {
  body: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Draw `art` into `doc` at (x, y) in a `size` square, as `svgToPdf(doc, <svg viewBox=…>body</svg>, x, y,
 * { width: size, height: size, preserveAspectRatio: "xMinYMin meet" })` would; false, having drawn nothing,
 * when the art is not plain. `shapes` is `artShapes()` (pdf-art-path.ts). Self-contained: the PDF worker runs
 * it from its source text.
 */
export function drawPlainArt(doc: Doc, art: ArtSource, x: number, y: number, size: number, shapes: ArtShapes): boolean {
  const { pathShape, ellipse, classify, subpaths } = shapes;
  type Color = [number[], number];
  type Style = { fill: Color | "none"; stroke: Color | "none"; fillOpacity: number; strokeOpacity: number; width: number; miter: number; join: string; cap: string };
  type Cmd = ArtCmd;
  const ELEMENTS = new Set(["g", "path", "circle", "ellipse"]);
  const NUMBER = /^[-+]?(?:[0-9]+[.][0-9]+|[0-9]+[.]|[.][0-9]+|[0-9]+)(?:[eE][-+]?[0-9]+)?$/;
  const number = (v: string | undefined, fallback: number): number | undefined => (v === undefined ? fallback : NUMBER.test(v) ? Number(v) : undefined);
  const color = (v: string): Color | "none" | undefined => {
    if (v === "none" || v === "transparent") return "none";
    const six = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(v);
    if (six) return [[parseInt(six[1]!, 16), parseInt(six[2]!, 16), parseInt(six[3]!, 16)], 1];
    const three = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(v);
    if (three) return [[0x11 * parseInt(three[1]!, 16), 0x11 * parseInt(three[2]!, 16), 0x11 * parseInt(three[3]!, 16)], 1];
    return undefined;
  };
  // pdfkit's number format for content operators (it refuses what PDF cannot hold, as here).
  const num = (n: number): number => {
    if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
    throw new Error(`unsupported number: ${n}`);
  };
  const unit = (v: string | undefined, fallback: number): number | undefined => {
    if (v === undefined) return fallback;
    const n = parseFloat(v);
    return Number.isNaN(n) ? undefined : Math.max(0, Math.min(1, n));
  };

  // The art's elements, checked before anything is drawn: plain elements and attributes only.
  type El = { name: string; attrs: Record<string, string>; children: El[] };
  const ATTRS = new Set(["fill", "stroke", "fill-opacity", "stroke-opacity", "opacity", "stroke-width", "stroke-miterlimit", "stroke-linejoin", "stroke-linecap", "d", "cx", "cy", "r", "rx", "ry"]);
  const root: El = { name: "svg", attrs: {}, children: [] };
  const open = [root];
  const TAG = /<(\/?)([a-zA-Z]+)((?:\s+[a-zA-Z-]+="[^"&]*")*)\s*(\/?)>/y;
  for (let at = 0; at < art.body.length; ) {
    TAG.lastIndex = at;
    const m = TAG.exec(art.body);
    if (!m) return false;
    at = TAG.lastIndex;
    const [, closing, name, attrText, selfClosing] = m as unknown as string[];
    if (closing) {
      if (attrText || selfClosing || open.length < 2 || open.pop()!.name !== name) return false;
      continue;
    }
    if (!ELEMENTS.has(name!)) return false;
    const el: El = { name: name!, attrs: {}, children: [] };
    for (const [, key, value] of attrText!.matchAll(/([a-zA-Z-]+)="([^"]*)"/g)) {
      if (!ATTRS.has(key!) || key! in el.attrs) return false;
      el.attrs[key!] = value!;
    }
    open[open.length - 1]!.children.push(el);
    if (!selfClosing) open.push(el);
  }
  if (open.length !== 1 || !(art.width > 0 && art.height > 0 && size > 0)) return false;

  // Styles resolved as svg-to-pdfkit's cascade resolves them, and the drawing as a list of steps, so art
  // found not to be plain halfway through has drawn nothing.
  const steps: (() => void)[] = [];
  const JOINS = new Set(["miter", "round", "bevel"]);
  const CAPS = new Set(["butt", "round", "square"]);
  const visit = (el: El, parent: Style): boolean => {
    const a = el.attrs;
    const fill = a["fill"] === undefined ? parent.fill : color(a["fill"]);
    const stroke = a["stroke"] === undefined ? parent.stroke : color(a["stroke"]);
    const style = {
      fill,
      stroke,
      fillOpacity: unit(a["fill-opacity"], parent.fillOpacity),
      strokeOpacity: unit(a["stroke-opacity"], parent.strokeOpacity),
      width: number(a["stroke-width"], parent.width),
      miter: a["stroke-miterlimit"] === undefined ? parent.miter : parseFloat(a["stroke-miterlimit"]),
      join: a["stroke-linejoin"] ?? parent.join,
      cap: a["stroke-linecap"] ?? parent.cap,
    };
    const opacity = unit(a["opacity"], 1);
    if (style.fill === undefined || style.stroke === undefined || style.fillOpacity === undefined || style.strokeOpacity === undefined) return false;
    if (style.width === undefined || !(style.width >= 0) || !(style.miter >= 1) || !JOINS.has(style.join) || !CAPS.has(style.cap) || opacity === undefined) return false;
    const resolved = style as Style;
    if (el.name === "g") {
      // A group at less than full opacity needs a transparency group: not plain.
      if (opacity < 1) return false;
      steps.push(() => doc.save());
      if (!el.children.every((child) => visit(child, resolved))) return false;
      steps.push(() => doc.restore());
      return true;
    }
    if (el.children.length > 0) return false;
    const n = (key: string): number | undefined => number(a[key], 0);
    let cmds: Cmd[] | undefined;
    if (el.name === "path") cmds = pathShape(a["d"] ?? "");
    else {
      const [cx, cy, rx, ry] = el.name === "circle" ? [n("cx"), n("cy"), n("r"), n("r")] : [n("cx"), n("cy"), n("rx"), n("ry")];
      if (cx === undefined || cy === undefined || rx === undefined || ry === undefined) return false;
      cmds = rx > 0 && ry > 0 ? ellipse(cx, cy, rx, ry) : [];
    }
    if (!cmds) return false;
    const parts = subpaths(cmds).map((p) => ({ cmds: p, ...classify(p) }));
    const paint = (c: Color | "none", alpha: number): Color | undefined => (c !== "none" && opacity && alpha ? [c[0].slice(), c[1] * (alpha * opacity)] : undefined);
    const fillPaint = paint(resolved.fill, resolved.fillOpacity);
    const strokePaint = Math.abs(resolved.width) < 1e-10 ? undefined : paint(resolved.stroke, resolved.strokeOpacity);
    steps.push(() => {
      doc.save();
      if (fillPaint || strokePaint) {
        if (fillPaint) doc.fillColor(fillPaint[0] as unknown as string, fillPaint[1]);
        if (strokePaint) {
          for (const p of parts) {
            if (!p.dot || !p.start || !(resolved.cap === "square" || resolved.cap === "round") || !(resolved.width > 0)) continue;
            const [dx, dy] = p.start;
            doc.fillColor(strokePaint[0] as unknown as string, strokePaint[1]);
            if (resolved.cap === "square") doc.rect(dx - 0.5 * resolved.width, dy - 0.5 * resolved.width, resolved.width, resolved.width);
            else doc.circle(dx, dy, 0.5 * resolved.width);
            doc.fill();
          }
          doc.strokeColor(strokePaint[0] as unknown as string, strokePaint[1]);
          doc
            .lineWidth(resolved.width)
            .miterLimit(resolved.miter)
            .lineJoin(resolved.join as "miter")
            .lineCap(resolved.cap as "butt")
            .dash([] as unknown as number, { phase: 0 });
        }
        // The operators pdfkit's moveTo, lineTo, bezierCurveTo and closePath write, in one piece.
        const ops: string[] = [];
        for (const p of parts) {
          if (!p.drawn) continue;
          for (const v of p.cmds) {
            if (v[0] === "move") ops.push(`${num(v[1]!)} ${num(v[2]!)} m`);
            else if (v[0] === "line") ops.push(`${num(v[1]!)} ${num(v[2]!)} l`);
            else if (v[0] === "curve") ops.push(`${num(v[1]!)} ${num(v[2]!)} ${num(v[3]!)} ${num(v[4]!)} ${num(v[5]!)} ${num(v[6]!)} c`);
            else ops.push("h");
          }
        }
        if (ops.length > 0) doc.addContent(ops.join("\n"));
        if (fillPaint && strokePaint) doc.fillAndStroke("nonzero" as unknown as string);
        else if (fillPaint) doc.fill("nonzero");
        else doc.stroke();
      }
      doc.restore();
    });
    return true;
  };
  const initial: Style = { fill: [[0, 0, 0], 1], stroke: "none", fillOpacity: 1, strokeOpacity: 1, width: 1, miter: 4, join: "miter", cap: "butt" };
  if (!root.children.every((child) => visit(child, initial))) return false;

  // svg-to-pdfkit's frame: px to pt, the viewport clip, then the viewBox fitted "xMinYMin meet".
  const pxToPt = 72 / 96;
  const [w, h] = [size / pxToPt, size / pxToPt];
  const multiply = (a: number[], b: number[]): number[] => [
    a[0]! * b[0]! + a[2]! * b[1]!, a[1]! * b[0]! + a[3]! * b[1]!, a[0]! * b[2]! + a[2]! * b[3]!,
    a[1]! * b[2]! + a[3]! * b[3]!, a[0]! * b[4]! + a[2]! * b[5]! + a[4]!, a[1]! * b[4]! + a[3]! * b[5]! + a[5]!,
  ];
  const fit = Math.min(w / art.width, h / art.height);
  const matrix = [[1, 0, 0, 1, 0, 0], [fit, 0, 0, fit, 0 * (w - art.width * fit), 0 * (h - art.height * fit)], [1, 0, 0, 1, -art.left, -art.top]].reduce(multiply, [1, 0, 0, 1, 0, 0]);
  const savedFill = doc._fillColor;
  doc.save().translate(x || 0, y || 0).scale(pxToPt);
  doc.save();
  doc.moveTo(0, 0).lineTo(w, 0).lineTo(w, h).lineTo(0, h).closePath();
  doc.clip();
  doc.transform(...(matrix as [number, number, number, number, number, number]));
  for (const step of steps) step();
  doc.restore();
  doc.restore();
  doc._fillColor = savedFill;
  return true;
}
