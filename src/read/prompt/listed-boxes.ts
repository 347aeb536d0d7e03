// A layout table with one column listing each row's boxes (`| Row | Height | Boxes (left → right) |` over
// `| 2 | 35% | 🏗️ SIMULATOR (wide, ~60%) · 🧪 BASE vs INSTRUCT |`): how its cells name the boxes and their widths.
import type { DataCell } from "./data-layout.js";

/** A layout table's column of each row's boxes: `Boxes (left → right)`, `Panels`, `박스 구성`, `칸`. */
export const BOXES_HEAD = /\b(?:box(?:es)?|panels?|cells?)\b|박스|칸|패널|구성/i;

/** Boxes side by side as text writes them: `A · B`, `A | B`, `A + B`, `A & B`. */
export const SPLIT = /\s+(?:·|\||\+|&)\s+|\s*·\s*/;

/**
 * The boxes a layout table's cell lists: `[A] [B]`, `A · B`, or titles each opening with its emoji after a comma,
 * a slash, a semicolon, an arrow or a `<br>` (`🦙 A, 📚 B`): a comma before other words is the title's own.
 */
export function listedBoxes(text: string): string[] {
  const brackets = [...text.matchAll(/\[([^\]]+)\]/g)].map((b) => b[1]!.trim());
  if (brackets.length >= 2) return brackets;
  const parts = text.split(SPLIT).map((t) => t.trim()).filter(Boolean);
  if (parts.length > 1) return parts;
  return text.split(/\s*(?:[,，;；/]|<br\s*\/?>|→|->)\s*(?=\p{Extended_Pictographic})/u).map((t) => t.trim()).filter(Boolean);
}

/** A bracket in a box's title holding a percent: `(wide, ~60%)`, `(60%)`. */
const WIDTH_PAREN = /\s*[(（][^()（）]*?(\d{1,2}(?:\.\d+)?)\s*%[^()（）]*[)）]/;

/**
 * Widths the boxes of a listed row state in brackets (`🏗️ SIMULATOR (wide, ~60%)`): that share of the row, the
 * boxes without one sharing what is left; none when no box states one or they leave nothing to share.
 */
export function listedWidths(cells: DataCell[]): number[] | undefined {
  const said = cells.map((c) => {
    const m = WIDTH_PAREN.exec(c.text);
    return m ? Number(m[1]) : undefined;
  });
  const total = said.reduce<number>((s, w) => s + (w ?? 0), 0);
  const unset = said.filter((w) => w === undefined).length;
  if (total === 0 || total > 100 || (unset > 0 && total >= 100) || (unset === 0 && Math.abs(total - 100) > 1)) return undefined;
  // Read as the width, the bracket is no part of the title (`(~60%)` alone would stay in it as words).
  for (const c of cells) c.text = c.text.replace(WIDTH_PAREN, " ").replace(/\s+/g, " ").trim();
  return said.map((w) => w ?? (100 - total) / unset);
}

