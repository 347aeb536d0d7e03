// SVG path data as svg-to-pdfkit reads it, for plain emoji art in the PDF (pdf-art.ts): the same tokens, the
// same arithmetic for relative, smooth, quadratic and arc commands, the same subpath lengths, so the numbers
// written are the very numbers svg-to-pdfkit writes.

/** A path command in absolute coordinates: ["move", x, y], ["line", x, y], ["curve", 6 numbers] or ["close"]. */
export type ArtCmd = [string, ...number[]];

/** The path helpers drawPlainArt takes (passed in: the PDF worker runs both from their source text). */
export interface ArtShapes {
  /** A path's `d` as absolute commands, or undefined where svg-to-pdfkit would warn (malformed data). */
  pathShape(d: string): ArtCmd[] | undefined;
  /** A circle or ellipse as svg-to-pdfkit draws it: a move and two arcs. */
  ellipse(cx: number, cy: number, rx: number, ry: number): ArtCmd[];
  /**
   * How svg-to-pdfkit treats a subpath, by its length: drawn (length > 0), a dot for round or square caps
   * (length < 1e-10), and where that dot goes (its first segment's start).
   */
  classify(cmds: ArtCmd[]): { drawn: boolean; dot: boolean; start?: [number, number] };
  /** Commands split at each move after the first. */
  subpaths(cmds: ArtCmd[]): ArtCmd[][];
}

/** The path helpers. Self-contained: the PDF worker runs it from its source text. */
export function artShapes(): ArtShapes {
  type Cmd = ArtCmd;
  const NUMBER = /[-+]?(?:[0-9]+[.][0-9]+|[0-9]+[.]|[.][0-9]+|[0-9]+)(?:[eE][-+]?[0-9]+)?/;
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
    const [SEP, NUM, FLAG, CMD] = [/\s*,\s*|\s*/y, new RegExp(NUMBER.source, "y"), /[01]/y, /[astvzqmhlcASTVZQMHLC]/y];
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
  // Most subpaths plainly move: a segment with a point 0.001 or more from where it starts is far longer than
  // either threshold, so only the rest have their length summed (18 steps a curve, ~50 ms for the example's
  // emoji when every subpath was). No array destructuring here: unoptimised code pays for every iterator.
  const classify = (cmds: Cmd[]): { drawn: boolean; dot: boolean; start?: [number, number] } => {
    let sx = 0;
    let sy = 0;
    let cx = 0;
    let cy = 0;
    let start: [number, number] | undefined;
    for (const v of cmds) {
      if (v[0] === "move") {
        sx = cx = v[1]!;
        sy = cy = v[2]!;
        continue;
      }
      start ??= [cx, cy];
      if (v[0] === "close") {
        if (Math.abs(sx - cx) >= 1e-3 || Math.abs(sy - cy) >= 1e-3) return { drawn: true, dot: false, start };
        cx = sx;
        cy = sy;
        continue;
      }
      for (let i = 1; i < v.length; i++) if (Math.abs((v[i] as number) - (i % 2 === 1 ? cx : cy)) >= 1e-3) return { drawn: true, dot: false, start };
      cx = v[v.length - 2] as number;
      cy = v[v.length - 1] as number;
    }
    const { length } = measure(cmds);
    return { drawn: length > 0, dot: Math.abs(length) < 1e-10, start };
  };
  const subpaths = (cmds: Cmd[]): Cmd[][] => {
    const out: Cmd[][] = [[]];
    cmds.forEach((c, i) => {
      if (c[0] === "move" && i !== 0) out.push([]);
      out[out.length - 1]!.push(c);
    });
    return out;
  };

  return { pathShape, ellipse, classify, subpaths };
}
