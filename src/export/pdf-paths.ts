// Pen paths straight into PDF path operators, for the PDF writer (pdf-doc.ts) on the main thread and on the
// PDF worker alike.

/**
 * A pen path as PDF path operators, or undefined when it needs pdfkit's own SVG-path parser. rough.js and
 * the grid write absolute M, L, H, V, C and Z only, which need no parser; numbers are rounded as pdfkit
 * rounds them, so the bytes are the ones `doc.path(d)` writes. Self-contained: the PDF worker runs it from
 * its source text.
 */
export function pdfPathOps(d: string): string | undefined {
  const num = (n: number): number => Math.round(n * 1e6) / 1e6;
  const t = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
  const out: string[] = [];
  let [cx, cy, sx, sy, i, cmd] = [0, 0, 0, 0, 0, ""];
  const n = (): number => (i < t.length && !/[A-Za-z]/.test(t[i]!) ? Number(t[i++]) : NaN);
  while (i < t.length) {
    if (/[A-Za-z]/.test(t[i]!)) cmd = t[i++]!;
    else if (cmd === "" || cmd === "Z") return undefined;
    if (cmd === "M") {
      [cx, cy] = [n(), n()];
      [sx, sy] = [cx, cy];
      out.push(`${num(cx)} ${num(cy)} m`);
      cmd = "L";
    } else if (cmd === "L" || cmd === "H" || cmd === "V") {
      if (cmd !== "V") cx = n();
      if (cmd !== "H") cy = n();
      out.push(`${num(cx)} ${num(cy)} l`);
    } else if (cmd === "C") {
      const c = [n(), n(), n(), n(), n(), n()];
      if (c.some(Number.isNaN)) return undefined;
      [cx, cy] = [c[4]!, c[5]!];
      out.push(`${c.map(num).join(" ")} c`);
    } else if (cmd === "Z") {
      [cx, cy] = [sx, sy];
      out.push("h");
    } else return undefined;
    if (Number.isNaN(cx) || Number.isNaN(cy)) return undefined;
  }
  return out.join("\n");
}
