// A note under a table saying its empty cells repeat the one above (`(empty cell = same as above)`,
// `(빈 칸은 위와 같음)`, `blank = ditto`): the writer left cells empty to look merged, as on paper, and said so.
// Written right over the table instead (`※ 빈 칸은 바로 윗칸과 같은 내용입니다.` then the table), it says the
// same of the table it introduces.
// The cells are filled with what they repeat, and the note, said to the reader of the Markdown, is not drawn.
// A layout table says the same of a box with `^^` in the cell under it: the box runs down into that row.
import type { RootContent } from "mdast";
import type { Rich } from "../../model/sheet.js";
import { richText } from "./rich.js";
import { plainText } from "./sections.js";

const ENGLISH = /^(?:[※*]\s*|note\s*[:：]\s*)?\(?\s*(?:an?\s+)?(?:empty|blank)(?:\s+(?:cells?|boxes?))?\s*(?:=|:|means?|is|are)\s*(?:the\s+)?(?:same(?:\s+as)?\s+(?:above|the\s+(?:row|cell|one)\s+above)|ditto)\s*\)?\s*\.?$/i;
// `※ 빈 칸은 바로 윗칸과 같은 내용입니다.`: a reference mark or `참고:` before it, `바로` and `윗칸` in it, and a
// polite closing are the same note.
const KOREAN =
  /^(?:[※*]\s*|참고\s*[:：]\s*)?\(?\s*(?:빈\s*칸|공란)(?:은|는|이면)?\s*[=:：]?\s*(?:(?:바로\s*)?(?:위(?:와|랑|\s*칸(?:과|이랑)?|\s*행과|\s*줄과)?|윗\s*(?:칸|행|줄)(?:과|이랑)?)\s*(?:같음|동일(?:함|합니다)?|같다|같습니다|같아요|같은\s*(?:값|내용)(?:입니다|이에요|임)?)|〃)\s*\)?\s*\.?$/;

export function isDittoNote(text: string): boolean {
  const t = text.trim();
  return ENGLISH.test(t) || KOREAN.test(t);
}

/**
 * A section's ditto notes and the tables they speak of: a note under a table is that table's; one not taken so
 * and standing right over a table is the next table's. The notes are not drawn.
 */
export function dittoNotes(nodes: RootContent[]): { notes: Set<RootContent>; tables: Set<RootContent> } {
  const notes = new Set<RootContent>();
  const tables = new Set<RootContent>();
  nodes.forEach((node, k) => {
    if (node.type !== "paragraph" || !isDittoNote(plainText(node))) return;
    const before = nodes[k - 1];
    const after = nodes[k + 1];
    const table = before?.type === "table" && !tables.has(before) ? before : after?.type === "table" ? after : undefined;
    if (!table) return;
    notes.add(node);
    tables.add(table);
  });
  return { notes, tables };
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

/** A bare ditto mark (`〃`, `″`, `"`), which says "the same" without saying which way, as `^^` and `↑` do. */
const DITTO = /^(?:[〃″]|["“”]{1,2})$/;

export const isDittoMark = (text: string): boolean => DITTO.test(text.trim());
