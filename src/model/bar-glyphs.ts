// The glyphs people type a bar with (`██████░░░░`, `■■■□□`, `▰▰▱▱`, `[####------]`) and how much of its cell
// each fills. One table for the reader that takes such lines as gauges (read/prompt/gauges.ts) and the table cell
// that draws them (blocks/table/bar.ts): a bar read as a gauge is always drawn as one, never left as glyphs that
// wrap in a narrow column.

/** Unicode's block elements (eighths, halves, quadrants, shades) and the squares, rectangles and dots of a bar. */
export const BAR_FILL: Readonly<Record<string, number>> = {
  "█": 1, "▉": 7 / 8, "▊": 6 / 8, "▋": 5 / 8, "▌": 4 / 8, "▍": 3 / 8, "▎": 2 / 8, "▏": 1 / 8,
  "▇": 7 / 8, "▆": 6 / 8, "▅": 5 / 8, "▄": 4 / 8, "▃": 3 / 8, "▂": 2 / 8, "▁": 1 / 8,
  "▀": 0.5, "▐": 0.5, "▔": 1 / 8, "▕": 1 / 8,
  "▖": 0.25, "▗": 0.25, "▘": 0.25, "▝": 0.25, "▚": 0.5, "▞": 0.5, "▙": 0.75, "▛": 0.75, "▜": 0.75, "▟": 0.75,
  // A light shade is the empty track people draw beside full blocks.
  "▓": 0.75, "▒": 0.5, "░": 0,
  "■": 1, "▪": 1, "▮": 1, "▰": 1, "◼": 1, "⬛": 1, "●": 1, "◉": 1,
  "□": 0, "▫": 0, "▯": 0, "▱": 0, "◻": 0, "⬜": 0, "○": 0,
};

/** A bar typed in ASCII inside brackets (`[####------]`) is filled with these, the rest dashes, dots or spaces. */
const ASCII_FULL = "#=*|";

/** The share of a cell a glyph of a bar fills (0 for one that is no bar glyph). */
export function fillOf(glyph: string): number {
  return BAR_FILL[glyph] ?? (ASCII_FULL.includes(glyph) ? 1 : 0);
}

/** A character class of every bar glyph, for a pattern (`[…]`). */
export const BAR_CLASS = `[${Object.keys(BAR_FILL).join("")}]`;
