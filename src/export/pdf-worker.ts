// The PDF on a worker thread: pdfkit, svg-to-pdfkit and the fonts load there while the main thread reads
// and lays out, and the PDF then renders beside the PNG instead of after it.
import { createRequire } from "node:module";
import { FACE_IDS, FACE_SPECS, fontPath, unpackedFile } from "../fonts/faces.js";
import { woffToSfnt } from "../fonts/woff.js";
import { FAUX_BOLD_EM } from "../draw/text.js";
import type { DrawnPage } from "../draw/page.js";
import { failed, pagePoints, pdfFromPage, type PdfOptions } from "./pdf-doc.js";
import { startWorker } from "./worker.js";

const require = createRequire(import.meta.url);

/** A PDF render on a worker thread, started (and pdfkit loaded) before its page is drawn. */
export interface PdfWorker {
  render(drawn: DrawnPage, opts?: PdfOptions): Promise<Buffer>;
  cancel(): void;
}

// Runs on the worker: it reads and unpacks the font files it needs itself, the same way faces.ts does.
const SETUP = `function (data) {
  const PDFDocument = require(data.pdfkit);
  const svgToPdf = require(data.svgToPdf);
  const { readFileSync } = require("node:fs");
  const { inflateSync } = require("node:zlib");
  const woffToSfnt = ${woffToSfnt.toString()};
  const pdfFromPage = ${pdfFromPage.toString()};
  // pdfkit takes a parsed fontkit font as well as bytes: parse each face once with pdfkit's own fontkit, and
  // parse the two faces most sheets use now, while the main thread still reads and lays out.
  const fontkit = require(require.resolve("fontkit", { paths: [require("node:path").dirname(data.pdfkit)] }));
  const faces = new Map();
  const fontData = (id) => {
    const files = data.fonts[id];
    if (!faces.has(id)) {
      const sfnt = files.unpacked ? readFileSync(files.unpacked) : woffToSfnt(readFileSync(files.woff), inflateSync);
      faces.set(id, fontkit.create(sfnt));
    }
    return faces.get(id);
  };
  for (const id of data.preload) fontData(id).layout("가나다 Aa 0123 →");
  const tools = { PDFDocument, svgToPdf, fontData, fauxBoldEm: data.fauxBoldEm };
  return async ({ drawn, size, title }) => {
    const warnings = [];
    const pdf = await pdfFromPage(tools, drawn, size, title, (m) => warnings.push(m));
    return { pdf, warnings };
  };
}`;

export function startPdfWorker(): PdfWorker {
  const fonts = Object.fromEntries(FACE_IDS.map((id) => [id, { woff: fontPath(FACE_SPECS[id]), unpacked: unpackedFile(FACE_SPECS[id]) }]));
  const data = { pdfkit: require.resolve("pdfkit"), svgToPdf: require.resolve("svg-to-pdfkit"), fonts, fauxBoldEm: FAUX_BOLD_EM, preload: ["hand", "latin"] };
  const job = startWorker<{ drawn: DrawnPage; size: { width: number; height: number }; title: string | undefined }, { pdf: Uint8Array; warnings: string[] }>(
    SETUP,
    data,
    (m) => failed(new Error(m)),
  );
  return {
    async render(drawn, opts = {}) {
      const { pdf, warnings } = await job.run({ drawn, size: pagePoints(drawn.page), title: opts.title });
      for (const w of warnings) opts.onWarning?.(w);
      return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    },
    cancel: () => job.cancel(),
  };
}
