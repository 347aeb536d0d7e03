// PNG export: rasterise the default (glyph-path) SVG with resvg. Text is already outlines, so no font is
// loaded at all — the PNG looks the same on every machine and resvg skips its slow system-font scan.
import { Resvg } from "@resvg/resvg-js";
import { RenderError } from "../errors.js";
import type { PageGeometry } from "../model/positioned.js";

/** Pixel size of the page at `dpi`; the PNG and the layout report agree on it. */
export function pagePixels(page: PageGeometry, dpi: number): { width: number; height: number } {
  return { width: Math.round((page.widthMm / 25.4) * dpi), height: Math.round((page.heightMm / 25.4) * dpi) };
}

/** Render an SVG page to PNG bytes at `dpi` (A4 landscape at 300 dpi is 3508×2480). */
export function renderPng(svg: string, page: PageGeometry, dpi = 300): Buffer {
  if (!(dpi > 0) || !Number.isFinite(dpi)) throw new RenderError(`cannot render a PNG at ${dpi} dpi`);
  const { width } = pagePixels(page, dpi);
  try {
    const resvg = new Resvg(svg, {
      fitTo: { mode: "width", value: width },
      // Paper colour comes from the SVG; white underneath keeps the PNG opaque if a viewer ignores alpha.
      background: "#ffffff",
      font: { loadSystemFonts: false },
    });
    return resvg.render().asPng();
  } catch (err) {
    throw new RenderError(`PNG rendering failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
