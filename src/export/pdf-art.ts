// Plain emoji art straight into the PDF. svg-to-pdfkit draws any SVG, but it builds a geometry object for
// every path segment (lengths, bounding boxes, closures) and resolves every style property through its
// cascade: on a cold PDF worker the example's eight emoji took ~170 ms, the longest part of the PDF job.
// About a third of Noto's art is plain — paths, circles and ellipses in flat colours, in groups without
// transforms, opacity or clipping — and for that art this file makes the very pdfkit calls svg-to-pdfkit
// makes, with the same numbers, so the PDF bytes are the same (tested over Noto's plain art). Anything else
// is left to svg-to-pdfkit.

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
 * when the art is not plain. Self-contained: the PDF worker runs it from its source text.
 */
export function drawPlainArt(doc: Doc, art: ArtSource, x: number, y: number, size: number): boolean {
  type Color = [number[], number];
  type Style = { fill: Color | "none"; stroke: Color | "none"; fillOpacity: number; strokeOpacity: number; width: number; miter: number; join: string; cap: string };
  type Cmd = [string, ...number[]];
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

  // Path data to absolute move/line/curve/close commands, with svg-to-pdfkit's arithmetic (arcs in pieces of
  // at most 60°), so every number comes out the same.
  const builder = () => {
    const out: Cmd[] = [];
    let [sx, sy, cx, cy, qx, qy, last] = [0, 0, 0, 0, 0, 0, ""];
    const C = (a: number, b: number, c: number, e: number, f: number, g: number): void => {
      out.push(["curve", a, b, c, e, f, g]);
      [cx, cy] = [f, g];
    };
    const Q = (px: number, py: number, ex: number, ey: number): void => {
      C(cx + (2 / 3) * (px - cx), cy + (2 / 3) * (py - cy), ex + (2 / 3) * (px - ex), ey + (2 / 3) * (py - ey), ex, ey);
      [last, qx, qy] = ["Q", px, py];
    };
    const line = (ex: number, ey: number): void => {
      out.push(["line", ex, ey]);
      [cx, cy, last] = [ex, ey, "L"];
    };
    const A = (rx: number, ry: number, fi: number, fa: number, fs: number, ex: number, ey: number): void => {
      last = "A";
      if (Math.abs(rx) < 1e-10 || Math.abs(ry) < 1e-10) {
        out.push(["line", ex, ey]);
        [cx, cy] = [ex, ey];
        return;
      }
      fi = fi * (Math.PI / 180);
      [rx, ry, fa, fs] = [Math.abs(rx), Math.abs(ry), 1 * Number(!!fa), 1 * Number(!!fs)];
      const x1 = (Math.cos(fi) * (cx - ex)) / 2 + (Math.sin(fi) * (cy - ey)) / 2;
      const y1 = (Math.cos(fi) * (cy - ey)) / 2 - (Math.sin(fi) * (cx - ex)) / 2;
      const lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
      if (lambda > 1) [rx, ry] = [rx * Math.sqrt(lambda), ry * Math.sqrt(lambda)];
      const r = Math.sqrt(Math.max(0, rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1) / (rx * rx * y1 * y1 + ry * ry * x1 * x1));
      const x2 = ((fa === fs ? -1 : 1) * r * rx * y1) / ry;
      const y2 = ((fa === fs ? 1 : -1) * r * ry * x1) / rx;
      const ox = Math.cos(fi) * x2 - Math.sin(fi) * y2 + (cx + ex) / 2;
      const oy = Math.sin(fi) * x2 + Math.cos(fi) * y2 + (cy + ey) / 2;
      const th1 = Math.atan2((y1 - y2) / ry, (x1 - x2) / rx);
      let th2 = Math.atan2((-y1 - y2) / ry, (-x1 - x2) / rx);
      if (fs === 0 && th2 - th1 > 0) th2 -= 2 * Math.PI;
      else if (fs === 1 && th2 - th1 < 0) th2 += 2 * Math.PI;
      const segms = Math.ceil(Math.abs(th2 - th1) / (Math.PI / 3));
      for (let i = 0; i < segms; i++) {
        const th3 = th1 + (i * (th2 - th1)) / segms;
        const th4 = th1 + ((i + 1) * (th2 - th1)) / segms;
        const t = (4 / 3) * Math.tan((th4 - th3) / 4);
        const [ex2, ey2] = [ox + Math.cos(fi) * rx * Math.cos(th4) - Math.sin(fi) * ry * Math.sin(th4), oy + Math.sin(fi) * rx * Math.cos(th4) + Math.cos(fi) * ry * Math.sin(th4)];
        out.push([
          "curve",
          ox + Math.cos(fi) * rx * (Math.cos(th3) - t * Math.sin(th3)) - Math.sin(fi) * ry * (Math.sin(th3) + t * Math.cos(th3)),
          oy + Math.sin(fi) * rx * (Math.cos(th3) - t * Math.sin(th3)) + Math.cos(fi) * ry * (Math.sin(th3) + t * Math.cos(th3)),
          ox + Math.cos(fi) * rx * (Math.cos(th4) + t * Math.sin(th4)) - Math.sin(fi) * ry * (Math.sin(th4) - t * Math.cos(th4)),
          oy + Math.sin(fi) * rx * (Math.cos(th4) + t * Math.sin(th4)) + Math.cos(fi) * ry * (Math.sin(th4) - t * Math.cos(th4)),
          ex2,
          ey2,
        ]);
        [cx, cy] = [ex2, ey2];
      }
    };
    const run = (k: string, v: number[]): void => {
      const [a = 0, b = 0, c = 0, e = 0, f = 0, g = 0, h = 0] = v;
      switch (k) {
        case "M": case "m":
          [sx, sy, cx, cy] = k === "M" ? [a, b, a, b] : [cx + a, cy + b, cx + a, cy + b];
          out.push(["move", cx, cy]);
          last = "M";
          return;
        case "L": return line(a, b);
        case "l": return line(cx + a, cy + b);
        case "H": return line(a, cy);
        case "h": return line(cx + a, cy);
        case "V": return line(cx, a);
        case "v": return line(cx, cy + a);
        case "C": C(a, b, c, e, f, g); [last, qx, qy] = ["C", c, e]; return;
        case "c": { const [x0, y0] = [cx, cy]; C(x0 + a, y0 + b, x0 + c, y0 + e, x0 + f, y0 + g); [last, qx, qy] = ["C", x0 + c, y0 + e]; return; }
        case "S": case "s": {
          const [x0, y0] = [cx, cy];
          const [p1, p2] = [x0 + (last === "C" ? x0 - qx : 0), y0 + (last === "C" ? y0 - qy : 0)];
          const [c2x, c2y, ex, ey] = k === "S" ? [a, b, c, e] : [x0 + a, y0 + b, x0 + c, y0 + e];
          C(p1, p2, c2x, c2y, ex, ey);
          [last, qx, qy] = ["C", c2x, c2y];
          return;
        }
        case "Q": return Q(a, b, c, e);
        case "q": return Q(cx + a, cy + b, cx + c, cy + e);
        case "T": case "t": {
          const [px, py] = [cx + (last === "Q" ? cx - qx : 0), cy + (last === "Q" ? cy - qy : 0)];
          return Q(px, py, k === "T" ? a : cx + a, k === "T" ? b : cy + b);
        }
        case "A": return A(a, b, c, e, f, g, h);
        case "a": return A(a, b, c, e, f, cx + g, cy + h);
        default: // Z, z
          out.push(["close"]);
          [cx, cy, last] = [sx, sy, "Z"];
      }
    };
    return { out, run };
  };
  const ARGS: Record<string, number> = { A: 7, a: 7, C: 6, c: 6, H: 1, h: 1, L: 2, l: 2, M: 2, m: 2, Q: 4, q: 4, S: 4, s: 4, T: 2, t: 2, V: 1, v: 1, Z: 0, z: 0 };
  // The same tokens as svg-to-pdfkit's parser: a command letter, then numbers (arc flags are single digits).
  const pathShape = (d: string): Cmd[] | undefined => {
    const { out, run } = builder();
    const text = d.trim();
    const [SEP, NUM, FLAG, CMD] = [/\s*,\s*|\s*/y, new RegExp(NUMBER.source.slice(1, -1), "y"), /[01]/y, /[astvzqmhlcASTVZQMHLC]/y];
    let at = 0;
    const take = (re: RegExp): string | undefined => {
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m || m[0] === "") return undefined;
      at = re.lastIndex;
      return m[0];
    };
    const skip = (): void => {
      SEP.lastIndex = at;
      SEP.exec(text);
      at = SEP.lastIndex;
    };
    let command: string | undefined;
    while ((command = take(CMD))) {
      skip();
      let values: number[] = [];
      let value: string | undefined;
      while ((value = take((command === "A" || command === "a") && (values.length === 3 || values.length === 4) ? FLAG : NUM)) !== undefined) {
        skip();
        if (values.length === ARGS[command]) {
          run(command, values);
          values = [];
          if (command === "M") command = "L";
          else if (command === "m") command = "l";
        }
        values.push(Number(value));
      }
      if (values.length !== ARGS[command]) return undefined;
      run(command, values);
    }
    // svg-to-pdfkit draws what it parsed of a malformed path and warns: leave such art to it.
    return at === text.length ? out : undefined;
  };
  const ellipse = (cx: number, cy: number, rx: number, ry: number): Cmd[] => {
    const { out, run } = builder();
    run("M", [cx + rx, cy]);
    run("A", [rx, ry, 0, 0, 1, cx - rx, cy]);
    run("A", [rx, ry, 0, 0, 1, cx + rx, cy]);
    run("Z", []);
    return out;
  };

  // A subpath's length as svg-to-pdfkit measures it (curves in 18 steps): it skips subpaths of length 0 and,
  // for round or square caps, draws a dot for them instead; its first segment's start is where the dot goes.
  // A derivative's value at t, as svg-to-pdfkit's getCurveValue computes it (a missing cubic term is 0).
  const slope = (t: number, a: number, b: number, c: number): number => (a || 0) + (b || 0) * t + (c || 0) * t * t + 0 * t * t * t;
  const measure = (cmds: Cmd[]): { length: number; start?: [number, number] } => {
    let [sx, sy, cx, cy, length] = [0, 0, 0, 0, 0];
    let start: [number, number] | undefined;
    for (const v of cmds) {
      const kind = v[0];
      if (kind === "move") {
        [sx, sy, cx, cy] = [v[1]!, v[2]!, v[1]!, v[2]!];
        continue;
      }
      start ??= [cx, cy];
      if (kind === "curve") {
        const [p1x, p1y, c1x, c1y, c2x, c2y, p2x, p2y] = [cx, cy, v[1]!, v[2]!, v[3]!, v[4]!, v[5]!, v[6]!];
        const [ax, bx, kx] = [-3 * p1x + 3 * c1x, 6 * p1x - 12 * c1x + 6 * c2x, -3 * p1x + 9 * c1x - 9 * c2x + 3 * p2x];
        const [ay, by, ky] = [-3 * p1y + 3 * c1y, 6 * p1y - 12 * c1y + 6 * c2y, -3 * p1y + 9 * c1y - 9 * c2y + 3 * p2y];
        let sum = 0;
        for (let i = 1; i <= 18; i++) {
          const t = (i - 0.5) / 18;
          const dx = slope(t, ax, bx, kx) / 18;
          const dy = slope(t, ay, by, ky) / 18;
          sum = sum + Math.sqrt(dx * dx + dy * dy);
        }
        length += sum;
        [cx, cy] = [p2x, p2y];
      } else {
        const [ex, ey] = kind === "close" ? [sx, sy] : [v[1]!, v[2]!];
        length += Math.sqrt((ex - cx) * (ex - cx) + (ey - cy) * (ey - cy));
        [cx, cy] = [ex, ey];
      }
    }
    return { length, start };
  };
  const subpaths = (cmds: Cmd[]): Cmd[][] => {
    const out: Cmd[][] = [[]];
    cmds.forEach((c, i) => {
      if (c[0] === "move" && i !== 0) out.push([]);
      out[out.length - 1]!.push(c);
    });
    return out;
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
    const parts = subpaths(cmds).map((p) => ({ cmds: p, ...measure(p) }));
    const paint = (c: Color | "none", alpha: number): Color | undefined => (c !== "none" && opacity && alpha ? [c[0].slice(), c[1] * (alpha * opacity)] : undefined);
    const fillPaint = paint(resolved.fill, resolved.fillOpacity);
    const strokePaint = Math.abs(resolved.width) < 1e-10 ? undefined : paint(resolved.stroke, resolved.strokeOpacity);
    steps.push(() => {
      doc.save();
      if (fillPaint || strokePaint) {
        if (fillPaint) doc.fillColor(fillPaint[0] as unknown as string, fillPaint[1]);
        if (strokePaint) {
          for (const p of parts) {
            if (Math.abs(p.length) >= 1e-10 || !p.start || !(resolved.cap === "square" || resolved.cap === "round") || !(resolved.width > 0)) continue;
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
          if (!(p.length > 0)) continue;
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
