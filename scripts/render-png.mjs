// Look at the page: node scripts/render-png.mjs <input> [out.png] [a4|16:9]  (run `npm run build` first).
// Prints the layout problems and per-panel font sizes, writes the SVG next to the PNG.
import { readFileSync, writeFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { readSheet } from "../dist/read/index.js";
import { layoutSheet } from "../dist/layout/index.js";
import { drawSvg } from "../dist/draw/index.js";

const [input, out = "/tmp/nanosheet.png", page] = process.argv.slice(2);
if (!input) {
  console.error("usage: node scripts/render-png.mjs <input> [out.png] [a4|16:9]");
  process.exit(2);
}
const t0 = performance.now();
const { sheet } = await readSheet(readFileSync(input, "utf8"), { file: input });
const t1 = performance.now();
const positioned = layoutSheet(sheet, page ? { page } : {});
const t2 = performance.now();
const svg = drawSvg(positioned);
const t3 = performance.now();
writeFileSync(out.replace(/\.png$/, ".svg"), svg);
// CROP="x y w h" (page px) zooms into one region, to check details at full size.
const crop = process.env.CROP;
// Clip paths are dropped in crops: resvg aborts on a clipped group that lies outside the canvas.
const shown = crop ? svg.replace(/viewBox="[^"]*"/, `viewBox="${crop}"`).replace(/width="[^"]*mm" height="[^"]*mm"/, "").replace(/ clip-path="url\([^)]*\)"/g, "") : svg;
writeFileSync(out, new Resvg(shown, { fitTo: { mode: "width", value: crop ? 1600 : 2000 } }).render().asPng());
const t4 = performance.now();
for (const p of positioned.panels) console.log(`${p.id.padEnd(24)} ${p.fontPx}px${p.overflow ? ` OVERFLOW ${p.overflowPx}px` : ""}`);
for (const p of positioned.problems) console.log(`problem ${p.kind}: ${p.message}`);
for (const w of positioned.warnings) console.log(`warning: ${w}`);
console.log(`read ${(t1 - t0).toFixed(0)} ms, layout ${(t2 - t1).toFixed(0)} ms, draw ${(t3 - t2).toFixed(0)} ms (${(svg.length / 1024).toFixed(0)} KB), png ${(t4 - t3).toFixed(0)} ms → ${out}`);
