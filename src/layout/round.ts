// Every coordinate leaves layout rounded to 0.01 px, so the SVG is byte-identical across runs and platforms.
import { round2, type Box, type Mark } from "../model/positioned.js";

export function roundBox(b: Box): Box {
  return { x: round2(b.x), y: round2(b.y), width: round2(b.width), height: round2(b.height) };
}

const pt = ([x, y]: [number, number]): [number, number] => [round2(x), round2(y)];

export function roundMark(m: Mark): Mark {
  switch (m.kind) {
    case "text":
      return { ...m, x: round2(m.x), y: round2(m.y), size: round2(m.size), width: round2(m.width) };
    case "emoji":
      return { ...m, x: round2(m.x), y: round2(m.y), size: round2(m.size) };
    case "rect":
    case "highlight":
      return { ...m, x: round2(m.x), y: round2(m.y), width: round2(m.width), height: round2(m.height) };
    case "ellipse":
      return { ...m, cx: round2(m.cx), cy: round2(m.cy), width: round2(m.width), height: round2(m.height) };
    case "line":
      return { ...m, x1: round2(m.x1), y1: round2(m.y1), x2: round2(m.x2), y2: round2(m.y2) };
    case "polyline":
    case "polygon":
    case "curve":
      return { ...m, points: m.points.map(pt) };
    case "path":
      return { ...m, d: m.d.replace(/-?\d+\.\d+/g, (n) => String(round2(Number(n)))) };
  }
}

export function roundMarks(marks: Mark[]): Mark[] {
  return marks.map(roundMark);
}
