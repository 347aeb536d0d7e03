// Row heights written inside the drawing itself: `h=15`, `height: 40%`, `높이=25` on a box's line or beside it,
// or a row's label in the margin (`ROW 2 (30%) →`).
// Such a token is a note to the drawer, never the box's words, so it is taken out of the box wherever it stands.
import type { DiagramBox, DiagramRow, TextLine } from "./ascii-layout.js";
import type { RatioTable } from "./ratios.js";

const TOKEN = /(?<![\p{L}\p{N}])(?:h|height|높이)\s*[=:：]\s*(\d{1,3}(?:\.\d+)?)\s*[%％]?(?![\p{L}\p{N}])/iu;
// A row's label in the margin, as people number the rows of a sketch: `ROW 2 (30%) →`, `Row 3: 35%`, `2행 (40%)`,
// `3줄 = 25%`. Only beside the drawing (a box's own `row 2 (30%)` may be its words), and only with a percent.
// `<- 15%`, `← 15%`: an arrow in the margin pointing back at the row, the height alone.
// `15% ║`: a percent alone in the margin, with nothing else written there, is the row's height too.
const ROW_LABEL = /(?<![\p{L}\p{N}])(?:row\s*\d{1,2}|\d{1,2}\s*(?:행|줄|단)|(?<=^|\s)(?:<-{1,2}|<=|←|⟵|◀)(?=\s*\d)|^(?=\s*[(（]?\s*\d{1,3}(?:\.\d+)?\s*[%％]\s*[)）]?\s*$))\s*[(（:：=]?\s*(\d{1,3}(?:\.\d+)?)\s*[%％]\s*[)）]?\s*(?:→|->|=>|:)?/iu;

/** Takes the height tokens out of every box and outside text of the rows; their shares as a ratio table when
 * each row states one, or most rows do and what is left over goes evenly to the others. */
export function drawnHeights(rows: DiagramRow[]): RatioTable | undefined {
  const stated = rows.map((row) => {
    const notes = new Set(row.notes ?? []);
    const lines = [...row.texts, ...notes, ...row.boxes.flatMap((b) => b.lines)];
    let found: { ratio: number; line: number } | undefined;
    for (const t of lines) {
      // A label with two percents (`row 2: 60% / 40%`) shares the row across: widths, not a height.
      const m = TOKEN.exec(t.text) ?? (notes.has(t) && (t.text.match(/[%％]/g) ?? []).length === 1 ? ROW_LABEL.exec(t.text) : null);
      if (!m) continue;
      // The first box that states it speaks for the row, as a ratio table's row would.
      found ??= { ratio: Number(m[1]), line: t.line };
      t.text = cutToken(t.text, m);
    }
    row.texts = row.texts.filter(nonEmpty);
    if (row.notes) row.notes = row.notes.filter(nonEmpty);
    for (const b of row.boxes) b.lines = b.lines.filter(nonEmpty);
    return found;
  });
  const known = stated.filter((s) => s !== undefined);
  if (known.length === 0 || known.length * 2 < rows.length) return undefined;
  const left = Math.max(0, 100 - known.reduce((n, s) => n + s.ratio, 0));
  const share = left / Math.max(1, rows.length - known.length);
  if (known.length < rows.length && share <= 0) return undefined;
  return {
    line: known[0]!.line,
    rows: rows.map((row, k) => ({ line: stated[k]?.line ?? row.line, ratio: stated[k]?.ratio ?? share, text: `h=${stated[k]?.ratio ?? share}` })),
  };
}

// The token with the brackets a writer put around it (`[h:20%]`, `(h=30)`, `{w:40}`, `<h:25%>`): once the
// token goes, empty brackets would stay behind as the box's title `[ ]`.
const WRAPS: Record<string, string> = { "[": "]", "(": ")", "{": "}", "<": ">", "【": "】", "（": "）", "［": "］" };

function cutToken(text: string, m: RegExpExecArray, collapse = true): string {
  let from = m.index;
  let to = m.index + m[0].length;
  const open = /([[({<【（［])\s*$/u.exec(text.slice(0, from));
  const rest = text.slice(to);
  const close = open ? rest.length - rest.trimStart().length : -1;
  if (open && rest.trimStart().startsWith(WRAPS[open[1]!]!)) [from, to] = [from - open[0].length, to + close + 1];
  const cut = `${text.slice(0, from)} ${text.slice(to)}`;
  return collapse ? cut.replace(/\s+/g, " ").trim() : cut;
}

const nonEmpty = (t: TextLine): boolean => t.text !== "";

// `w=30`, `width: 25%`, `너비=40`: the box's share of its row's width, written like `h=15` and taken out the same way.
const WIDTH_TOKEN = /(?<![\p{L}\p{N}])(?:w|width|너비|폭)\s*[=:：]\s*(\d{1,2})\s*[%％]?(?![\p{L}\p{N}.])/iu;

/** Takes a width token out of a box's lines (wherever it stands, title line or a line of its own) and returns
 * its share, percent; a line left empty by it is dropped. */
export function takeDrawnWidth(box: DiagramBox): number | undefined {
  let found: number | undefined;
  for (const t of box.lines) {
    const m = WIDTH_TOKEN.exec(t.text);
    if (!m || Number(m[1]) < 5) continue;
    found ??= Number(m[1]);
    t.text = cutToken(t.text, m, false).replace(/\s+$/, "");
  }
  box.lines = box.lines.filter((t) => t.text.trim() !== "");
  return found;
}
