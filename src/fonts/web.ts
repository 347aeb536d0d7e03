// The handwriting face for a web page that must render Korean with nothing installed and nothing fetched (the
// series gallery): @fontsource ships the face in slices, each with the unicode-range it covers, so the page
// embeds, as data URIs, only the slices holding the characters it shows, each declared for its East Asian
// characters only (a slice also holds Latin, which stays the page's own face). The page lists it first: a
// face reached only as a fallback after a Latin run was left as tofu by Chromium.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { FACE_SPECS } from "./faces.js";

const require = createRequire(import.meta.url);

/** The family name the embedded slices go by. */
export const EMBEDDED_FAMILY = "nanosheet pen";

interface Slice {
  file: string;
  ranges: [number, number][];
}

let slices: Slice[] | undefined;

/** The face's slices, as its package's stylesheet lists them (woff2 files). */
function sliceList(): Slice[] {
  if (slices) return slices;
  const dir = dirname(require.resolve("@fontsource/nanum-pen-script/package.json"));
  const css = readFileSync(join(dir, "index.css"), "utf8");
  slices = [];
  for (const rule of css.split("@font-face").slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(rule)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(rule)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(",").map((r): [number, number] => {
      const [a, b] = r.trim().replace(/^U\+/i, "").split("-");
      return [parseInt(a!, 16), parseInt(b ?? a!, 16)];
    });
    slices.push({ file: join(dir, "files", file), ranges });
  }
  return slices;
}

/** From Hangul Jamo up: what a system may lack a face for (Latin and its punctuation every system has). */
const FIRST_EMBEDDED = 0x1100;

/** @font-face rules embedding the slices that hold `text`'s Korean (and other East Asian) characters. */
export function embeddedFaceCss(text: string): string {
  const points = new Set([...text].map((c) => c.codePointAt(0)!).filter((cp) => cp >= FIRST_EMBEDDED));
  if (points.size === 0) return "";
  return sliceList()
    .filter((s) => [...points].some((cp) => s.ranges.some(([a, b]) => cp >= a && cp <= b)))
    .map((s) => {
      const data = readFileSync(s.file).toString("base64");
      const range = s.ranges
        .filter(([, b]) => b >= FIRST_EMBEDDED)
        .map(([a, b]): [number, number] => [Math.max(a, FIRST_EMBEDDED), b])
        .map(([a, b]) => (a === b ? `U+${a.toString(16)}` : `U+${a.toString(16)}-${b.toString(16)}`))
        .join(",");
      // Sized as the sheets size it: the pen face writes small for its em.
      const size = Math.round(FACE_SPECS.hand.scale * 100);
      return `@font-face{font-family:"${EMBEDDED_FAMILY}";font-display:swap;size-adjust:${size}%;src:url(data:font/woff2;base64,${data}) format("woff2");unicode-range:${range}}`;
    })
    .join("\n");
}
