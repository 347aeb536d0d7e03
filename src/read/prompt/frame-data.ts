// Frames a design tool's plugin exports as data: a JSON or YAML list of objects with a name and x, y, width and
// height (`{"name": "🤖 WHO ARE YOU?", "x": 32, "y": 148, "width": 650, "height": 392, "children": […]}`), in a
// fence of the layout section. Keys are told by meaning, as people and plugins spell them; a child holding
// text (`"characters": "…"`) is a line of its frame, a child with coordinates a frame of its own (which
// frame-layout.ts then finds inside its parent).
import { parse as parseYaml } from "yaml";
import { QUIET } from "./frontmatter.js";

export interface Frame {
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
  line: number;
  remark: string;
  notes: string[];
  /** Frames found inside this one (frame-layout.ts), drawn as its lines. */
  children?: Frame[];
}

const NAME = /^(?:name|title|label|heading|제목|이름)$/i;
const TEXT = /^(?:characters|text|content|내용|텍스트)$/i;
const AXES: [keyof Pick<Frame, "x" | "y" | "w" | "h">, RegExp][] = [
  ["x", /^(?:x|left)$/i],
  ["y", /^(?:y|top)$/i],
  ["w", /^(?:w|width)$/i],
  ["h", /^(?:h|height)$/i],
];

const num = (v: unknown): number | undefined => {
  const n = typeof v === "number" ? v : typeof v === "string" && /^\s*-?\d+(?:\.\d+)?\s*(?:px)?\s*$/i.test(v) ? parseFloat(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
};
const keyed = (o: Record<string, unknown>, re: RegExp): unknown => Object.entries(o).find(([k]) => re.test(k))?.[1];

/** The frames in the fenced JSON or YAML blocks among `lines` (`first` is the first one's file line). */
export function dataFrames(lines: readonly string[], first: number): Frame[] {
  const out: Frame[] = [];
  let open: number | undefined;
  lines.forEach((l, k) => {
    if (!/^\s*(?:```|~~~)/.test(l)) return;
    if (open === undefined) {
      open = k;
      return;
    }
    const body = lines.slice(open + 1, k);
    const at = first + open + 1;
    open = undefined;
    let data: unknown;
    try {
      data = parseYaml(body.join("\n"), QUIET);
    } catch {
      return;
    }
    const lineOf = (name: string): number => {
      const i = body.findIndex((b) => b.includes(name));
      return i < 0 ? at : at + i;
    };
    walk(data, out, lineOf);
  });
  return out;
}

function walk(v: unknown, out: Frame[], lineOf: (name: string) => number, parent?: Frame): void {
  if (Array.isArray(v)) {
    for (const x of v) walk(x, out, lineOf, parent);
    return;
  }
  if (!v || typeof v !== "object") return;
  const o = v as Record<string, unknown>;
  const name = keyed(o, NAME);
  const at = Object.fromEntries(AXES.map(([axis, re]) => [axis, num(keyed(o, re))])) as Partial<Record<"x" | "y" | "w" | "h", number>>;
  let frame: Frame | undefined;
  if (typeof name === "string" && name.trim() && at.x !== undefined && at.y !== undefined && at.w && at.h && at.w > 0 && at.h > 0) {
    const own = keyed(o, TEXT);
    frame = { name: name.trim(), x: at.x, y: at.y, w: at.w, h: at.h, line: lineOf(name.trim()), remark: "", notes: typeof own === "string" && own.trim() ? [own.trim()] : [] };
    out.push(frame);
  }
  const text = keyed(o, TEXT);
  const home = frame ?? parent;
  if (!frame && home && typeof text === "string" && text.trim()) home.notes.push(text.trim());
  for (const [k, child] of Object.entries(o)) if (child && typeof child === "object" && !NAME.test(k)) walk(child, out, lineOf, home);
}
