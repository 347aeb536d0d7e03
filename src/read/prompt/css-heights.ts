// Row heights written as the CSS a web developer would use for the page (```css grid-template-rows: 1fr 4fr
// 3fr;```, or the same in backticks in a sentence) beside a box drawing: one track per drawn row, in order. The
// `fr` units are proportions, as `1 : 4 : 3` would be; `%` are percents. A list one track short of the drawn
// rows leaves out the title strip on top, as a ratio table for the boxes alone does (`title-outside.ts`).
import type { RootContent } from "mdast";
import type { DiagramRow } from "./ascii-layout.js";
import type { RatioTable } from "./ratios.js";
import { lineOf } from "./sections.js";
import { ratioRows } from "./text-heights.js";

const ROWS = /grid-template-rows\s*:\s*([^;\n`]+)/i;
/** One track: a number with its unit. `auto` and `min-content` have no share to give and make the list unread. */
const TRACK = /^(\d+(?:\.\d+)?)(fr|%|px)?$/i;

/** The heights a `grid-template-rows` declaration in the layout part gives, when it gives one per row. */
export function cssHeights(nodes: RootContent[], rows: DiagramRow[]): RatioTable | undefined {
  for (const { text, line } of texts(nodes)) {
    const m = ROWS.exec(text);
    if (!m) continue;
    const spelled = m[1]!.replace(/repeat\(\s*(\d+)\s*,\s*([^)]+)\)/gi, (_, n: string, v: string) => Array(Number(n)).fill(v.trim()).join(" "));
    const tracks = spelled.trim().split(/\s+/).map((t) => TRACK.exec(t));
    if (tracks.some((t) => !t)) continue;
    const units = new Set(tracks.map((t) => (t![2] ?? "").toLowerCase()));
    // Mixed units (`100px 1fr`) say no proportions between the rows.
    if (units.size > 1) continue;
    const values = tracks.map((t) => Number(t![1]));
    if (values.some((v) => !(v > 0))) continue;
    // Without its title strip: the rows under it, and the title keeps its thin row (panels.ts puts it first).
    const under = values.length === rows.length - 1 && rows[0]?.boxes.length === 0;
    if (values.length !== rows.length && !under) continue;
    const named = (under ? rows.slice(1) : rows).map((r) => ({ cells: r.boxes.map((b) => ({ text: b.lines[0]?.text ?? "" })) }));
    const at = line + (text.slice(0, m.index).match(/\n/g)?.length ?? 0);
    return { line: at, rows: ratioRows(named, { values, percent: units.has("%"), line: at }) };
  }
  return undefined;
}

/** The layout part's code blocks and paragraphs, each with the line its text starts on. */
function texts(nodes: RootContent[]): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  const walk = (n: RootContent): void => {
    if (n.type === "code") {
      if (!/^mermaid$/i.test(n.lang ?? "")) out.push({ text: n.value, line: lineOf(n) + 1 });
      return;
    }
    if (n.type === "inlineCode") out.push({ text: n.value, line: lineOf(n) });
    if ("children" in n) (n.children as RootContent[]).forEach(walk);
  };
  nodes.forEach(walk);
  return out;
}
