// The PDF on a worker thread: pdfkit, svg-to-pdfkit and the fonts load there while the main thread reads
// and lays out, and the PDF then renders beside the PNG instead of after it.
import { createRequire } from "node:module";
import { FACE_IDS, FACE_SPECS, fontPath, unpackedFile } from "../fonts/faces.js";
import { woffToSfnt } from "../fonts/woff.js";
import { FAUX_BOLD_EM, ITALIC_SKEW } from "../draw/text.js";
import type { DrawnPage } from "../draw/page.js";
import { failed, pagePoints, pdfFromPage, pdfPathOps, type PdfOptions } from "./pdf-doc.js";
import { drawPlainArt } from "./pdf-art.js";
import { artShapes } from "./pdf-art-path.js";
import { fastSubset, lightPost } from "./pdf-fonts.js";
import { startWorker, workerCode, type WorkerSpec } from "./worker.js";
import { builtFile } from "../built.js";
import { listLoaded, loadCached } from "../code-cache.js";

/** pdfkit, svg-to-pdfkit and fontkit in one bundle, made by `npm run build` (scripts/build.mjs). */
export const BUNDLE = "pdf-libs.cjs";

const require = createRequire(import.meta.url);

/** A PDF render on a worker thread, started (and pdfkit loaded) before its page is drawn. */
export interface PdfWorker {
  render(drawn: DrawnPage, opts?: PdfOptions): Promise<Buffer>;
  cancel(): void;
  close(): void;
}

// Runs on the worker: it reads and unpacks the font files it needs itself, the same way faces.ts does.
const SETUP = `function (data) {
  const { readFileSync } = require("node:fs");
  const { inflateSync } = require("node:zlib");
  const path = require("node:path");
  const woffToSfnt = ${woffToSfnt.toString()};
  const pdfFromPage = ${pdfFromPage.toString()};
  const lightPost = ${lightPost.toString()};
  const fastSubset = ${fastSubset.toString()};
  const pdfPathOps = ${pdfPathOps.toString()};
  const drawPlainArt = ${drawPlainArt.toString()};
  const artShapes = ${artShapes.toString()};
  const loadCached = ${loadCached.toString()};
  // pdfkit, svg-to-pdfkit and pdfkit's own fontkit: from the code-cached bundle \`npm run build\` makes, or
  // from node_modules. pdfkit takes a parsed fontkit font as well as bytes: each face is parsed once.
  let libs;
  let script;
  if (data.bundle) {
    const loader = { readFileSync, Script: require("node:vm").Script, createRequire: require("node:module").createRequire, dirname: path.dirname };
    ({ exports: libs, script } = loadCached(data.bundle, loader));
  } else {
    libs = { PDFDocument: require(data.pdfkit), svgToPdf: require(data.svgToPdf), fontkit: require(require.resolve("fontkit", { paths: [path.dirname(data.pdfkit)] })) };
  }
  const { PDFDocument, svgToPdf, fontkit } = libs;
  const faces = new Map();
  const fontData = (id) => {
    const files = data.fonts[id];
    if (!faces.has(id)) {
      const sfnt = files.unpacked ? readFileSync(files.unpacked) : woffToSfnt(readFileSync(files.woff), inflateSync);
      const font = fontkit.create(sfnt);
      lightPost(font);
      fastSubset(font);
      faces.set(id, font);
    }
    return faces.get(id);
  };
  const tools = { PDFDocument, svgToPdf, drawPlainArt, artShapes: artShapes(), fontData, fauxBoldEm: data.fauxBoldEm, italicSkew: data.italicSkew };
  // Warm up on a tiny page in the faces most sheets use, while the main thread still reads and lays out:
  // pdfkit's code and the tables embedding reads are then ready for the page.
  // Text comes already shaped: a few glyph ids every face has stand in for a run.
  const run = [1, 2, 3, 4].map((id) => ({ id, advance: 500, xAdvance: id === 2 ? 450 : 500, dx: 0, dy: id === 3 ? 20 : 0, codePoints: [64 + id] }));
  const texts = data.preload.map((face, i) => ({ kind: "text", x: 0, y: 10 + i * 10, size: 8, face, text: "ABCD", width: 0, color: "#000", bold: i === 0, run }));
  const pen = { kind: "pen", paths: [{ d: "M0 0C1 1 2 2 3 3", stroke: "#000", strokeWidth: 1, strokeOpacity: 0.5, round: true, dash: "2 1" }] };
  // Emoji art is SVG: plain art (flat colours) is drawn directly, art with gradients, group opacity or
  // transforms through svg-to-pdfkit. Warm both up on the same kinds of shapes.
  const plain = { key: "p", left: 0, top: 0, width: 16, height: 16, body: '<g fill="#f80"><path d="M1 1h6v6H1zm8 0c2 0 4 2 4 4s-2 4-4 4z"/><circle cx="8" cy="12" r="3" fill="#2f9e44" stroke="#000" stroke-width=".5"/></g>' };
  const art = { key: "w", left: 0, top: 0, width: 16, height: 16, body: '<radialGradient id="w-g" cx="8" cy="8" r="8" gradientUnits="userSpaceOnUse"><stop offset="0" stop-color="#fc0"/><stop offset="1" stop-color="#f80"/></radialGradient><g transform="translate(1 1)" opacity=".9"><path d="M1 1c2 0 4 2 4 4s-2 4-4 4z" fill="url(#w-g)"/><circle cx="8" cy="8" r="3" fill="#2f9e44" stroke="#000" stroke-width=".5"/><ellipse cx="4" cy="12" rx="2" ry="1" fill="#fff"/></g>' };
  const emoji = [{ kind: "emoji", x: 20, y: 20, size: 16, key: "w" }, { kind: "emoji", x: 2, y: 20, size: 16, key: "p" }];
  const tiny = { page: { width: 40, height: 40 }, paper: { fill: "#fff", lines: [] }, title: undefined, panels: [{ id: "w", ops: [pen, ...texts, ...emoji] }], emoji: { w: art, p: plain } };
  pdfFromPage(tools, tiny, { width: 30, height: 30 }, undefined, () => {});
  return async ({ drawn, size, title }) => {
    const warnings = [];
    const pdf = await pdfFromPage(tools, drawn, size, title, (m) => warnings.push(m));
    return { pdf, warnings, codeCache: data.writeCodeCache && script ? script.createCachedData() : undefined, rejected: script ? script.cachedDataRejected === true : false };
  };
}`;

