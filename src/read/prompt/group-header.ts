// A table pasted from a spreadsheet whose header is two rows deep: a first row grouping the columns, a merged cell
// unmerged into the same words over each column it spans (`| | 학습 시 | 학습 시 | 대화 시 |`), then the real
// header (`| 방법 | 어디에 넣나 | 예시 | 모델이 보는 것 |`). Markdown takes the first row for the header and the
// real one for the first row of data, so the sheet drew the column names as a row of content. The two rows are
// one header: each column named by its group over its own name, on two lines of its cell.
import type { Block, Rich } from "../../model/sheet.js";
import { richText } from "./rich.js";

type Table = Block & { kind: "table" };

/** The table with a grouping header row and the real header under it made one header; the same table otherwise. */
export function groupedHeader(table: Table): Table {
  const [real, ...body] = table.rows;
  if (!real || body.length === 0 || real.length !== table.header.length) return table;
  const group = table.header.map((c) => richText(c).trim());
  const names = real.map((c) => richText(c).trim());
  // A merged cell unmerged: the same words over two columns side by side, which no header names two columns with.
  // Or merged as a word processor exports it: the group's words in its first column, the rest left empty
  // (`| 입력 | | 토큰 수 | |`); a header row of column names leaves no name out after the first.
  const spans = group.some((g, k) => g !== "" && (g === group[k + 1] || group[k + 1] === ""));
  // The row under it names every column but maybe the first (the row labels' corner), each once.
  const named = names.slice(1).every((n) => n !== "") && new Set(names.filter(Boolean)).size === names.filter(Boolean).length;
  if (!spans || !named || names.some((n, k) => n !== "" && n === group[k])) return table;
  const header: Rich[] = table.header.map((g, k) => {
    const name = real[k] ?? [];
    if (group[k] === "") return name;
    if (names[k] === "") return g;
    return [...g, { text: "\n" }, ...name];
  });
  return { ...table, header, rows: body };
}
