// Tables pasted from a spreadsheet: a ```csv or ```tsv fence (what a chat model emits for "the sheet as CSV"),
// rows copied out of Google Sheets or Excel, their cells apart by tabs, pasted as lines with no pipes, or a CSV
// pasted bare. Their
// writer meant the table they are — a comparison, the row heights — so they are written as the Markdown table
// they stand for before the document is read, each row keeping its line: the fence's opening line takes the
// header, the header's line the `|---|` rule, the closing line goes blank. Tab rows with a blank line above put
// their header there; under a line of text they move down into the blank line under them; else they become pipe
// rows, which a plan reads as a table typed without its rule.

/** The fences a spreadsheet is pasted in, and the character between their cells. */
const SHEET_FENCE: Record<string, string> = { csv: ",", tsv: "\t", "tab-separated-values": "\t", "text/csv": ",", "text/tab-separated-values": "\t" };

/** One CSV line's cells: quoted cells may hold the separator and `""` for a quote mark. Undefined for a quote
 * left open, which is no line of a sheet. */
export function csvCells(line: string, sep: string): string[] | undefined {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let k = 0; k < line.length; k++) {
    const c = line[k]!;
    if (quoted && c === '"' && line[k + 1] === '"') {
      cell += '"';
      k++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) cell += c;
    else if (c === '"' && cell.trim() === "") [quoted, cell] = [true, ""];
    else if (c === sep) {
      cells.push(cell.trim());
      cell = "";
    } else cell += c;
  }
  if (quoted) return undefined;
  cells.push(cell.trim());
  return cells;
}

/** A row as a Markdown table line, its pipes escaped, as wide as the header. */
const pipeRow = (cells: string[], width: number): string =>
  `| ${[...cells, ...Array<string>(Math.max(0, width - cells.length)).fill("")].map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;

/** The separator a `csv` fence's header uses: a comma, else the semicolon or tab a European Excel exports. */
function separatorOf(header: string, declared: string): string {
  if (declared !== ",") return declared;
  return header.includes(",") ? "," : header.includes(";") ? ";" : header.includes("\t") ? "\t" : ",";
}

/** A line of tab-separated cells, as copied out of a spreadsheet: text on both sides of a tab, no drawing or
 * Markdown of its own (a box's walls, a list's dash, a heading, a quote) and no indentation. */
const TAB_ROW = (line: string): boolean =>
  /\S\t+\S/.test(line) && !/^\s/.test(line) && !/[|│┃║]/.test(line) && !/^(?:[-*+•]\s|\d+[.)]\s|#|>)/.test(line);

/** The document with its pasted spreadsheets written as Markdown tables; unchanged when it has none. */
export function spreadsheetTables(text: string): string {
  if (!/```\s*(?:csv|tsv|text\/|tab-)|~~~\s*(?:csv|tsv)|\t|,[^,\n]*,/i.test(text)) return text;
  const lines = text.split("\n");
  let fence = "";
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!.replace(/\r$/, "");
    const f = /^\s*(`{3,}|~{3,})\s*([^\s`]*)\s*$/.exec(line);
    if (fence !== "") {
      if (f && f[1]!.startsWith(fence) && !f[2]) fence = "";
      continue;
    }
    if (f) {
      const declared = SHEET_FENCE[f[2]!.toLowerCase()];
      const closing = new RegExp(`^\\s*${f[1]![0] === "`" ? "`" : "~"}{${f[1]!.length},}\\s*$`);
      const end = declared ? lines.findIndex((l, j) => j > k && closing.test(l.replace(/\r$/, ""))) : -1;
      if (declared && end > k + 2 && sheetFence(lines, k, end, declared)) k = end;
      else fence = f[1]!;
      continue;
    }
    if (TAB_ROW(line) && (k === 0 || !TAB_ROW(lines[k - 1]!))) k = pastedRows(lines, k, false) - 1;
    else if (CSV_ROW(line) && (k === 0 || !CSV_ROW(lines[k - 1]!))) k = pastedRows(lines, k, true) - 1;
  }
  return lines.join("\n");
}

