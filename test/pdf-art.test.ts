import { describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { drawPlainArt, type ArtSource } from "../src/export/pdf-art.js";
import { artShapes } from "../src/export/pdf-art-path.js";
import { emojiArt } from "../src/draw/emoji.js";

const require = createRequire(import.meta.url);
const svgToPdf = require("svg-to-pdfkit") as (doc: unknown, svg: string, x: number, y: number, o: object) => void;
const noto = require("@iconify-json/noto/icons.json") as { icons: Record<string, { body: string; width?: number; height?: number; left?: number; top?: number }>; width?: number; height?: number };

type Doc = Parameters<typeof drawPlainArt>[0];

/** An uncompressed one-page PDF with `draw` run inside a clipped box, as the page's emoji are. */
function pdf(draw: (doc: Doc) => void): Promise<Buffer> {
  return new Promise((resolve) => {
    const fixed = new Date(Date.UTC(2024, 0, 1));
    const doc = new PDFDocument({ size: [100, 100], margin: 0, compress: false, font: null as unknown as string, info: { CreationDate: fixed, ModDate: fixed } });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.save();
    doc.rect(10, 12, 37.5, 37.5).clip();
    draw(doc as Doc);
    doc.restore();
    doc.end();
  });
}

/** Ours and svg-to-pdfkit's PDF of one piece of art, and whether ours took it. */
async function both(art: ArtSource): Promise<{ plain: boolean; ours: Buffer; theirs: Buffer }> {
  let plain = false;
  const ours = await pdf((doc) => (plain = drawPlainArt(doc, art, 10, 12, 37.5, artShapes())));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${art.left} ${art.top} ${art.width} ${art.height}">${art.body}</svg>`;
  const theirs = await pdf((doc) => svgToPdf(doc, svg, 10, 12, { width: 37.5, height: 37.5, preserveAspectRatio: "xMinYMin meet", warningCallback: () => {} }));
  return { plain, ours, theirs };
}

const synthetic = (body: string): ArtSource => ({ body, left: 0, top: 0, width: 32, height: 32 });

describe("plain emoji art in the PDF", () => {
  it("draws every plain Noto icon (every tenth icon; the whole set was checked by hand) into the same bytes as svg-to-pdfkit", async () => {
    let plain = 0;
    const names = Object.keys(noto.icons).filter((_, i) => i % 10 === 0);
    for (const name of names) {
      const icon = noto.icons[name]!;
      const art = { body: icon.body, left: icon.left ?? 0, top: icon.top ?? 0, width: icon.width ?? noto.width ?? 16, height: icon.height ?? noto.height ?? 16 };
      const r = await both(art);
      if (!r.plain) continue;
      plain++;
      expect(r.ours.equals(r.theirs), name).toBe(true);
    }
    // About a third of Noto is plain: the fast path is not a rare case.
    expect(plain / names.length).toBeGreaterThan(0.3);
  });

  it("matches svg-to-pdfkit on every path command, arc flags, caps on zero-length subpaths, opacity and inheritance", async () => {
    const bodies = [
      '<path d="M2 2h10v10H2zM14 14l4 0l0 4z" fill="#0a0"/>',
      '<path d="M2 2 8 3 9 9 M20 20 22 25" fill="none" stroke="#123456" stroke-width="1.5"/>',
      '<path d="M4 16A6 4 30 1 0 28 16a6 6 0 0 1-12 0z" fill="#f80" fill-opacity=".5"/>',
      '<path d="M2 20Q8 2 16 20T30 20S24 30 20 26s-4-4-6 0C10 30 6 30 4 26c-1-2 1-4 2-3z" fill="#39f" opacity="0.7"/>',
      '<path d="M1e1 5.5e0L.5 20l-2.5-1.25 3.75.125Z" fill="#fff" stroke="#000" stroke-linejoin="round" stroke-miterlimit="10"/>',
      '<path d="M8 8l0 0M16 16c0 0 0 0 0 0M24 24z" fill="none" stroke="#c00" stroke-width="3" stroke-linecap="round"/>',
      '<path d="M8 8h0M20 20v0" stroke="#c00" stroke-width="2" stroke-linecap="square"/>',
      '<g fill="#7b1fa2" stroke="#311b92" stroke-width="2" stroke-opacity=".4"><circle cx="16" cy="16" r="9"/><ellipse cx="8" cy="24" rx="6" ry="3" fill="none"/><circle cx="3" cy="3" r="0"/></g>',
      '<g opacity="1"><g fill="#abc"><path d="M0 0h32v4H0z"/></g><path d="M0 28h32v4H0z" fill-opacity="0"/></g>',
      '<path d="M4 4 A0 5 0 0 1 12 12 a5 5 0 1 1 4 4" fill="#0f0" stroke="#00f" stroke-width="0"/>',
    ];
    for (const body of bodies) {
      const r = await both(synthetic(body));
      expect(r.plain, body).toBe(true);
      expect(r.ours.equals(r.theirs), body).toBe(true);
    }
  });

  it("leaves art that is not plain to svg-to-pdfkit, having drawn nothing", async () => {
    const empty = await pdf(() => {});
    const bodies = [
      '<linearGradient id="a"><stop offset="0" stop-color="#fff"/></linearGradient><path d="M0 0h8v8H0z" fill="url(#a)"/>',
      '<g opacity=".5"><path d="M0 0h8v8H0z"/></g>',
      '<path d="M0 0h8v8H0z" transform="rotate(45)"/>',
      '<path d="M0 0h8v8H0z" fill="silver"/>',
      '<path d="M0 0h8v8H0z" fill-rule="evenodd"/>',
      '<path d="M0 0h8v" fill="#000"/>',
      '<path d="M0 0h8v8H0z x" fill="#000"/>',
      '<rect width="8" height="8"/>',
      '<path d="M0 0h8v8H0z" fill="#000"/> ',
      '<g><path d="M0 0h8v8H0z" fill="#000"/>',
      '<path d="M0 0h8v8H0z" fill="&#35;000"/>',
    ];
    for (const body of bodies) {
      let plain = true;
      const ours = await pdf((doc) => (plain = drawPlainArt(doc, synthetic(body), 10, 12, 37.5, artShapes())));
      expect(plain, body).toBe(false);
      expect(ours.equals(empty), body).toBe(true);
    }
  });

  it("takes the bundled example's emoji as plain art", () => {
    for (const emoji of ["🍌", "🎛️", "📌", "📐", "🔢", "🧠", "⚡"]) {
      const art = emojiArt(emoji);
      expect(art, emoji).toBeDefined();
      expect(drawPlainArt(new PDFDocument({ font: null as unknown as string }) as Doc, art!, 0, 0, 16, artShapes()), emoji).toBe(true);
    }
  });
});
