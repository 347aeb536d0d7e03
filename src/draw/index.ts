// Stage 3, `draw`: PositionedSheet → SVG string. Draws what layout placed and measures nothing itself.
// Deterministic: same sheet → byte-identical SVG (seeded rough.js, coordinates rounded to 0.01 px).
import type { EmojiMark, Mark, PositionedSheet } from "../model/positioned.js";
import { roughSvg } from "./rough.js";
import { paperSvg } from "./paper.js";
import { GlyphDefs, textAsPaths, textAsText } from "./text.js";
import { emojiArt } from "./emoji.js";

export { hasEmoji, emojiKey } from "./emoji.js";

export interface DrawOptions {
  /** `paths` draws glyph outlines (default); `text` emits <text> for a PDF with selectable text. */
  text?: "paths" | "text";
}

function r2(n: number): number {
  return Math.round(n * 100) / 100;
}

class EmojiDefs {
  private used = new Map<string, string>();

  /** `nested`: each emoji as its own <svg> viewport (the PDF's text-mode SVG; see draw()). */
  constructor(
    private readonly page: { width: number; height: number },
    private readonly nested = false,
  ) {}

  /** A <use> of the emoji art scaled to the mark, or a hand-drawn circle when there is no art. */
  draw(m: EmojiMark): string {
    // Some emoji art uses clip paths; resvg aborts the process (a Rust panic) on a clipped group that lies
    // off the canvas. Only overflowing content can be there, and layout has already reported it.
    const { width, height } = this.page;
    if (m.x < -0.5 || m.y < -0.5 || m.x + m.size > width + 0.5 || m.y + m.size > height + 0.5) return "";
    const art = emojiArt(m.emoji);
    if (!art) {
      return roughSvg({ kind: "ellipse", cx: m.x + m.size / 2, cy: m.y + m.size / 2, width: m.size * 0.9, height: m.size * 0.9, style: { seed: Math.round(m.x * 7 + m.y * 13), stroke: "#868e96", strokeWidth: 1.2, roughness: 1 } });
    }
    const id = `emoji-${art.key}`;
    // Some Noto art keeps stray shapes outside its viewBox (📦 holds extra boxes and a white sheet there);
    // a browser clips them away with the nested <svg>, an inlined <g> must clip them itself. For the PDF the
    // art goes in a nested <svg> after all: svg-to-pdfkit clips a viewport with one rectangle, where a
    // clip-path made it measure every shape of the art (~100 ms a page). resvg never sees that variant.
    if (this.nested) {
      this.used.set(id, `<g id="${id}">${art.body}</g>`);
      return `<svg x="${r2(m.x)}" y="${r2(m.y)}" width="${r2(m.size)}" height="${r2(m.size)}" viewBox="${art.left} ${art.top} ${art.width} ${art.height}"><use href="#${id}"/></svg>`;
    }
    const clip = `<clipPath id="${id}-clip"><rect x="${art.left}" y="${art.top}" width="${art.width}" height="${art.height}"/></clipPath>`;
    this.used.set(id, `${clip}<g id="${id}" clip-path="url(#${id}-clip)">${art.body}</g>`);
    const k = Math.round((m.size / Math.max(art.width, art.height)) * 1e5) / 1e5;
    const shift = art.left || art.top ? ` translate(${-art.left} ${-art.top})` : "";
    return `<use href="#${id}" transform="translate(${r2(m.x)} ${r2(m.y)}) scale(${k})${shift}"/>`;
  }

  svg(): string {
    return [...this.used.keys()].sort().map((k) => this.used.get(k)).join("");
  }
}

export function drawSvg(sheet: PositionedSheet, opts: DrawOptions = {}): string {
  const mode = opts.text ?? "paths";
  const glyphs = new GlyphDefs();
  const emoji = new EmojiDefs(sheet.page, mode === "text");
  const mark = (m: Mark): string => {
    if (m.kind === "text") return mode === "paths" ? textAsPaths(m, glyphs) : textAsText(m);
    if (m.kind === "emoji") return emoji.draw(m);
    return roughSvg(m);
  };
  const body: string[] = [];
  if (sheet.title) body.push(`<g class="title">${sheet.title.marks.map(mark).join("")}</g>`);
  for (const p of sheet.panels) {
    const inner = [...p.marks, ...p.blocks.flatMap((b) => b.marks)].map(mark).join("");
    body.push(`<g class="panel" id="panel-${p.id}">${inner}</g>`);
  }
  const { width, height, widthMm, heightMm } = sheet.page;
  const defs = glyphs.svg() + emoji.svg();
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${r2(widthMm)}mm" height="${r2(heightMm)}mm" viewBox="0 0 ${r2(width)} ${r2(height)}">` +
    (defs ? `<defs>${defs}</defs>` : "") +
    paperSvg(width, height, sheet.paper) +
    body.join("") +
    `</svg>\n`
  );
}