function workerData() {
  const fonts = Object.fromEntries(FACE_IDS.map((id) => [id, { woff: fontPath(FACE_SPECS[id]), unpacked: unpackedFile(FACE_SPECS[id]) }]));
  return {
    pdfkit: require.resolve("pdfkit"),
    svgToPdf: require.resolve("svg-to-pdfkit"),
    bundle: builtFile(BUNDLE),
    // The launcher asks for compiled code to store only during `npm run build`'s warm-up run.
    writeCodeCache: Boolean(process.env["NANOSHEET_WRITE_CODE_CACHE"]),
    fonts,
    fauxBoldEm: FAUX_BOLD_EM,
    italicSkew: ITALIC_SKEW,
    preload: ["hand", "latin", "title", "math"],
  };
}

/** The PDF worker's source and data (the launcher may start it early from dist/workers.json). */
export function pdfWorkerSpec(): WorkerSpec & { data: ReturnType<typeof workerData> } {
  return { code: workerCode(SETUP), data: workerData() };
}

/** `many`: the worker stays up for job after job (a series build) until `close()`. */
export function startPdfWorker(many = false): PdfWorker {
  const spec = pdfWorkerSpec();
  const bundle = spec.data.bundle;
  type Reply = { pdf: Uint8Array; warnings: string[]; codeCache?: Uint8Array; rejected: boolean };
  const job = startWorker<{ drawn: DrawnPage; size: { width: number; height: number }; title: string | undefined }, Reply>(spec, (m) => failed(new Error(m)), many);
  return {
    async render(drawn, opts = {}) {
      const { pdf, warnings, codeCache, rejected } = await job.run({ drawn, size: pagePoints(drawn.page), title: opts.title });
      if (bundle && codeCache) listLoaded({ cacheFile: `${bundle}.cache`, rejected, cachedData: () => Buffer.from(codeCache) });
      for (const w of warnings) opts.onWarning?.(w);
      return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    },
    cancel: () => job.cancel(),
    close: () => job.close(),
  };
}
