// Shared checks on binary outputs: PNG header, PDF page size and text, snapshot comparison.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";
import { drawnForm } from "../src/fonts/measure.js";

export const SNAPSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), "snapshots");

/** Width and height from the IHDR chunk, after checking the 8-byte PNG signature. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const magic = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!png.subarray(0, 8).equals(magic)) throw new Error("not a PNG (bad signature)");
  if (png.subarray(12, 16).toString("latin1") !== "IHDR") throw new Error("not a PNG (no IHDR first)");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export interface PdfFacts {
  pages: number;
  /** [x0, y0, x1, y1] of page 1, in points. */
  mediaBox: number[];
  /** Page 1's text runs in content-stream order. */
  items: string[];
  /** The same runs with their baseline origin and advance width in points, y up from the page's bottom. */
  placed: { str: string; x: number; y: number; width: number }[];
}

export async function pdfFacts(pdf: Buffer): Promise<PdfFacts> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, disableFontFace: true, verbosity: 0 })
    .promise;
  const page = await doc.getPage(1);
  const content = await page.getTextContent();
  const runs = content.items.flatMap((it) => ("str" in it ? [it] : []));
  const items = runs.map((it) => it.str);
  const placed = runs.map((it) => ({ str: it.str, x: it.transform[4] as number, y: it.transform[5] as number, width: it.width }));
  const facts = { pages: doc.numPages, mediaBox: [...page.view], items, placed };
  await doc.destroy();
  return facts;
}

/** True when every needle occurs in the text, each after the previous one (whitespace ignored). */
export function inOrder(items: string[], needles: string[]): { ok: boolean; missing?: string } {
  // Full-width marks no face draws are written in their plain form or a stand-in (drawnForm: `【` as `[`):
  // each needle is compared as drawn, then as NFKC.
  const squash = (s: string) => [...s].map((ch) => drawnForm(ch)).join("").normalize("NFKC").replace(/\s+/g, "");
  const hay = squash(items.join(""));
  let from = 0;
  for (const n of needles) {
    const at = hay.indexOf(squash(n), from);
    if (at < 0) return { ok: false, missing: n };
    from = at + squash(n).length;
  }
  return { ok: true };
}

/**
 * Compare a PNG against test/snapshots/<name>.png with a tolerance (anti-aliasing and rough.js jitter
 * differ slightly across resvg builds). A missing snapshot, or UPDATE_SNAPSHOTS=1, writes it instead.
 */
export function matchSnapshot(name: string, png: Buffer, maxDiffRatio = 0.005): { written: boolean; diffRatio: number } {
  const path = join(SNAPSHOT_DIR, `${name}.png`);
  if (process.env["UPDATE_SNAPSHOTS"] === "1" || !existsSync(path)) {
    mkdirSync(SNAPSHOT_DIR, { recursive: true });
    writeFileSync(path, png);
    return { written: true, diffRatio: 0 };
  }
  const want = PNG.sync.read(readFileSync(path));
  const got = PNG.sync.read(png);
  if (want.width !== got.width || want.height !== got.height) {
    throw new Error(`${name}: size ${got.width}×${got.height}, snapshot ${want.width}×${want.height}`);
  }
  const diff = pixelmatch(want.data, got.data, null, got.width, got.height, { threshold: 0.1 });
  const diffRatio = diff / (got.width * got.height);
  if (diffRatio > maxDiffRatio) {
    // Outside the repo, so a failed run leaves nothing to commit by mistake.
    const out = join(tmpdir(), `nanosheet-${name}.actual.png`);
    writeFileSync(out, png);
    throw new Error(`${name}: ${(diffRatio * 100).toFixed(2)}% pixels differ (limit ${maxDiffRatio * 100}%); see ${out}, and rerun with UPDATE_SNAPSHOTS=1 if the change is intended`);
  }
  return { written: false, diffRatio };
}
