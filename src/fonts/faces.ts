// The font faces nanosheet draws with, all from @fontsource packages (no system fonts, no network).
// Each face has its own family name: PDF and SVG text consumers map one family to one font file.
import { readFileSync, statSync } from "node:fs";
import { builtFile } from "../built.js";
import { inflateSync } from "node:zlib";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type * as fontkit from "fontkit";
import type { FaceId } from "../model/positioned.js";
import { woffToSfnt } from "./woff.js";
import { glyphAdvance, unitsPerEm } from "./sfnt.js";
import { cmapOf, shaperOf, type Shaper } from "./opentype.js";

export interface FaceSpec {
  id: FaceId;
  /** Family name used in SVG/PDF text output. */
  family: string;
  pkg: string;
  file: string;
  /** Size multiplier so every face looks the same size next to the others at one nominal px. */
  scale: number;
  /**
   * Draw one glyph per code point without OpenType shaping. The symbol faces only ever draw a lone arrow or
   * sign between runs of handwriting, where their features (math variants, kerning) change nothing, and
   * decoding their lookup tables on first use cost ~25 ms of every build.
   */
  unshaped?: boolean;
}

// Nanum Pen Script draws small and its Latin capitals read as lowercase, so Latin goes to Patrick Hand
// and Hangul is scaled up to match Patrick Hand's cap height.
export const FACE_SPECS: Record<FaceId, FaceSpec> = {
  hand: { id: "hand", family: "Nanum Pen Script", pkg: "@fontsource/nanum-pen-script", file: "nanum-pen-script-korean-400-normal.woff", scale: 1.22 },
  latin: { id: "latin", family: "Patrick Hand", pkg: "@fontsource/patrick-hand", file: "patrick-hand-latin-400-normal.woff", scale: 1 },
  title: { id: "title", family: "Kalam Bold", pkg: "@fontsource/kalam", file: "kalam-latin-700-normal.woff", scale: 1 },
  math: { id: "math", family: "Noto Sans Math", pkg: "@fontsource/noto-sans-math", file: "noto-sans-math-latin-400-normal.woff", scale: 0.9, unshaped: true },
  symbols: { id: "symbols", family: "Noto Sans Symbols 2", pkg: "@fontsource/noto-sans-symbols-2", file: "noto-sans-symbols-2-symbols-400-normal.woff", scale: 0.9, unshaped: true },
};

export const FACE_IDS = Object.keys(FACE_SPECS) as FaceId[];

export interface Face {
  spec: FaceSpec;
  /** The sfnt bytes (TTF/OTF), for pdfkit and resvg. */
  data: Buffer;
  /** fontkit's view of the face, parsed on first use: only strings and faces opentype.ts cannot set need it. */
  readonly font: fontkit.Font;
  unitsPerEm: number;
  /** The glyph id for a code point, 0 for none. */
  cmap: (cp: number) => number;
  shaper: Shaper;
  /**
   * The face has no OpenType features (or is drawn `unshaped`), so shaping is just one glyph per code point with
   * its own advance. The Korean hand is such a face.
   */
  plain: boolean;
  /** Glyph per code point, filled as characters are met (plain faces only). */
  glyphs: Map<number, PlainGlyph>;
  /** Whether the face has a glyph for a code point, filled as characters are asked about. */
  covers: Map<number, boolean>;
}

const require = createRequire(import.meta.url);

// fontkit is required only when a face or string needs it (see opentype.ts): loading it is ~20 ms of a cold start.
let fontkitLoaded: typeof fontkit | undefined;
function fontkitModule(): typeof fontkit {
  return (fontkitLoaded ??= require("fontkit") as typeof fontkit);
}

const cache = new Map<FaceId, Face>();

// Where each face's files are, looked up once: a build asks for every face's files twice, for layout and for
// the PDF worker, before either has done anything else.
const paths = new Map<string, string>();
const unpacked = new Map<string, string | undefined>();

export function fontPath(spec: FaceSpec): string {
  let path = paths.get(spec.file);
  if (path === undefined) paths.set(spec.file, (path = join(dirname(require.resolve(`${spec.pkg}/package.json`)), "files", spec.file)));
  return path;
}

/**
 * Where `npm run build` leaves the face already unpacked (the Korean face takes ~20 ms to inflate):
 * dist/fonts/<file>.<WOFF size>.ttf. The size in the name ties it
 * to the WOFF it came from; without a match the WOFF is unpacked here.
 */
export function unpackedPath(spec: FaceSpec, woffSize: number): string {
  return `${spec.file}.${woffSize}.ttf`;
}

/** The unpacked face's path when the build left one for this WOFF. */
export function unpackedFile(spec: FaceSpec): string | undefined {
  if (!unpacked.has(spec.file)) unpacked.set(spec.file, builtFile(`fonts/${unpackedPath(spec, statSync(fontPath(spec)).size)}`));
  return unpacked.get(spec.file);
}

function readUnpacked(spec: FaceSpec): Buffer | undefined {
  const file = unpackedFile(spec);
  return file ? readFileSync(file) : undefined;
}

/** Load a face once per process (the Korean face is ~3 MB unpacked; its tables are read as they are needed). */
export function loadFace(id: FaceId): Face {
  const hit = cache.get(id);
  if (hit) return hit;
  const spec = FACE_SPECS[id];
  const data = readUnpacked(spec) ?? woffToSfnt(readFileSync(fontPath(spec)), inflateSync);
  let font: fontkit.Font | undefined;
  const parsed = (): fontkit.Font => (font ??= fontkitModule().create(data) as fontkit.Font);
  const cmap = cmapOf(data) ?? ((cp: number) => parsed().glyphForCodePoint(cp).id);
  const shaper = shaperOf(data, cmap);
  const face: Face = {
    spec, data, unitsPerEm: unitsPerEm(data), cmap, shaper, plain: spec.unshaped === true || shaper.plain, glyphs: new Map(), covers: new Map(),
    get font() {
      return parsed();
    },
  };
  cache.set(id, face);
  return face;
}

/** A glyph's id and advance in font units. */
export interface PlainGlyph {
  id: number;
  advanceWidth: number;
}

/** The glyph fontkit's layout() would pick for one code point in a plain face. */
export function plainGlyph(face: Face, cp: number): PlainGlyph {
  let g = face.glyphs.get(cp);
  if (!g) {
    const id = face.cmap(cp);
    g = { id, advanceWidth: glyphAdvance(face.data, id) ?? face.font.getGlyph(id).advanceWidth };
    face.glyphs.set(cp, g);
  }
  return g;
}

// Every character of every line is asked about, in up to four faces: one cmap lookup per character.
export function hasGlyph(id: FaceId, codePoint: number): boolean {
  const face = loadFace(id);
  let has = face.covers.get(codePoint);
  if (has === undefined) face.covers.set(codePoint, (has = face.cmap(codePoint) !== 0));
  return has;
}
