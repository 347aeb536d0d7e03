// The PDF worker's fontkit fonts, made lighter to load (see pdf-worker.ts).

/**
 * Give a parsed fontkit font a `post` table of just its header. pdfkit reads only `isFixedPitch` and
 * `italicAngle` from it, but fontkit decodes the whole table, and the Korean face's lists a name for each of
 * its 11,000 glyphs (~80 ms). Self-contained: the PDF worker runs it from its source text.
 */
export function lightPost(font: { directory: { tables: Record<string, { offset: number } | undefined> }; stream: { buffer: Uint8Array }; _tables: Record<string, unknown> }): void {
  const table = font.directory.tables["post"];
  if (!table || font._tables["post"]) return;
  const bytes = font.stream.buffer;
  const view = new DataView(bytes.buffer, bytes.byteOffset + table.offset, 16);
  font._tables["post"] = {
    version: view.getInt32(0) / 65536,
    italicAngle: view.getInt32(4) / 65536,
    underlinePosition: view.getInt16(8),
    underlineThickness: view.getInt16(10),
    isFixedPitch: view.getUint32(12),
  };
}

/** The parts of a fontkit TrueType font and its subset that `fastSubset` touches. */
interface SubsetFont {
  createSubset(): unknown;
  loca?: { offsets: number[] };
  hmtx: unknown;
  _variationProcessor?: unknown;
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
  getGlyph(id: number): { _getTableMetrics(table: unknown): { advance: number; bearing: number } };
}
interface TtfSubset {
  _addGlyph(id: number): number;
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
}

/**
 * Subset a face without decoding its glyphs' outlines. fontkit's TrueType subset decodes each kept glyph
 * whole (every point and flag) only to learn whether it is composite, and its bounding box for vertical
 * metrics it never writes; a simple glyph's bytes are copied as they are either way. This reads the contour
 * count from the glyph's first two bytes and the advance and bearing from hmtx, and leaves composite glyphs
 * and variable faces to fontkit. The subset's bytes are the same (tested); the example's PDF embeds ~300
 * glyphs, ~20 ms on a cold worker. Self-contained: the PDF worker runs it from its source text.
 */
export function fastSubset(font: SubsetFont): void {
  const create = font.createSubset;
  font.createSubset = function (this: SubsetFont) {
    const subset = create.call(this) as TtfSubset;
    const slow = subset._addGlyph;
    const loca = this.loca;
    if (typeof slow !== "function" || !loca || this._variationProcessor) return subset;
    subset._addGlyph = function (this: TtfSubset, id: number): number {
      const [start, end] = [loca.offsets[id]!, loca.offsets[id + 1]!];
      const stream = font._getTableStream("glyf");
      stream.pos += start;
      const bytes = stream.readBuffer(end - start);
      // A negative contour count (sign bit set) is a composite glyph: fontkit adds its components too.
      if (bytes.length >= 2 && bytes[0]! & 0x80) return slow.call(this, id);
      this.glyf.push(bytes);
      this.loca.offsets.push(this.offset);
      const { advance, bearing } = font.getGlyph(id)._getTableMetrics(font.hmtx);
      this.hmtx.metrics.push({ advance, bearing });
      this.offset += bytes.length;
      return this.glyf.length - 1;
    };
    return subset;
  };
}
