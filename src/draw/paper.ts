// Grid paper: off-white with a fine 5 mm light-blue grid and a stronger line every 25 mm. Two paths in all
// (minor lines, major lines) keep the SVG small.
const MM = 96 / 25.4;
import { PAPER } from "../blocks/types.js";
export { PAPER };

function r2(n: number): number {
  return Math.round(n * 100) / 100;
}

export interface GridLines {
  d: string;
  stroke: string;
  strokeWidth: number;
  strokeOpacity: number;
}

/** The grid's two line sets (none on plain paper), for the SVG and the PDF alike. */
export function gridLines(width: number, height: number, kind: "grid" | "plain"): GridLines[] {
  if (kind === "plain") return [];
  const minor: string[] = [];
  const major: string[] = [];
  const step = 5 * MM;
  for (let i = 1; i * step < width; i++) (i % 5 === 0 ? major : minor).push(`M${r2(i * step)} 0V${r2(height)}`);
  for (let i = 1; i * step < height; i++) (i % 5 === 0 ? major : minor).push(`M0 ${r2(i * step)}H${r2(width)}`);
  return [
    { d: minor.join(""), stroke: "#a9c4e6", strokeWidth: 0.5, strokeOpacity: 0.55 },
    { d: major.join(""), stroke: "#8fb0dc", strokeWidth: 0.9, strokeOpacity: 0.6 },
  ];
}

export function paperSvg(width: number, height: number, paper: { fill: string; lines: GridLines[] }): string {
  return (
    `<rect width="${r2(width)}" height="${r2(height)}" fill="${paper.fill}"/>` +
    paper.lines.map((l) => `<path d="${l.d}" stroke="${l.stroke}" stroke-width="${l.strokeWidth}" stroke-opacity="${l.strokeOpacity}" fill="none"/>`).join("")
  );
}
