// What `npm run build` prepares for fast start-up must match what the sources would compute at run time:
// the unpacked faces, the emoji byte index and the PDF worker's library bundle (the CLI bundle itself is
// exercised by the CLI tests).
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { FACE_IDS, FACE_SPECS, fontPath, unpackedPath } from "../src/fonts/faces.js";
import { woffToSfnt } from "../src/fonts/woff.js";
import { buildEmojiIndex } from "../src/draw/emoji.js";
import { ROOT_DIR } from "./fixtures/list.js";
import { ensureDist } from "./setup-dist.js";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import vm from "node:vm";
import { loadCached } from "../src/code-cache.js";
import { BUNDLE } from "../src/export/pdf-worker.js";
import { pdfFromPage, pagePoints, type PdfTools } from "../src/export/pdf-doc.js";
import { renderPdf } from "../src/export/pdf.js";
import { drawPlainArt } from "../src/export/pdf-art.js";
import { artShapes } from "../src/export/pdf-art-path.js";
import { FAUX_BOLD_EM, ITALIC_SKEW } from "../src/draw/text.js";
import { drawPage } from "../src/draw/page.js";
import { loadFace } from "../src/fonts/faces.js";
import { layoutSheet } from "../src/layout/index.js";
import { readSheet } from "../src/read/index.js";

beforeAll(() => ensureDist(), 120_000);

describe("build artifacts", () => {
  it("unpacks every face to exactly the TTF the WOFF decodes to", () => {
    for (const id of FACE_IDS) {
      const spec = FACE_SPECS[id];
      const file = join(ROOT_DIR, "dist", "fonts", unpackedPath(spec, statSync(fontPath(spec)).size));
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file).equals(woffToSfnt(readFileSync(fontPath(spec)), inflateSync))).toBe(true);
    }
  });

  it("writes the bundles in ASCII, so Node reads them as one-byte strings", () => {
    for (const name of ["nanosheet.cjs", "mermaid-parsers.cjs", BUNDLE]) {
      const file = join(ROOT_DIR, "dist", name);
      if (!existsSync(file)) continue;
      const bytes = readFileSync(file);
      expect(bytes.findIndex((b) => b > 0x7f), name).toBe(-1);
    }
    expect(existsSync(join(ROOT_DIR, "dist", "nanosheet.cjs"))).toBe(true);
  });

  it("indexes the emoji art of the installed icon set", () => {
    const built = readFileSync(join(ROOT_DIR, "dist", "emoji-index.txt"), "latin1");
    expect(built === buildEmojiIndex()).toBe(true);
  });

  it("bundles the PDF worker's libraries with a code cache V8 accepts, and they make the same PDF", async () => {
    const file = join(ROOT_DIR, "dist", BUNDLE);
    expect(existsSync(`${file}.cache`)).toBe(true);
    const { exports, script } = loadCached(file, { readFileSync, Script: vm.Script, createRequire, dirname });
    expect(script.cachedDataRejected).toBe(false);
    const libs = exports as Pick<PdfTools, "PDFDocument" | "svgToPdf">;
    const { sheet } = await readSheet(readFileSync(join(ROOT_DIR, "examples", "neural-network-internals.prompt.txt"), "utf8"));
    const drawn = drawPage(layoutSheet(sheet));
    const tools: PdfTools = { ...libs, drawPlainArt, artShapes: artShapes(), fontData: (id) => loadFace(id).data, fauxBoldEm: FAUX_BOLD_EM, italicSkew: ITALIC_SKEW };
    const bundled = await pdfFromPage(tools, drawn, pagePoints(drawn.page), "T", () => {});
    const inProcess = await renderPdf(drawn, { title: "T" });
    expect(bundled.equals(inProcess)).toBe(true);
    // The example's emoji are plain art, drawn without svg-to-pdfkit: the bundled svg-to-pdfkit draws them
    // into the very same bytes.
    const viaSvgToPdf = await pdfFromPage({ ...tools, drawPlainArt: () => false }, drawn, pagePoints(drawn.page), "T", () => {});
    expect(viaSvgToPdf.equals(inProcess)).toBe(true);
  });

  it("lists the export workers exactly as the bundled CLI starts them, so the launcher's early ones are used", async () => {
    const { dist, ...listed } = JSON.parse(readFileSync(join(ROOT_DIR, "dist", "workers.json"), "utf8"));
    const bundled = createRequire(import.meta.url)(join(ROOT_DIR, "dist", "nanosheet.cjs")) as { workerSpecs(): Promise<unknown> };
    expect(JSON.parse(JSON.stringify(await bundled.workerSpecs()))).toEqual(listed);
    expect(dist).toBe(join(ROOT_DIR, "dist"));
    expect(Object.keys(listed).sort()).toEqual(["pdf", "png"]);
  });

  it("parses Mermaid through the bundle (config copy kept between nodes) to exactly what Mermaid's own chunks give", async () => {
    expect(readFileSync(join(ROOT_DIR, "dist", "mermaid-parsers.cjs"), "utf8")).toContain("getConfigCopyOf");
    const { execFileSync } = await import("node:child_process");
    const { mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { buildSheet } = await import("../src/build.js");
    const { fixtures } = await import("./fixtures/list.js");
    const sheets = fixtures().filter((f) => f.kind === "sheet" && f.text.includes("```mermaid"));
    expect(sheets.length).toBeGreaterThan(1);
    const out = mkdtempSync(join(tmpdir(), "nanosheet-mermaid-"));
    for (const f of sheets) {
      execFileSync(process.execPath, [join(ROOT_DIR, "bin", "nanosheet.js"), "build", f.path, "-o", out, "--format", "svg", "--allow-overflow"]);
      const viaBundle = readFileSync(join(out, `${f.name}.svg`), "utf8");
      const viaChunks = (await buildSheet(f.text, { file: f.path, formats: ["svg"], allowOverflow: true })).outputs.svg;
      expect(viaBundle === viaChunks, f.name).toBe(true);
    }
  }, 60_000);
});
