// Row heights kept in the chapter's metadata (`layout: rows: - {ratio: 0.12, boxes: [...]}`): a writer who
// keeps the whole prompt as structured data puts the layout there and may paste a drawing of it in the body
// as well. The drawing gives the boxes; the metadata's shares give the rows their heights, as a ratio table
// would. Only a key that names a layout is read: other metadata numbers (`chapter: 19`) are no heights.
import type { DiagramRow } from "./ascii-layout.js";
import { heightsOf } from "./data-heights.js";
import type { RatioTable } from "./ratios.js";

const LAYOUT_KEY = /^(?:layout|rows|grid|heights|ratios|레이아웃|배치|비율)$/i;

export function frontmatterHeights(
  fm: { data: Record<string, unknown>; startLine: number } | undefined,
  rows: DiagramRow[],
  lines: readonly string[],
): RatioTable | undefined {
  if (!fm) return undefined;
  for (const [key, value] of Object.entries(fm.data)) {
    if (!LAYOUT_KEY.test(key.trim())) continue;
    // The warning names the key's own line in the metadata block.
    const at = lines.findIndex((l, i) => i >= fm.startLine - 1 && new RegExp(`^\\s*["']?${escape(key)}["']?\\s*:`).test(l));
    const table = heightsOf({ [key]: value }, rows, at < 0 ? fm.startLine : at + 1);
    if (table) return table;
  }
  return undefined;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
