// Stage 3, `draw`: PositionedSheet → SVG string, through the drawn page (page.ts). Draws what layout placed
// and measures nothing itself. Deterministic: same sheet → byte-identical SVG (seeded rough.js, coordinates
// rounded to 0.01 px). Text is glyph outlines, so the SVG and the PNG look the same with no font installed.
import type { PositionedSheet } from "../model/positioned.js";
import { pathSvg } from "./rough.js";
import { paperSvg } from "./paper.js";
import { GlyphDefs, textAsPaths } from "./text.js";
import { drawPage, type DrawOp, type DrawnPage, type EmojiOp } from "./page.js";
import type { EmojiArt } from "./emoji.js";
import { escapeAttr } from "./escape.js";

export { hasEmoji, emojiKey } from "./emoji.js";
export { drawPage, type DrawnPage, type DrawOp } from "./page.js";

function r2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The SVG of a whole sheet. */
export function drawSvg(sheet: PositionedSheet): string {
  return svgOf(drawPage(sheet));
}

/** The SVG of a drawn page. */
export function svgOf(drawn: DrawnPage): string {
  return joinSvg(svgParts(drawn));
}

/**
 * The SVG of a drawn page in its parts, in document order: the root tag, the defs, the paper, the title's
 * group and one group per panel. The PNG bands (export/png-bands.ts) join them without the panels that lie
 * outside a band, so resvg parses and converts only what it draws.
 */
export interface SvgParts {
  open: string;
  defs: string;
  paper: string;
  title: string;
  panels: string[];
}

/** The parts joined: the whole page, or the page with only the panels given. */
export function joinSvg(parts: SvgParts, panels: string[] = parts.panels): string {
  return parts.open + parts.defs + parts.paper + parts.title + panels.join("") + `</svg>\n`;
}

export function svgParts(drawn: DrawnPage): SvgParts {
  const glyphs = new GlyphDefs();
  const op = (o: DrawOp): string => {
    switch (o.kind) {
      case "text":
        return textAsPaths(o, glyphs);
      case "emoji":
        return emojiUse(o, drawn.emoji[o.key]!);
      case "pen":
        return o.paths.map(pathSvg).join("");
    }
  };
  const title = drawn.title ? `<g class="title">${drawn.title.map(op).join("")}</g>` : "";
  const panels = drawn.panels.map((p) => {
    const ops = p.ops.map(op).join("");
    const id = escapeAttr(p.id);
    if (!p.clip) return `<g class="panel" id="panel-${id}">${ops}</g>`;
    // An overflowing panel drawn anyway is clipped to its border rather than drawn across its neighbours.
    const c = p.clip;
    const clip = `<clipPath id="panel-${id}-clip"><rect x="${r2(c.x)}" y="${r2(c.y)}" width="${r2(c.width)}" height="${r2(c.height)}"/></clipPath>`;
    return `<g class="panel" id="panel-${id}"><defs>${clip}</defs><g clip-path="url(#panel-${id}-clip)">${ops}</g></g>`;
  });
  const { width, height, widthMm, heightMm } = drawn.page;
  // The drawn page carries the art of exactly the emoji it draws.
  const defs = glyphs.svg() + Object.keys(drawn.emoji).sort().map((k) => emojiDef(`emoji-${k}`, drawn.emoji[k]!)).join("");
  return {
    open: `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${r2(widthMm)}mm" height="${r2(heightMm)}mm" viewBox="0 0 ${r2(width)} ${r2(height)}">`,
    defs: defs ? `<defs>${defs}</defs>` : "",
    paper: paperSvg(width, height, drawn.paper),
    title,
    panels,
  };
}

// Some Noto art keeps stray shapes outside its viewBox (📦 holds extra boxes and a white sheet there); a
// browser clips them away with a nested <svg>, but resvg aborts on one outside the canvas, so the art is an
// inlined <g> that clips itself.
function emojiDef(id: string, art: EmojiArt): string {
  const clip = `<clipPath id="${id}-clip"><rect x="${art.left}" y="${art.top}" width="${art.width}" height="${art.height}"/></clipPath>`;
  return `${clip}<g id="${id}" clip-path="url(#${id}-clip)">${art.body}</g>`;
}

/** The <use> that places one emoji; the PNG bands leave out the ones outside a band by this exact text. */
export function emojiUse(o: EmojiOp, art: EmojiArt): string {
  const k = Math.round((o.size / Math.max(art.width, art.height)) * 1e5) / 1e5;
  const shift = art.left || art.top ? ` translate(${-art.left} ${-art.top})` : "";
  return `<use href="#emoji-${o.key}" transform="translate(${r2(o.x)} ${r2(o.y)}) scale(${k})${shift}"/>`;
}
