// A table written in HTML (`<table><tr><th>…</th></tr>…</table>`), as chat models and wiki pages paste them:
// its rows and cells as plain text lines (tags inside a cell dropped, `<br>` a line break, entities decoded).
// One pass over the tags, each bounded, so a long or broken table costs linear time.

const TAG = /<(\/?)(table|thead|tbody|tfoot|tr|th|td)\b[^<>]{0,300}>/gi;
const ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'",
  mdash: "—", ndash: "–", ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’", hellip: "…",
};

export interface HtmlTable {
  header: string[];
  rows: string[][];
}

/** The table a block of HTML holds, when it is one `<table>` with two rows at least. */
export function htmlTable(html: string): HtmlTable | undefined {
  const t = html.trim();
  if (!/^<table\b/i.test(t) || !/<\/table>\s*$/i.test(t)) return undefined;
  const rows: { cells: string[]; head: boolean[] }[] = [];
  let cellStart = -1;
  let cellHead = false;
  const close = (end: number): void => {
    if (cellStart < 0) return;
    const row = rows[rows.length - 1];
    if (row) {
      row.cells.push(cellText(t.slice(cellStart, end)));
      row.head.push(cellHead);
    }
    cellStart = -1;
  };
  for (const m of t.matchAll(TAG)) {
    const at = m.index;
    const closing = m[1] === "/";
    const name = m[2]!.toLowerCase();
    if (name === "td" || name === "th") {
      close(at);
      if (!closing) {
        if (rows.length === 0) rows.push({ cells: [], head: [] });
        cellStart = at + m[0].length;
        cellHead = name === "th";
      }
    } else {
      close(at);
      if (name === "tr" && !closing) rows.push({ cells: [], head: [] });
    }
  }
  const filled = rows.filter((r) => r.cells.length > 0);
  const [first, ...rest] = filled;
  if (!first || rest.length === 0) return undefined;
  const width = Math.max(...filled.map((r) => r.cells.length));
  const pad = (cells: string[]): string[] => [...cells, ...Array<string>(width - cells.length).fill("")];
  return { header: pad(first.cells), rows: rest.map((r) => pad(r.cells)) };
}

/** A cell's text: tags dropped, `<br>` a line break, entities decoded, blank lines gone. */
export function cellText(inner: string): string {
  return inner
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<[^<>]{0,300}>/g, "")
    .replace(/&(#39|[a-z]+);/gi, (all, name: string) => ENTITIES[name.toLowerCase()] ?? all)
    .replace(/&#(\d{1,6});/g, (_, n: string) => String.fromCodePoint(Math.min(Number(n), 0x10ffff)))
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}
