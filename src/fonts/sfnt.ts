// A face's table directory, and its glyph outlines and advances read straight from its tables (the character
// map and the ligatures are opentype.ts): the outline as the SVG path data
// fontkit's `glyph.path.toSVG()` gives, rounded to whole font units; the advance as `glyph.advanceWidth`.
// A page measures and draws a few hundred distinct glyphs and fontkit decodes each through its generic table
// reader (for an advance, the whole 13,000-entry hmtx table and the glyph's header): on a cold start that was
// ~100 ms of the main thread. Same numbers, same contour walk (fontkit's TTFGlyph._getPath), same string:
// tested glyph for glyph.

interface Tables {
  view: DataView;
  hmtx: number;
  /** Glyphs with their own advance in hmtx; the rest share the last one. */
  hMetrics: number;
  glyf: number;
  /** Start of each glyph's data in `glyf`, one more than the glyph count. */
  offset: (id: number) => number;
}

/** Where each table starts, by tag. */
export function tableDirectory(sfnt: Uint8Array): Map<string, number> {
  let at = directories.get(sfnt);
  if (!at) {
    const view = viewOf(sfnt);
    at = new Map();
    for (let i = 0, n = view.getUint16(4); i < n; i++) {
      const rec = 12 + i * 16;
      at.set(String.fromCharCode(sfnt[rec]!, sfnt[rec + 1]!, sfnt[rec + 2]!, sfnt[rec + 3]!), view.getUint32(rec + 8));
    }
    directories.set(sfnt, at);
  }
  return at;
}

const directories = new WeakMap<Uint8Array, Map<string, number>>();

export function viewOf(sfnt: Uint8Array): DataView {
  return new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
}

export function unitsPerEm(sfnt: Uint8Array): number {
  const head = tableDirectory(sfnt).get("head");
  return head === undefined ? 1000 : viewOf(sfnt).getUint16(head + 18);
}

const tablesOf = new WeakMap<Uint8Array, Tables | null>();

function tables(sfnt: Uint8Array): Tables | null {
  const hit = tablesOf.get(sfnt);
  if (hit !== undefined) return hit;
  const view = viewOf(sfnt);
  const at = tableDirectory(sfnt);
  const [glyf, loca, head, hmtx, hhea] = [at.get("glyf"), at.get("loca"), at.get("head"), at.get("hmtx"), at.get("hhea")];
  let out: Tables | null = null;
  if (glyf !== undefined && loca !== undefined && head !== undefined && hmtx !== undefined && hhea !== undefined) {
    const long = view.getInt16(head + 50) === 1;
    const offset = long ? (id: number) => view.getUint32(loca + id * 4) : (id: number) => view.getUint16(loca + id * 2) * 2;
    out = { view, hmtx, hMetrics: view.getUint16(hhea + 34), glyf, offset };
  }
  tablesOf.set(sfnt, out);
  return out;
}

interface Point {
  on: boolean;
  x: number;
  y: number;
}

function contours(t: Tables, id: number): Point[][] {
  const { view } = t;
  const start = t.offset(id);
  if (start === t.offset(id + 1)) return [];
  let p = t.glyf + start;
  const count = view.getInt16(p);
  p += 10;
  if (count < 0) return composite(t, p);
  if (count === 0) return [];
  const ends: number[] = [];
  for (let i = 0; i < count; i++, p += 2) ends.push(view.getUint16(p));
  p += 2 + view.getUint16(p);
  const total = ends[ends.length - 1]! + 1;
  const flags: number[] = [];
  while (flags.length < total) {
    const flag = view.getUint8(p++);
    flags.push(flag);
    if (flag & 8) for (let r = view.getUint8(p++); r > 0; r--) flags.push(flag);
  }
  // fontkit reads as many coordinates as there are flags, a repeat overshooting the last contour included.
  // Index loops only: every glyph a page draws comes through here once, in code V8 has not optimised yet,
  // where for-of and forEach cost an iterator or a call per point.
  // One axis's coordinates (x: flag bits 2 and 16, then y: 4 and 32), read on from p.
  const axis = (short: number, same: number): number[] => {
    const coords: number[] = [];
    let v = 0;
    for (let i = 0; i < flags.length; i++) {
      const flag = flags[i]!;
      if (flag & short) v += flag & same ? view.getUint8(p++) : -view.getUint8(p++);
      else if (!(flag & same)) (v += view.getInt16(p)), (p += 2);
      coords.push(v);
    }
    return coords;
  };
  const xs = axis(2, 16);
  const ys = axis(4, 32);
  const out: Point[][] = [];
  let cur: Point[] = [];
  for (let i = 0; i < flags.length; i++) {
    cur.push({ on: (flags[i]! & 1) === 1, x: xs[i]!, y: ys[i]! });
    if (ends.includes(i)) (out.push(cur), (cur = []));
  }
  return out;
}

