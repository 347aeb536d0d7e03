// A note under a table saying its empty cells repeat the one above (`(empty cell = same as above)`,
// `(빈 칸은 위와 같음)`, `blank = ditto`): the writer left cells empty to look merged, as on paper, and said so.
// The cells are filled with what they repeat, and the note, said to the reader of the Markdown, is not drawn.
// A layout table says the same of a box with `^^` in the cell under it: the box runs down into that row.
import type { Rich } from "../../model/sheet.js";
import { richText } from "./rich.js";

const ENGLISH = /^\(?\s*(?:an?\s+)?(?:empty|blank)(?:\s+(?:cells?|boxes?))?\s*(?:=|:|means?|is|are)\s*(?:the\s+)?(?:same(?:\s+as)?\s+(?:above|the\s+(?:row|cell|one)\s+above)|ditto)\s*\)?\s*\.?$/i;
const KOREAN = /^\(?\s*(?:빈\s*칸|빈칸|공란)(?:은|는|이면)?\s*(?:=|:)?\s*(?:위(?:와|랑|\s*칸과|\s*행과)?\s*(?:같음|동일|같다|같습니다|같아요|같은\s*값)|〃)\s*\)?\s*\.?$/;

export function isDittoNote(text: string): boolean {
  const t = text.trim();
  return ENGLISH.test(t) || KOREAN.test(t);
}

/** Each empty cell below the first row takes the cell above it (already filled, so a run of empties repeats one). */
export function fillDitto(rows: Rich[][]): void {
  rows.forEach((row, k) => {
    if (k === 0) return;
    row.forEach((cell, c) => {
      const above = rows[k - 1]![c];
      if (richText(cell).trim() === "" && above && richText(above).trim() !== "") row[c] = above.map((s) => ({ ...s }));
    });
  });
}

/** A layout table's cell saying the box above runs down into it: `^^`, `^`, `〃`, `″`, `(위와 같음)`, `(same)`. */
const ROW_SPAN = /^(?:\^+|[〃″]|["“”]{1,2}|[(（]?\s*(?:위와\s*같음|same(?:\s+as\s+above)?|ditto)\s*[)）]?|↑+|⬆️?)$/i;

export const isRowSpanMark = (text: string): boolean => ROW_SPAN.test(text.trim());
