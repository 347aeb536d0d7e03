// PNG bytes from resvg's RGBA pixels, possibly rendered in horizontal bands. Each band's scanlines are
// deflated on their own, ending on a sync flush (byte-aligned, no final block), so the parts concatenate into
// the one zlib stream PNG wants; their adler32 checksums combine without reading the data again. resvg's own
// encoder spends ~180 ms on an A4 page at 300 dpi; zlib at level 1 with no row filters takes ~60 ms and, for a
// page of flat paper and pen strokes, makes a smaller file. Every function here is self-contained: the PNG
// worker runs them from their source text.

/** One band's scanlines, deflated: `data` ends on a sync flush; `adler` is zlib's adler32 of the `length` input bytes. */
export interface DeflatedPart {
  data: Uint8Array;
  adler: number;
  length: number;
}

/**
 * `rows` rows of the band's pixels from row `from`, each after its filter byte (0: none), as PNG's deflate
 * input wants them: into `out` when given (a reused chunk buffer), else into a new buffer just big enough.
 */
export function scanlines(pixels: Uint8Array, width: number, rows: number, from = 0, out?: Buffer): Buffer {
  const stride = width * 4;
  // Every byte is written below (filter byte, then the row), so the buffer need not be zeroed first.
  const raw = out ?? Buffer.allocUnsafe((stride + 1) * rows);
  for (let y = 0; y < rows; y++) {
    raw[y * (stride + 1)] = 0;
    raw.set(pixels.subarray((from + y) * stride, (from + y + 1) * stride), y * (stride + 1) + 1);
  }
  return raw;
}

/** zlib's adler32 (RFC 1950), for the in-process path; the worker gets it from zlib itself. */
export function adler32(buf: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < buf.length; ) {
    // 5552 bytes is the most that can be summed before the 32-bit sums need reducing (zlib's NMAX).
    const end = Math.min(i + 5552, buf.length);
    for (; i < end; i++) {
      a += buf[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** The one zlib stream of a PNG's scanlines from its band parts, in order. */
export function zlibFromParts(parts: DeflatedPart[]): Buffer {
  const BASE = 65521;
  // zlib's adler32_combine: the checksum of A‖B from those of A and B and B's length.
  const combine = (a1: number, a2: number, len2: number): number => {
    const rem = len2 % BASE;
    let sum1 = a1 & 0xffff;
    let sum2 = (rem * sum1) % BASE;
    sum1 += (a2 & 0xffff) + BASE - 1;
    sum2 += ((a1 >>> 16) & 0xffff) + ((a2 >>> 16) & 0xffff) + BASE - rem;
    if (sum1 >= BASE) sum1 -= BASE;
    if (sum1 >= BASE) sum1 -= BASE;
    if (sum2 >= BASE * 2) sum2 -= BASE * 2;
    if (sum2 >= BASE) sum2 -= BASE;
    return ((sum2 << 16) | sum1) >>> 0;
  };
  let adler = 1;
  for (const p of parts) adler = combine(adler, p.adler, p.length);
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(adler, 0);
  // zlib header for deflate at level 1 (0x78 0x01); after the parts, an empty final block (fixed Huffman).
  return Buffer.concat([Buffer.from([0x78, 0x01]), ...parts.map((p) => p.data), Buffer.from([0x03, 0x00]), trailer]);
}

/**
 * One PNG (8-bit RGBA, `width` × `height`) from the zlib stream of all its scanlines. `crc32` is zlib's own
 * (Node 20.15 and later), which checksums the ~1 MB IDAT chunk in well under a millisecond where the table loop
 * below takes ~8 ms; without it, the table loop.
 */
export function pngFromZlib(width: number, height: number, stream: Buffer, crc32?: (data: Uint8Array) => number): Buffer {
  let table: Int32Array | undefined;
  const checksum = (bytes: Uint8Array): number => {
    if (crc32) return crc32(bytes) | 0;
    if (!table) {
      table = new Int32Array(256);
      for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c;
      }
    }
    let c = -1;
    for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
    return ~c;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, "latin1");
    data.copy(out, 8);
    out.writeInt32BE(checksum(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter method variants, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", stream),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
