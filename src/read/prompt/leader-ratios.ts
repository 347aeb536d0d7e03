// Row heights written as a typed table of contents, one row a line with dot leaders running to its share
// (`Row 1 (title) ........ 8%`, `Row 2 (📉 Loss + 📟 Log, 좌우 2등분) ...... 34%`), as someone writing in a
// plain-text mail lines them up. Read as the ratio table it stands for: the words before the leaders name the
// row, those in its brackets are its content, and the shares must add up to a hundred, as a page's do.
import type { RootContent, Table } from "mdast";
import { plainText } from "./sections.js";

const LEADER = /^(.*?\S)\s*(?:\.{3,}|…{2,}|·{3,}|_{3,})\s*[:=]?\s*((?:~|약\s*)?\d+(?:\.\d+)?\s*%)\s*$/;

/** The first paragraph of two lines or more, each a row led by dots to its share, as a table; else undefined. */
export function leaderTable(nodes: RootContent[]): Table | undefined {
  for (const n of nodes) {
    if (n.type !== "paragraph" || !n.position) continue;
    const lines = plainText(n).split("\n").map((l) => l.trim().normalize("NFKC")).filter((l) => l !== "");
    const rows = lines.map((l) => LEADER.exec(l));
    if (rows.length < 2 || rows.some((m) => !m)) continue;
    const shares = rows.map((m) => Number(/\d+(?:\.\d+)?/.exec(m![2]!)![0]));
    if (Math.abs(shares.reduce((a, b) => a + b, 0) - 100) > 1) continue;
    const start = n.position.start.line;
    const cell = (value: string) => ({ type: "tableCell" as const, children: [{ type: "text" as const, value }] });
    const row = (cells: string[], line: number) => ({
      type: "tableRow" as const,
      children: cells.map(cell),
      position: { start: { line, column: 1 }, end: { line, column: 1 } },
    });
    const body = rows.map((m, k) => {
      const label = m![1]!;
      // `Row 2 (📉 Loss Going Down + 📟 The Training Log, 좌우 2등분)`: what the brackets hold is the row's content.
      const content = /\((.+)\)\s*$/.exec(label)?.[1] ?? label;
      return row([label, `${shares[k]}%`, content], start + k);
    });
    return { type: "table", children: [row(["영역", "비율", "내용"], start), ...body], position: n.position };
  }
  return undefined;
}
