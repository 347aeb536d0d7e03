// The slice of fontkit's API nanosheet uses (the package ships no types).
declare module "fontkit" {
  export interface Path {
    toSVG(): string;
    commands: { command: string; args: number[] }[];
  }
  export interface Glyph {
    id: number;
    advanceWidth: number;
    path: Path;
    codePoints: number[];
  }
  export interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }
  export interface GlyphRun {
    glyphs: Glyph[];
    positions: GlyphPosition[];
    advanceWidth: number;
  }
  export interface Font {
    unitsPerEm: number;
    ascent: number;
    descent: number;
    capHeight: number;
    xHeight: number;
    familyName: string;
    characterSet: number[];
    /** OpenType feature tags the font's GSUB/GPOS tables offer. */
    availableFeatures: string[];
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
    layout(text: string, features?: string[] | Record<string, boolean>): GlyphRun;
    getGlyph(id: number): Glyph;
  }
  export function create(buffer: Buffer, postscriptName?: string): Font | { fonts: Font[] };
}