function composite(t: Tables, at: number): Point[][] {
  const { view } = t;
  const f2dot14 = (q: number): number => ((view.getUint8(q) << 24) | (view.getUint8(q + 1) << 16)) / 1073741824;
  const out: Point[][] = [];
  let p = at;
  let flags = 32;
  while (flags & 32) {
    flags = view.getUint16(p);
    const id = view.getUint16(p + 2);
    p += 4;
    const words = flags & 1;
    const dx = words ? view.getInt16(p) : view.getInt8(p);
    const dy = words ? view.getInt16(p + 2) : view.getInt8(p + 1);
    p += words ? 4 : 2;
    let [sx, s01, s10, sy] = [1, 0, 0, 1];
    if (flags & 8) ((sx = sy = f2dot14(p)), (p += 2));
    else if (flags & 64) ((sx = f2dot14(p)), (sy = f2dot14(p + 2)), (p += 4));
    else if (flags & 128) ((sx = f2dot14(p)), (s01 = f2dot14(p + 2)), (s10 = f2dot14(p + 4)), (sy = f2dot14(p + 6)), (p += 8));
    for (const c of contours(t, id)) out.push(c.map((pt) => ({ on: pt.on, x: pt.x * sx + pt.y * s01 + dx, y: pt.y * sy + pt.x * s10 + dy })));
  }
  return out;
}

/** As toSVG() rounds (to 0.01), then to the whole unit the glyph cache keeps. */
function n(v: number): string {
  const r = Math.round(v * 100) / 100;
  return String(Number.isInteger(r) ? r : Math.round(r));
}

/** A glyph's outline as SVG path data in font units (y up), or undefined for a face without `glyf`. */
export function glyphOutline(sfnt: Uint8Array, id: number): string | undefined {
  const t = tables(sfnt);
  if (!t) return undefined;
  let d = "";
  const q = (a: Point, b: Point): void => void (d += `Q${n(a.x)} ${n(a.y)} ${n(b.x)} ${n(b.y)}`);
  for (const contour of contours(t, id)) {
    if (contour.length === 0) continue;
    let first = contour[0]!;
    const last = contour[contour.length - 1]!;
    let start = 0;
    let curve: Point | null = null;
    if (first.on) start = 1;
    else {
      first = last.on ? last : { on: false, x: (first.x + last.x) / 2, y: (first.y + last.y) / 2 };
      curve = first;
    }
    d += `M${n(first.x)} ${n(first.y)}`;
    for (let j = start; j < contour.length; j++) {
      const pt = contour[j]!;
      const prev = j === 0 ? first : contour[j - 1]!;
      if (prev.on && pt.on) d += `L${n(pt.x)} ${n(pt.y)}`;
      else if (prev.on) curve = pt;
      else if (!pt.on) {
        q(prev, { on: false, x: (prev.x + pt.x) / 2, y: (prev.y + pt.y) / 2 });
        curve = pt;
      } else {
        q(curve!, pt);
        curve = null;
      }
    }
    if (curve) q(curve, first);
    d += "Z";
  }
  return d;
}

/** A glyph's advance width in font units, or undefined for a face without `glyf`. */
export function glyphAdvance(sfnt: Uint8Array, id: number): number | undefined {
  const t = tables(sfnt);
  if (!t || t.hMetrics === 0) return undefined;
  return t.view.getUint16(t.hmtx + Math.min(id, t.hMetrics - 1) * 4);
}
