// Row heights given as a small YAML or JSON block beside a drawing (```yaml heights: {제목: 10%, 1줄: 28%, …}```,
// `{"rows": [10, 30, 40, 20]}`, a list of `- height: 30%`): one height per drawn row, in order, whatever the keys
// call the rows, or one per band of rows a tall box spans. People reach for a data block when a table feels like
// too much; it says what a ratio table says.
import type { RootContent } from "mdast";
import { parse as parseYaml } from "yaml";
import { QUIET } from "./frontmatter.js";
import type { DiagramRow } from "./ascii-layout.js";
import type { RatioTable } from "./ratios.js";
import { lineOf } from "./sections.js";
import { ratioRows } from "./text-heights.js";
import { bandsOf, byBand } from "./sentence-heights.js";

const DATA = /^(?:ya?ml|json5?|jsonc)$/i;
/** Shares across a row are widths, not heights. */
const ACROSS = /width|너비|폭|가로|col/i;
/** The key holding a row's height inside its own object (`- height: 30%`). */
const HEIGHT_KEY = /^(?:h|height|heights|높이|세로|ratio|비율|share|size)$/i;

interface Share {
  value: number;
  percent: boolean;
}

/** The heights of the first YAML/JSON block in the layout part that gives exactly one per drawn row. */
export function dataHeights(nodes: RootContent[], rows: DiagramRow[]): RatioTable | undefined {
  for (const node of nodes) {
    if (node.type !== "code" || !DATA.test(node.lang ?? "")) continue;
    let data: unknown;
    try {
      data = parseYaml(node.value, QUIET);
    } catch {
      continue;
    }
    // One height per band instead (`rows: [0.1, 0.75, 0.15]` beside a column of stacked boxes next to one tall
    // box): the writer counts the rows they see across the page, so each band's share goes to its drawn rows
    // by their lines, as a ratio table with one row per band is read.
    const table = heightsOf(data, rows, lineOf(node) + 1);
    if (table) return table;
  }
  return undefined;
}

/** The heights parsed data (a block's, or the metadata's `layout:`) gives the drawn rows, one per row or per band. */
export function heightsOf(data: unknown, rows: DiagramRow[], line: number): RatioTable | undefined {
  const bands = bandsOf(rows);
  const perRow = heights(data, rows.length);
  const perBand = perRow ? undefined : bands.length < rows.length ? heights(data, bands.length) : undefined;
  const found = perRow ?? perBand;
  if (!found) return undefined;
  const given = found.map((s) => s.value);
  const values = perBand ? byBand(given, bands, rows) : given;
  // Plain numbers adding up to 100 are percents written without the sign.
  const percent = found.every((s) => s.percent) || (found.every((s) => !s.percent) && Math.abs(given.reduce((a, b) => a + b, 0) - 100) <= 1);
  const titled = rows.map((r) => ({ cells: r.boxes.map((b) => ({ text: b.lines[0]?.text ?? "" })) }));
  return { line, rows: ratioRows(titled, { values, percent, line }) };
}

/** The object or list (this one, or one nested under a key such as `heights:`) whose n values are all shares. */
function heights(data: unknown, n: number, key = ""): Share[] | undefined {
  if (ACROSS.test(key) || data === null || typeof data !== "object") return undefined;
  const entries: [string, unknown][] = Array.isArray(data) ? data.map((v, k) => [String(k), v]) : Object.entries(data);
  const shares = entries.map(([, v]) => share(v));
  if (n >= 2 && entries.length === n && shares.every((s) => s !== undefined)) return shares as Share[];
  for (const [k, v] of entries) {
    const nested = heights(v, n, k);
    if (nested) return nested;
  }
  return undefined;
}

function share(v: unknown): Share | undefined {
  if (typeof v === "number") return v > 0 ? { value: v, percent: false } : undefined;
  if (typeof v === "string") {
    const m = /^\s*(?:~|약|about\s+)?(\d+(?:\.\d+)?)\s*([%％])?\s*$/i.exec(v);
    return m && Number(m[1]) > 0 ? { value: Number(m[1]), percent: m[2] !== undefined } : undefined;
  }
  if (v && typeof v === "object" && !Array.isArray(v)) {
    const own = Object.entries(v).find(([k]) => HEIGHT_KEY.test(k.trim()));
    return own ? share(own[1]) : undefined;
  }
  return undefined;
}
