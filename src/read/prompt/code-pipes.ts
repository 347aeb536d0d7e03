// `| 1 | `<|im_start|>` | 턴의 시작 |`: GFM splits a table row at every unescaped `|`, even inside backticks, so a
// chat template's special token typed in a cell breaks the row into more cells than the table has. When a row
// has more cells than its table's `|---|` line and escaping the pipes inside its code spans gives exactly as
// many, the writer meant the token: those pipes are escaped (`\|`), each line keeping its number.

const DELIMITER = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const FENCE = /^\s*(?:```|~~~)/;

/** Cells of a row: split at unescaped pipes, the outer ones not counted. */
function cellCount(line: string): number {
  const inner = line.trim().replace(/^\|/, "").replace(/(?<!\\)\|$/, "");
  return inner.split(/(?<!\\)\|/).length;
}

/** The row with the pipes inside its code spans escaped. */
function escapeInCode(line: string): string {
  return line.replace(/(`+)([^`]+?)\1(?!`)/g, (span, ticks: string, body: string) => (body.includes("|") ? `${ticks}${body.replace(/(?<!\\)\|/g, "\\|")}${ticks}` : span));
}

export function codePipes(text: string): string {
  if (!text.includes("`")) return text;
  const lines = text.split("\n");
  let fence = false;
  let cells = 0;
  for (const [k, line] of lines.entries()) {
    if (FENCE.test(line)) fence = !fence;
    if (fence) continue;
    if (!/^\s*\|/.test(line)) {
      cells = 0;
      continue;
    }
    if (DELIMITER.test(line) && line.includes("|")) {
      cells = cellCount(line);
      continue;
    }
    if (cells === 0 || !line.includes("`") || cellCount(line) <= cells) continue;
    const escaped = escapeInCode(line);
    if (cellCount(escaped) === cells) lines[k] = escaped;
  }
  return lines.join("\n");
}
