// An outline numbered with decimals under a numbered item (`1. Card A — Sampling` over `1.1 …`, `1.3.1 …`), as
// a writer numbers a document's headings. Markdown has no such list: the `1.1` lines were lazy lines of the
// item's paragraph, every point glued into one run of text. Each becomes a point of the list under its item,
// nested as deep as its number, its number dropped (the nesting says it). A line whose number does not follow
// from the item above it (`1.5 million tokens` after `3. …`) is text as written.

const ITEM = /^(\d{1,2})[.)][ \t]+\S/;
const SUB = /^[ \t]*(\d{1,2}(?:\.\d{1,2}){1,3})\.?[ \t]+(?=\S)/;
const FENCE = /^[ \t]*(?:```|~~~)/;

/** The text with each decimal-numbered line under a numbered item written as a nested list item, line for line. */
export function decimalOutline(text: string): string {
  if (!/^[ \t]*\d{1,2}\.\d{1,2}\.?[ \t]/m.test(text)) return text;
  const lines = text.split("\n");
  let fence = false;
  let top: string | undefined;
  let seen = new Set<string>();
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (FENCE.test(line)) fence = !fence;
    if (fence) continue;
    const item = ITEM.exec(line);
    if (item) {
      top = item[1]!;
      seen = new Set([top]);
      continue;
    }
    const sub = top !== undefined ? SUB.exec(line) : null;
    if (sub) {
      const parts = sub[1]!.split(".");
      // Its parent must be the item or a point already under it: `2.1` under `2.`, `2.1.3` after `2.1`.
      if (parts[0] === top && seen.has(parts.slice(0, -1).join("."))) {
        seen.add(parts.join("."));
        const indent = " ".repeat(top!.length + 2 + 2 * (parts.length - 2));
        lines[k] = `${indent}- ${line.slice(sub[0].length)}`;
        continue;
      }
    }
    // A heading closes the outline; blank lines, tables and text between points do not.
    if (/^#{1,6}\s/.test(line)) top = undefined;
  }
  return lines.join("\n");
}
