// A layout written as a Markdown table whose cells are the boxes: columns are places on the page (왼쪽 | 가운데
// | 오른쪽), an empty cell continues the box on its left, `^^` the box above; a height column gives the ratios.
import type { RootContent, Table } from "mdast";
import { lineOf, plainText } from "./sections.js";
import { BOXES_HEAD, listedBoxes, listedWidths } from "./listed-boxes.js";
import { isDittoMark, isRowSpanMark } from "./ditto.js";
import { spanMark } from "./span-words.js";
import { titleLineBefore } from "./table-title-line.js";
import { finish, TITLE_CELL, type Cell, type TextRow } from "./text-rows.js";
import { POSITION, type TextLayout } from "./text-layout.js";

/** A cell's own note that it spans columns, as HTML would say it: `(colspan 2)`, `colspan=3`, `(span 2)`, `(2칸 합침)`. */
const SPAN_MARK = /\s*[(（[]?\s*(?<![\p{L}\p{N}])(?:col\s*span|span)\s*[=:]?\s*(\d)\s*[)）\]]?|\s*[(（]\s*(\d)\s*(?:칸|열|columns?|cols?)(?:\s*(?:합침|병합|차지|걸침|wide))?\s*[)）]/iu;

/** A table under # Layout Structure whose columns are places on the page (왼쪽 | 가운데 | 오른쪽). */
export function tableLayout(nodes: RootContent[]): TextLayout | undefined {
  for (const table of nodes.filter((n): n is Table => n.type === "table")) {
    const [head, ...body] = table.children.map((r) => r.children.map((c) => plainText(c).trim()));
    if (!head || body.length < 2) continue;
    // `| 🍌 NANO BANANA CHEAT SHEET: … | | |` as the header (or the title typed in every column, as one merged
    // cell): the table's first row is the title box.
    const titled = new Set(head.filter(Boolean)).size === 1 && TITLE_CELL.test(head.join(" "));
    const label = titled ? -1 : head.findIndex((h, k) => /^(?:행|row|줄|#|no\.?|)$/i.test(h) && body.every((r) => /^(?:(?:row|행)?\s*\d+\s*(?:행|줄)?|)$/i.test(r[k] ?? "")));
    const ratio = titled ? -1 : head.findIndex((h, k) => k !== label && /높이|height|비율|ratio|share|%/i.test(h));
    const places = head.flatMap((h, k) => (k !== label && k !== ratio ? [k] : []));
    // `| Row | Height | Boxes (left → right) |`: one column listing each row's boxes, `A · B · C` in its cell.
    const listed = !titled && places.length === 1 && (label >= 0 || ratio >= 0) && BOXES_HEAD.test(head[places[0]!]!);
    if (!listed && (places.length < 2 || !(titled || places.every((k) => POSITION.test(head[k]!) || head[k] === "")))) continue;
    // The box each column holds in the row above, for a cell that says it continues it (`^^`, the title again).
    let above: (Cell | undefined)[] = [];
    let spanned = false;
    const rows: TextRow[] = (titled ? [head, ...body] : body).map((cells, i) => {
      const here: (Cell | undefined)[] = [];
      const line = lineOf(table.children[titled ? i : i + 1]!);
      // A cell's own `(가장 넓게!)` marks its row as the widest.
      const row: TextRow = { line, cells: [], head: cells[label] ?? "", remark: places.map((k) => /[(（][^)）]*[)）]/.exec(cells[k] ?? "")?.[0] ?? "").join(" ") };
      // Empty cells after a box widen it; a box marked `(colspan 3)` is that wide, its empty cells counted in it.
      // A cell typing the title on its left again widens that box too, as a merged cell is written in plain
      // Markdown; one typing `^^` (or the title above it again) runs the box above down through this row.
      let owed = 0;
      places.forEach((k, col) => {
        const written = cells[k] ?? "";
        const span = SPAN_MARK.exec(written);
        // `(두 칸 합침)`: the span said with a word for its number (span-words.ts).
        const worded = span ? undefined : spanMark(written);
        const text = span ? written.replace(SPAN_MARK, "").trim() : (worded?.rest ?? written);
        const last = row.cells[row.cells.length - 1];
        const up = above[col];
        // A bare `〃` under a box that also spans the column on its left, where this row has another box, cannot
        // run that box down (it would be an L): the writer dittoed the cell beside it, and it widens that box.
        const sideways = isDittoMark(text) && !!last && here[col - 1] === last && (!up || (above[col - 1] === up && last !== up));
        if (listed) row.cells.push(...listedBoxes(text).map((t) => ({ text: t, weight: 1, line })));
        else if (sideways) {
          last!.weight += 1;
          here[col] = last;
        } else if (up && (isRowSpanMark(text) || (text === up.text && here[col - 1] !== up))) {
          if (here[col - 1] !== up) up.span = (up.span ?? 1) + 1;
          here[col] = up;
          spanned = true;
        } else if (text && !(last && text === last.text && here[col - 1] === last)) {
          const weight = span ? Number(span[1] ?? span[2]) || 1 : (worded?.cols ?? 1);
          const cell: Cell = { text, weight, line, start: col };
          row.cells.push(cell);
          for (let w = 0; w < weight; w++) here[col + w] = cell;
          owed = weight - 1;
        } else if (owed > 0) owed -= 1;
        else if (last && here[col - 1] === last) {
          last.weight += 1;
          here[col] = last;
        }
      });
      above = here;
      if (listed) row.widths = listedWidths(row.cells);
      const value = ratio >= 0 ? /(\d+(?:\.\d+)?)\s*(%?)/.exec(cells[ratio] ?? "") : null;
      if (value) {
        row.ratio = Number(value[1]);
        row.percent = value[2] === "%";
      }
      return row;
    });
    const read = rows.filter((r) => r.cells.length > 0);
    if (read.length < 2) continue;
    // The banner named in a line above the table rather than in a cell (table-title-line.ts) is its first row.
    const banner = titled || listed || ratio >= 0 || read[0]!.cells.length === 1 ? undefined : titleLineBefore(nodes, table);
    if (banner) read.unshift({ line: banner.line, cells: [{ text: banner.text, weight: places.length, line: banner.line }], head: "", remark: "" });
    const stated = read.every((r) => r.ratio !== undefined)
      ? { values: read.map((r) => r.ratio!), percent: read.every((r) => r.percent), line: lineOf(table) }
      : undefined;
    const across = spanned ? places.length : undefined;
    return { ...finish(read, stated, [lineOf(table), lineOf(table.children[table.children.length - 1]!)], across), layoutTable: table };
  }
  return undefined;
}
