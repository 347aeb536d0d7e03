// The PDF on a worker thread: pdfkit, svg-to-pdfkit and the fonts load there while the main thread reads
// and lays out, and the PDF then renders beside the PNG instead of after it.
import { createRequire } from "node:module";
import { FACE_IDS, FACE_SPECS, fontPath, unpackedFile } from "../fonts/faces.js";
import { woffToSfnt } from "../fonts/woff.js";
import type { PageGeometry } from "../model/positioned.js";
import { failed, pagePoints, pdfFromSvg, type PdfOptions } from "./pdf-doc.js";
import { startWorker } from "./worker.js";

const require = createRequire(import.meta.url);

/** A PDF render on a worker thread, started (and pdfkit loaded) before its SVG exists. */
export interface PdfWorker {
  render(svgTextMode: string, page: PageGeometry, opts?: PdfOptions): Promise<Buffer>;
  cancel(): void;
}

// Runs on the worker: it reads and unpacks the font files it needs itself, the same way faces.ts does.
const SETUP = `function (data) {
  const PDFDocument = require(data.pdfkit);
  const svgToPdf = require(data.svgToPdf);
  const { readFileSync } = require("node:fs");
  const { inflateSync } = require("node:zlib");
  const woffToSfnt = ${woffToSfnt.toString()};
  const pdfFromSvg = ${pdfFromSvg.toString()};
  // pdfkit takes a parsed fontkit font as well as bytes: parse each face once with pdfkit's own fontkit, and
  // parse the two faces most sheets use now, while the main thread still reads and lays out.
  const fontkit = require(require.resolve("fontkit", { paths: [require("node:path").dirname(data.pdfkit)] }));
  const faces = new Map();
  const fontData = (family) => {
    const files = data.fonts[family];
    if (!files) return undefined;
    if (!faces.has(family)) {
      const sfnt = files.unpacked ? readFileSync(files.unpacked) : woffToSfnt(readFileSync(files.woff), inflateSync);
      faces.set(family, fontkit.create(sfnt));
    }
    return faces.get(family);
  };
  for (const family of data.preload) fontData(family).layout("가나다 Aa 0123 →");
  return async ({ svg, size, title }) => {
    const warnings = [];
    const pdf = await pdfFromSvg({ PDFDocument, svgToPdf }, svg, size, fontData, data.fallback, title, (m) => warnings.push(m));
    return { pdf, warnings };
  };
}`;

export function startPdfWorker(): PdfWorker {
  const fonts = Object.fromEntries(FACE_IDS.map((id) => [FACE_SPECS[id].family, { woff: fontPath(FACE_SPECS[id]), unpacked: unpackedFile(FACE_SPECS[id]) }]));
  const data = { pdfkit: require.resolve("pdfkit"), svgToPdf: require.resolve("svg-to-pdfkit"), fonts, fallback: FACE_SPECS.latin.family, preload: [FACE_SPECS.hand.family, FACE_SPECS.latin.family] };
  const job = startWorker<{ svg: string; size: { width: number; height: number }; title: string | undefined }, { pdf: Uint8Array; warnings: string[] }>(
    SETUP,
    data,
    (m) => failed(new Error(m)),
  );
  return {
    async render(svgTextMode, page, opts = {}) {
      const { pdf, warnings } = await job.run({ svg: svgTextMode, size: pagePoints(page), title: opts.title });
      for (const w of warnings) opts.onWarning?.(w);
      return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    },
    cancel: () => job.cancel(),
  };
}
