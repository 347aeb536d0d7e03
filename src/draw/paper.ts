// Grid paper: off-white with a fine 5 mm light-blue grid and a stronger line every 25 mm. Two paths in all
// (minor lines, major lines) keep the SVG small.
const MM = 96 / 25.4;
import { PAPER } from "../blocks/types.js";
export { PAPER };

function r2(n: number): number {
  return Math.round(n * 100) / 100;
}

export function paperSvg(width: number, height: number, kind: "grid" | "plain"): string {
  const bg = `<rect width="${r2(width)}" height="${r2(height)}" fill="${PAPER}"/>`;
  if (kind === "plain") return bg;
  const minor: string[] = [];
  const major: string[] = [];
  const step = 5 * MM;
  for (let i = 1; i * step < width; i++) (i % 5 === 0 ? major : minor).push(`M${r2(i * step)} 0V${r2(height)}`);
  for (let i = 1; i * step < height; i++) (i % 5 === 0 ? major : minor).push(`M0 ${r2(i * step)}H${r2(width)}`);
  return (
    bg +
    `<path d="${minor.join("")}" stroke="#a9c4e6" stroke-width="0.5" stroke-opacity="0.55" fill="none"/>` +
    `<path d="${major.join("")}" stroke="#8fb0dc" stroke-width="0.9" stroke-opacity="0.6" fill="none"/>`
  );
}
