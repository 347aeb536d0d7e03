// Whether a box is wide enough for its title at the legible minimum: a title wraps onto two lines before a box is
// called too narrow, and a row of so many boxes that one cannot show its title is an error naming the box.
import { InputError } from "../../errors.js";
import { graphemes } from "../../fonts/graphemes.js";
import { LEGIBLE_MIN_PX, type PageSize, type Panel } from "../../model/sheet.js";
import { displayWidth } from "./box-grid.js";

// The page area inside the margins, and what a panel's border, padding and tape take from its width, px.
const AREA_PX: Record<PageSize, number> = { a4: (297 - 16) * (96 / 25.4), "16:9": (1280 - 16 * (96 / 25.4)) };
const CHROME_PX = (3 + 2 * 3.6) * (96 / 25.4) + 22;

/** A panel too narrow to show its title at the legible minimum, on one line or on two (`lines`), is an error: the
 * row holds too many boxes. */
export function titleFits(title: string, emoji: string | undefined, share: number, page: PageSize, lines: 1 | 2 = 1): boolean {
  const text = emoji ? `${emoji} ${title}` : title;
  const need = (t: string): number => graphemes(t).reduce((s, g) => s + displayWidth(g), 0) * LEGIBLE_MIN_PX * 0.5;
  const words = text.split(" ");
  let least = need(text);
  if (lines === 2) for (let k = 1; k < words.length; k++) least = Math.min(least, Math.max(need(words.slice(0, k).join(" ")), need(words.slice(k).join(" "))));
  return least <= share * AREA_PX[page] - CHROME_PX;
}

export function checkLegible(p: Panel, share: number, page: PageSize, line: number): void {
  if (!titleFits(p.title, p.emoji, share, page, 2)) {
    throw new InputError(
      `this box is too narrow for its title "${p.title}" even at the ${LEGIBLE_MIN_PX} px minimum (about ${Math.round((share * AREA_PX[page]) / (96 / 25.4))} mm wide)`,
      { line },
      "draw fewer boxes in this row, make this box wider, or shorten its title",
    );
  }
}
