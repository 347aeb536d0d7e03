// Shaping, once per face and string: the glyphs a run of text is set in, with their advances. Layout
// measures with it and draw places the very same glyphs, so a string is shaped once however often it is
// measured and drawn.
import type { FaceId } from "../model/positioned.js";
import { loadFace, plainGlyph } from "./faces.js";
import { glyphAdvance } from "./sfnt.js";
import { TextCache } from "./cache.js";

/**
 * One glyph of a run, blanks included, in font units: its id, its own advance (a PDF's width for it), where
 * the pen moves after it (kerning applied), its offset, and the code points it stands for (what copying or
 * searching a PDF finds).
 */
export interface RunGlyph {
  id: number;
  advance: number;
  xAdvance: number;
  dx: number;
  dy: number;
  codePoints: number[];
}

export interface Shaped {
  glyphs: RunGlyph[];
  /** Sum of the pen moves, font units. */
  advance: number;
}

const cache = new TextCache<FaceId, Shaped>();

/**
 * A plain face (no OpenType features, or drawn unshaped) sets one glyph per code point with its own
 * advance; the others set ligatures as their tables say (opentype.ts), or through fontkit's layout where
 * that cannot say.
 */
export function shape(face: FaceId, text: string): Shaped {
  const hit = cache.get(face, text);
  if (hit) return hit;
  const f = loadFace(face);
  const glyphs: RunGlyph[] = [];
  let advance = 0;
  let own: ReturnType<typeof f.shaper.shape>;
  if (f.plain) {
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const g = plainGlyph(f, cp);
      glyphs.push({ id: g.id, advance: g.advanceWidth, xAdvance: g.advanceWidth, dx: 0, dy: 0, codePoints: [cp] });
      advance += g.advanceWidth;
    }
  } else if ((own = f.shaper.shape(text))) {
    for (const g of own) {
      const width = glyphAdvance(f.data, g.id) ?? f.font.getGlyph(g.id).advanceWidth;
      const xAdvance = g.mark ? 0 : width;
      glyphs.push({ id: g.id, advance: width, xAdvance, dx: 0, dy: 0, codePoints: g.codePoints });
      advance += xAdvance;
    }
  } else {
    const run = f.font.layout(text);
    run.glyphs.forEach((g, i) => {
      const pos = run.positions[i];
      const xAdvance = pos?.xAdvance ?? g.advanceWidth;
      glyphs.push({ id: g.id, advance: g.advanceWidth, xAdvance, dx: pos?.xOffset ?? 0, dy: pos?.yOffset ?? 0, codePoints: g.codePoints });
      advance += xAdvance;
    });
  }
  const out = { glyphs, advance };
  cache.set(face, text, out);
  return out;
}
