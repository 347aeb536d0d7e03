// The drawn page as plain data: every stroke as pen paths (rough.js, seeded), every text run and emoji as
// placed. The SVG writer (index.ts) and the PDF writer (export/pdf-doc.ts) both draw from this, so the two
// files show the same strokes, and the PDF gets real text without parsing an SVG back.
import type { Box, EmojiMark, Mark, PageGeometry, PositionedPanel, PositionedSheet, TextMark } from "../model/positioned.js";
import { roughPaths, type PenPath } from "./rough.js";
import { emojiArt, type EmojiArt } from "./emoji.js";
import { gridLines, PAPER, type GridLines } from "./paper.js";
import { glyphRun } from "../fonts/glyphs.js";
import { monoOutline } from "./text.js";
import type { RunGlyph } from "../fonts/shape.js";

export interface PenOp {
  kind: "pen";
  paths: PenPath[];
}

/** Emoji art `key` (see DrawnPage.emoji) scaled to a `size` square whose top left is (x, y). */
export interface EmojiOp {
  kind: "emoji";
  x: number;
  y: number;
  size: number;
  key: string;
}

/**
 * A text run with its glyphs as shaped for the page: the SVG draws their outlines, the PDF writes their ids. A
 * fixed-advance run (code) also carries its outlines as placed, in page px: the PDF draws those and
 * writes the shaped glyphs invisibly over them, stretched to the run's width, for copying and search.
 */
export interface TextOp extends TextMark {
  run: RunGlyph[];
  outline?: string;
}

function textOp(m: TextMark): TextOp {
  const run = glyphRun(m.face, m.text);
  return m.cell === undefined ? { ...m, run } : { ...m, run, outline: monoOutline(m) };
}

export type DrawOp = PenOp | TextOp | EmojiOp;

export interface DrawnPage {
  page: PageGeometry;
  /** The paper colour and its grid lines (none on plain paper). */
  paper: { fill: string; lines: GridLines[] };
  /** Banner, subtitle and source line; undefined when the sheet has no title row. */
  title: DrawOp[] | undefined;
  /**
   * Each panel's drawing; `clip` (an overflowing panel drawn anyway) is the box it is clipped to. `box` is its
   * border as laid out: all it draws lies within a few px of it (or within `clip`).
   */
  panels: { id: string; ops: DrawOp[]; clip?: Box; box?: Box }[];
  /** The art of every emoji drawn, by key. */
  emoji: Record<string, EmojiArt>;
}

export function drawPage(sheet: PositionedSheet): DrawnPage {
  const emoji: Record<string, EmojiArt> = {};
  const ops = (marks: Mark[]): DrawOp[] => {
    const out: DrawOp[] = [];
    for (const m of marks) {
      const op = m.kind === "text" ? textOp(m) : m.kind === "emoji" ? emojiOp(m, sheet.page, emoji) : pen(m);
      if (op) out.push(op);
    }
    return out;
  };
  return {
    page: sheet.page,
    paper: { fill: PAPER, lines: gridLines(sheet.page.width, sheet.page.height, sheet.paper) },
    title: sheet.title ? ops(sheet.title.marks) : undefined,
    panels: sheet.panels.map((p) => {
      const marks = [...p.marks, ...p.blocks.flatMap((b) => b.marks)];
      if (!p.overflow) return { id: p.id, ops: ops(marks), box: p.box };
      const clip = clipBox(p);
      // Emoji past the clip would be hidden anyway, and resvg aborts on clipped art off its canvas.
      const inside = (m: Mark): boolean => m.kind !== "emoji" || (m.x >= clip.x && m.y >= clip.y && m.x + m.size <= clip.x + clip.width && m.y + m.size <= clip.y + clip.height);
      return { id: p.id, ops: ops(marks.filter(inside)), clip, box: p.box };
    }),
    emoji,
  };
}

/** An overflowing panel is clipped to its border, with room for the pen's wobble and the tape over the top edge. */
function clipBox(p: PositionedPanel): Box {
  const r = (n: number): number => Math.round(n * 100) / 100;
  return { x: r(p.box.x - 3), y: r(p.box.y - 4), width: r(p.box.width + 6), height: r(p.box.height + 7) };
}

function pen(m: Mark): PenOp | undefined {
  const paths = roughPaths(m);
  return paths.length > 0 ? { kind: "pen", paths } : undefined;
}

function emojiOp(m: EmojiMark, page: PageGeometry, used: Record<string, EmojiArt>): DrawOp | undefined {
  // Some emoji art uses clip paths; resvg aborts the process (a Rust panic) on a clipped group that lies
  // off the canvas. Only overflowing content can be there, and layout has already reported it.
  if (m.x < -0.5 || m.y < -0.5 || m.x + m.size > page.width + 0.5 || m.y + m.size > page.height + 0.5) return undefined;
  const art = emojiArt(m.emoji);
  if (!art) {
    // No art: a hand-drawn circle, never tofu (layout reported the missing emoji).
    const seed = Math.round(m.x * 7 + m.y * 13);
    return pen({ kind: "ellipse", cx: m.x + m.size / 2, cy: m.y + m.size / 2, width: m.size * 0.9, height: m.size * 0.9, style: { seed, stroke: "#868e96", strokeWidth: 1.2, roughness: 1 } });
  }
  used[art.key] = art;
  return { kind: "emoji", x: m.x, y: m.y, size: m.size, key: art.key };
}
