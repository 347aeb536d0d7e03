// fontkit and pdfkit cannot read fontsource's WOFF files, so we rebuild the plain sfnt (TTF/OTF) once in memory.
// WOFF 1.0 is the sfnt's tables, each optionally zlib-compressed, behind a 44-byte header.

/** Self-contained, zlib passed in: the PDF worker runs it from its source text too. */
export function woffToSfnt(woff: Buffer, inflate: (data: Buffer) => Buffer): Buffer {
  if (woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("not a WOFF 1.0 file");
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 16 * 2 ** entrySelector;
  const header = Buffer.alloc(12 + 16 * numTables);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - searchRange, 10);

  const chunks: Buffer[] = [header];
  let offset = header.length;
  for (let i = 0; i < numTables; i++) {
    const dir = 44 + i * 20;
    const tag = woff.readUInt32BE(dir);
    const at = woff.readUInt32BE(dir + 4);
    const compLength = woff.readUInt32BE(dir + 8);
    const origLength = woff.readUInt32BE(dir + 12);
    const checksum = woff.readUInt32BE(dir + 16);
    const raw = woff.subarray(at, at + compLength);
    const data = compLength < origLength ? inflate(raw) : raw;
    const rec = 12 + 16 * i;
    header.writeUInt32BE(tag, rec);
    header.writeUInt32BE(checksum, rec + 4);
    header.writeUInt32BE(offset, rec + 8);
    header.writeUInt32BE(origLength, rec + 12);
    const pad = (4 - (data.length % 4)) % 4;
    chunks.push(data, Buffer.alloc(pad));
    offset += data.length + pad;
  }
  return Buffer.concat(chunks);
}