/** The fence from `open` to `close` rewritten as a table in place, when every line is a row of two cells or more. */
function sheetFence(lines: string[], open: number, close: number, declared: string): boolean {
  const body = lines.slice(open + 1, close).map((l) => l.replace(/\r$/, ""));
  const sep = separatorOf(body[0]!, declared);
  const rows = body.map((l) => (l.trim() === "" ? [] : csvCells(l, sep)));
  if (rows.some((r) => r === undefined) || rows.some((r) => r!.length > 0 && r!.length < 2)) return false;
  const width = Math.max(...rows.map((r) => r!.length));
  const header = rows[0]!;
  if (header.length < 2) return false;
  lines[open] = pipeRow(header, width);
  lines[open + 1] = `|${" --- |".repeat(width)}`;
  // A blank line inside the fence would end the table: the rows after it close up on it.
  const kept = rows.slice(1).filter((r) => r!.length > 0);
  for (let j = 0; j < body.length - 1; j++) lines[open + 2 + j] = kept[j] ? pipeRow(kept[j]!, width) : "";
  lines[close] = "";
  return true;
}

const KEYED = /^[\p{L}_][\p{L}\p{N}_ ]{0,15}\s*[:=]\s*\S/u;

/** A line of a CSV pasted bare: three cells or more, each short, nothing of Markdown's own around them. */
const CSV_ROW = (line: string): boolean => {
  if (/^\s/.test(line) || /[|│┃║]/.test(line) || /^(?:[-*+•]\s|\d+[.)]\s|#|>)/.test(line)) return false;
  const cells = csvCells(line, ",");
  // Cells that each name their value (`x: 0, y: 148, w: 650`) are one record's fields, a frame's coordinates, not a row.
  const named = (cells ?? []).filter((c) => KEYED.test(c.trim())).length;
  return cells !== undefined && cells.length >= 3 && cells.every((c) => [...c].length <= 40) && named < 2;
};

/** The rows from `start` rewritten as a table; returns the line after them. Each row as many cells as the first,
 * a blank line or a heading after them, else they stay the lines they are. A CSV pasted bare is three lines at
 * least, a number in every row under the header: commas alone also run through prose. */
function pastedRows(lines: string[], start: number, csv: boolean): number {
  const isRow = csv ? CSV_ROW : TAB_ROW;
  let end = start;
  while (end < lines.length && isRow(lines[end]!.replace(/\r$/, ""))) end++;
  const rows = lines.slice(start, end).map((l) => (csv ? csvCells(l.replace(/\r$/, ""), ",")! : l.replace(/\r$/, "").split("\t").map((c) => c.trim())));
  if (rows.length < (csv ? 3 : 2) || rows.some((r) => r.length !== rows[0]!.length)) return end;
  if (csv && !rows.slice(1).every((r) => r.some((c) => /\d/.test(c)))) return end;
  // A line of text right under them would be read as one more row: they are the paragraph's, not a sheet.
  const closed = (k: number): boolean => k >= lines.length || lines[k]!.trim() === "" || /^#{1,6}\s/.test(lines[k]!);
  if (!closed(end)) return end;
  const width = rows[0]!.length;
  const table = [pipeRow(rows[0]!, width), `|${" --- |".repeat(width)}`, ...rows.slice(1).map((r) => pipeRow(r, width))];
  // Written over as many lines as they take, so every line after them keeps its number.
  const put = (at: number, out: string[]): void => out.forEach((l, j) => (lines[at + j] = l));
  if (start > 0 && lines[start - 1]!.trim() === "") put(start - 1, table);
  // Under a line of text: the rows move down a line into the blank one under them, making room for the rule.
  else if (end < lines.length && closed(end + 1)) put(start, table);
  else put(start, rows.map((r) => pipeRow(r, width)));
  return end;
}
