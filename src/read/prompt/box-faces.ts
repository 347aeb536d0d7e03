// Boxes in the clean grid: every rectangle whose four sides are border lines, found from its top-left
// corner (a corner, tee or cross with arms right and down). Cells of a frame split by ├┬┼ are rectangles
// too, so a sidebar drawn with ┬ … ┤ … ┴ is one tall face. Faces nest: a face's parent is the smallest
// face around it.
import { DOWN, LEFT, RIGHT, UP, type Grid, type Placed } from "./box-grid.js";

export interface Face {
  /** Grid lines and columns of the border (inclusive). */
  top: number;
  bottom: number;
  left: number;
  right: number;
  parent?: Face;
  children: Face[];
  /** Text per interior line that belongs to this face and to none inside it (line index → characters). */
  text: Map<number, Placed[]>;
}

function trace(arms: number[][], top: number, left: number): Face | undefined {
  const row = arms[top]!;
  let right = left + 1;
  while (right < row.length && !(row[right]! & DOWN)) {
    if (!(row[right]! & LEFT)) return undefined;
    right++;
  }
  if (right >= row.length) return undefined;
  const down = (col: number, stop: number): number => {
    let r = top + 1;
    while (r < arms.length && !(arms[r]![col]! & stop)) {
      if (!(arms[r]![col]! & UP)) return -1;
      r++;
    }
    return r < arms.length && arms[r]![col]! & UP ? r : -1;
  };
  const bl = down(left, RIGHT);
  const br = down(right, LEFT);
  if (bl < 0 || br < 0) return undefined;
  let bottom = bl;
  if (bl !== br) {
    // The shorter side met a tee whose bar does not reach across: keep the line both sides reach.
    bottom = Math.max(bl, br);
    const side = bl < br ? left : right;
    for (let r = top + 1; r < bottom; r++) if (!(arms[r]![side]! & UP)) return undefined;
  }
  if (bottom - top < 2 || right - left < 2) return undefined;
  return { top, bottom, left, right, children: [], text: new Map() };
}

export function findFaces(grid: Grid): Face[] {
  const faces: Face[] = [];
  grid.arms.forEach((row, r) => {
    row.forEach((a, c) => {
      if (a & RIGHT && a & DOWN) {
        const f = trace(grid.arms, r, c);
        if (f) faces.push(f);
      }
    });
  });
  const area = (f: Face): number => (f.bottom - f.top) * (f.right - f.left);
  const inside = (a: Face, b: Face): boolean => a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right && area(a) < area(b);
  const bySize = [...faces].sort((a, b) => area(a) - area(b));
  for (const f of faces) {
    const parent = bySize.find((p) => p !== f && inside(f, p));
    if (parent) {
      f.parent = parent;
      parent.children.push(f);
    }
  }
  for (const f of faces) f.children.sort((a, b) => a.top - b.top || a.left - b.left);
  grid.texts.forEach((chars, r) => {
    for (const ch of chars) {
      // Words in a top border (`┌─ TITLE ─┐`, `├─ TITLE ─┤`) title the box below that line.
      const home =
        bySize.find((f) => r === f.top && ch.col > f.left && ch.col < f.right) ??
        bySize.find((f) => r > f.top && r < f.bottom && ch.col > f.left && ch.col < f.right);
      if (!home) continue;
      const list = home.text.get(r) ?? [];
      list.push(ch);
      home.text.set(r, list);
    }
  });
  return faces.filter((f) => !f.parent).sort((a, b) => a.top - b.top || a.left - b.left);
}

/** A face's text on one line as a string (spaces kept where columns were skipped). */
export function lineText(chars: Placed[]): string {
  let out = "";
  let col = -1;
  for (const c of chars) {
    if (col >= 0 && c.col > col) out += " ";
    out += c.ch;
    col = c.col + c.width;
  }
  return out;
}

/**
 * Words written beside the drawing, left or right of every box (`├───┬───┤  ← 좌 2 : 우 1`): notes on the
 * line they stand on, by grid line. The edge is that line's own boxes': rows typed a column or two narrower
 * than the widest (wide Hangul miscounted) still have their `┛ 30%` beside them, not cut at the widest row's edge.
 */
export function marginNotes(grid: Grid, faces: Face[]): { line: number; text: string }[] {
  if (faces.length === 0) return [];
  const edges = (line: number): [number, number] => {
    const on = faces.filter((f) => line >= f.top && line <= f.bottom);
    const of = on.length ? on : faces;
    return [Math.min(...of.map((f) => f.left)), Math.max(...of.map((f) => f.right))];
  };
  const out: { line: number; text: string }[] = [];
  grid.texts.forEach((chars, line) => {
    const [left, right] = edges(line);
    for (const side of [chars.filter((c) => c.col > right), chars.filter((c) => c.col < left)]) {
      const text = lineText(side).replace(/\s+/g, " ").trim();
      if (/[\p{L}\p{N}]/u.test(text)) out.push({ line, text });
    }
  });
  return out;
}

