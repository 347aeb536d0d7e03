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
