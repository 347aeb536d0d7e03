// The page in horizontal bands for the PNG: the PNG worker renders them at once, one per core. Each band is
// the page's SVG with its root viewBox narrowed to the band's rows, so the bands tile the page exactly, and
// without the panels that lie wholly outside it (resvg would parse and convert them only to draw nothing).
// resvg aborts the whole process on clipped emoji art lying outside (or on the very edge of) its canvas, so
// the seams avoid every emoji and each band leaves out the emoji that lie in the other bands. A pen stroke
// lying along a seam (a table's rule) came out darker in the lower band's first row than on the whole page,
// so seams also keep clear of every near-horizontal stroke.
import { emojiUse, joinSvg, type SvgParts } from "../draw/index.js";
import type { DrawnPage, DrawOp, EmojiOp } from "../draw/page.js";
import { pagePixels, wholePage, type PngJob } from "./png.js";

/** Keep seams this far (CSS px) from any emoji. */
const CLEAR = 2;
/**
 * How far (CSS px) a panel's drawing may reach past its border: the pen's wobble and the tape over its top
 * edge stay within 4 (an overflowing panel is clipped to its border widened by that much); three times it.
 */
const REACH = 12;

/** `reach`: how far past its border a panel is still drawn in a band (Infinity: every panel in every band). */
export function pngBands(parts: SvgParts, drawn: DrawnPage, dpi: number, count = 2, reach = REACH): PngJob {
  const { width, height } = pagePixels(drawn.page, dpi);
  const ops = [...(drawn.title ?? []), ...drawn.panels.flatMap((p) => p.ops)];
  const emoji = ops.filter((o): o is EmojiOp => o.kind === "emoji");
  // The band's root viewBox keeps the page's width in CSS px, so every band maps CSS px to pixels alike.
  const pageWidth = Math.round(drawn.page.width * 100) / 100;
  const scale = width / pageWidth;
  const blocked = merged([
    ...emoji.map((e): [number, number] => [e.y - CLEAR, e.y + e.size + CLEAR]),
    ...flatStrokes(ops).map(([a, b]): [number, number] => [a - CLEAR, b + CLEAR]),
  ]);
  const free = (row: number): boolean => !within(blocked, row / scale);
  const seams = [0];
  for (let k = 1; k < count; k++) {
    const aim = Math.round((height * k) / count);
    let seam: number | undefined;
    for (let d = 0; d < height / (2 * count) && seam === undefined; d++) seam = free(aim - d) ? aim - d : free(aim + d) ? aim + d : undefined;
    if (seam === undefined) return wholePage(joinSvg(parts), drawn.page, dpi);
    seams.push(seam);
  }
  seams.push(height);
  const bands = seams.slice(1).map((end, i) => {
    const start = seams[i]!;
    const [top, rows] = [start / scale, (end - start) / scale];
    const reaches = (box: { y: number; height: number } | undefined): boolean =>
      box === undefined || (box.y - reach < top + rows && box.y + box.height + reach > top);
    // Each part kept loses the uses of its own emoji that lie outside the band, by their exact text.
    const outside = (svg: string, own: DrawOp[]): string => {
      for (const e of own) if (e.kind === "emoji" && (e.y + e.size < top || e.y > top + rows)) svg = svg.split(emojiUse(e, drawn.emoji[e.key]!)).join("");
      return svg;
    };
    const panels: string[] = [];
    parts.panels.forEach((svg, k) => {
      const p = drawn.panels[k];
      if (reaches(p?.clip ?? p?.box)) panels.push(outside(svg, p?.ops ?? []));
    });
    const body = joinSvg({ ...parts, open: "", title: outside(parts.title, drawn.title ?? []) }, panels);
    const root =
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${pageWidth}" height="${rows}" ` +
      `viewBox="0 ${top} ${pageWidth} ${rows}" preserveAspectRatio="none">`;
    return { svg: root + body, rows: end - start };
  });
  return { width, height, bands };
}

/** Closed intervals as their union, sorted and disjoint. */
function merged(spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of spans.sort((p, q) => p[0] - q[0])) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Whether `v` lies in one of the sorted, disjoint closed intervals (binary search: a seam tries hundreds of rows). */
function within(spans: [number, number][], v: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = spans[mid]!;
    if (v < a) hi = mid - 1;
    else if (v > b) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * The rows (CSS px, top and bottom) covered by the near-horizontal segments of the pen strokes: a segment
 * running at least 3 px across and rising at most a quarter of that, widened by half its stroke. The paths
 * are scanned by hand (every page has thousands of segments; a regex per command cost ~10 ms a page).
 */
function flatStrokes(ops: DrawOp[]): [number, number][] {
  const out: [number, number][] = [];
  const n = new Float64Array(8);
  for (const op of ops) {
    if (op.kind !== "pen") continue;
    for (const path of op.paths) {
      const half = (path.strokeWidth ?? 1) / 2;
      const d = path.d;
      let x = 0;
      let y = 0;
      let cmd = 0;
      let count = 0;
      // A command ends at the next letter or at the end: its last pair is where the pen ends.
      const end = (): void => {
        if (count >= 2) {
          const ex = n[count - 2]!;
          const ey = n[count - 1]!;
          if (cmd !== 77 /* M */) {
            let lo = Math.min(y, ey);
            let hi = Math.max(y, ey);
            for (let k = 1; k < count - 2; k += 2) {
              lo = Math.min(lo, n[k]!);
              hi = Math.max(hi, n[k]!);
            }
            const dx = Math.abs(ex - x);
            if (dx >= 3 && hi - lo <= dx / 4) out.push([lo - half, hi + half]);
          }
          x = ex;
          y = ey;
        }
        count = 0;
      };
      for (let i = 0; i < d.length; ) {
        const c = d.charCodeAt(i);
        if (c >= 65 && c <= 90) {
          end();
          cmd = c;
          i++;
        } else if (c === 45 || c === 46 || (c >= 48 && c <= 57)) {
          let j = i + 1;
          while (j < d.length) {
            const k = d.charCodeAt(j);
            if ((k >= 48 && k <= 57) || k === 46 || k === 101 || (k === 45 && d.charCodeAt(j - 1) === 101)) j++;
            else break;
          }
          if (count < 8) n[count++] = +d.slice(i, j);
          i = j;
        } else i++;
      }
      end();
    }
  }
  return out;
}
