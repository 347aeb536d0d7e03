// The page in horizontal bands for the PNG: the PNG worker renders them at once, one per core. Each band is
// the page's SVG with its root viewBox narrowed to the band's rows, so the bands tile the page exactly.
// resvg aborts the whole process on clipped emoji art lying outside (or on the very edge of) its canvas, so
// the seams avoid every emoji and each band leaves out the emoji that lie in the other bands.
import { emojiUse } from "../draw/index.js";
import type { DrawnPage, EmojiOp } from "../draw/page.js";
import { pagePixels, wholePage, type PngJob } from "./png.js";

/** Keep seams this far (CSS px) from any emoji. */
const CLEAR = 2;

export function pngBands(svg: string, drawn: DrawnPage, dpi: number, count = 2): PngJob {
  const whole = wholePage(svg, drawn.page, dpi);
  const { width, height } = pagePixels(drawn.page, dpi);
  const emoji = [...(drawn.title ?? []), ...drawn.panels.flatMap((p) => p.ops)].filter((o): o is EmojiOp => o.kind === "emoji");
  const open = svg.indexOf(">") + 1;
  // The band's root viewBox keeps the page's width in CSS px, so every band maps CSS px to pixels alike.
  const pageWidth = Math.round(drawn.page.width * 100) / 100;
  const scale = width / pageWidth;
  const free = (row: number) => emoji.every((e) => row / scale < e.y - CLEAR || row / scale > e.y + e.size + CLEAR);
  const seams = [0];
  for (let k = 1; k < count; k++) {
    const aim = Math.round((height * k) / count);
    let seam: number | undefined;
    for (let d = 0; d < height / (2 * count) && seam === undefined; d++) seam = free(aim - d) ? aim - d : free(aim + d) ? aim + d : undefined;
    if (seam === undefined) return whole;
    seams.push(seam);
  }
  seams.push(height);
  const bands = seams.slice(1).map((end, i) => {
    const start = seams[i]!;
    const [top, rows] = [start / scale, (end - start) / scale];
    let body = svg.slice(open);
    for (const e of emoji) if (e.y + e.size < top || e.y > top + rows) body = body.split(emojiUse(e, drawn.emoji[e.key]!)).join("");
    const root =
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${pageWidth}" height="${rows}" ` +
      `viewBox="0 ${top} ${pageWidth} ${rows}" preserveAspectRatio="none">`;
    return { svg: root + body, rows: end - start };
  });
  return { width, height, bands };
}
