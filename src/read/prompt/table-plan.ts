// A whole output plan written as one table, a row a panel (`| 패널 | 들어갈 내용 | 시각 요소 |`): read as the
// sections it stands for, each row a heading over its points, so every rule of the plan applies to it. A cell
// holds several lines joined by `<br>` (a table row cannot hold a newline); bulleted ones (`• …`) are a list.
// The visual cell says what to draw beside them: a quote (`인용: "…"`) is drawn as a quote, an arrow chain
// (`flowchart: 문제 → 풀이 → 채점`) as a flowchart; a note on how to draw (`아이콘: …`, `표: … 비교`, `체크리스트`)
// describes a picture no words on the sheet could stand in for, and is not drawn, except a table whose columns
// it names, which the row's points fill when each says one thing per column. A code fence after the table
// under a line naming a row's panel (`🐍 보상 함수 패널에 넣을 코드:`) goes in that panel.
import type { Blockquote, Heading, List, ListItem, Paragraph, PhrasingContent, RootContent, Table, TableCell } from "mdast";
import { ARROW_SPLIT } from "./chain.js";
import { plainText } from "./sections.js";

/** A header cell naming the panel each row is: `패널`, `박스`, `Panel`, `Section`. */
const PANEL_HEAD = /^(?:패널|박스|칸|섹션|영역|구역|블록|카드|panel|box|section|card|block|area)(?:\s*(?:이름|제목|name|title))?$/i;
/** A header cell naming what goes in it: `들어갈 내용`, `내용`, `Content`, `What goes in`. */
const CONTENT_HEAD = /내용|content|points|text|what\s+goes|bullets|요점|설명/i;
/** A header cell naming how it is drawn: `시각 요소`, `Visual`, `도식`, `그림`. */
const VISUAL_HEAD = /시각|visual|도식|그림|diagram|graphic|figure|표현|형태|format/i;

/** A line about the table itself: `아래 표가 전체 계획`, `한 줄 = 한 패널`, `one row per panel`. */
const INTRO = /표|table|패널|panel|row|줄|행/i;

const BULLET = /^\s*(?:[•·▪◦‣●○*-]|\d{1,2}[.)])\s+/u;
const QUOTE_LABEL = /^(?:인용(?:구)?|말풍선|quote|speech\s*bubble|callout)\s*[:：]\s*/i;
const FLOW_LABEL = /^(?:flow\s*chart|flow|mermaid|diagram|graph|흐름도|순서도|다이어그램|도식|플로우차트)\s*[:：]\s*/i;

interface Columns {
  panel: number;
  content: number[];
  visual: number[];
}

/** Which columns of a plan table hold the panel, its points and its visuals; undefined for any other table. */
function columnsOf(table: Table): Columns | undefined {
  const head = table.children[0]?.children.map((c) => plainText(c).replace(/[*_`]/g, "").trim()) ?? [];
  const panel = head.findIndex((h) => PANEL_HEAD.test(h));
  if (panel < 0 || table.children.length < 3) return undefined;
  const content = head.flatMap((h, k) => (k !== panel && CONTENT_HEAD.test(h) && !VISUAL_HEAD.test(h) ? [k] : []));
  const visual = head.flatMap((h, k) => (k !== panel && !content.includes(k) && VISUAL_HEAD.test(h) ? [k] : []));
  return content.length > 0 ? { panel, content, visual } : undefined;
}

/** A cell's lines: its phrasing split at each `<br>`, each line trimmed, empty ones dropped. */
function linesOf(cell: TableCell | undefined): PhrasingContent[][] {
  const out: PhrasingContent[][] = [[]];
  for (const c of cell?.children ?? []) {
    if (c.type === "html" && /^<br\s*\/?>$/i.test(c.value.trim())) out.push([]);
    else out[out.length - 1]!.push(c);
  }
  return out.map(trimmed).filter((l) => plainText({ children: l }).trim() !== "");
}

/** The line with the leading spaces of its first text and the trailing ones of its last taken off. */
function trimmed(line: PhrasingContent[]): PhrasingContent[] {
  return line.map((c, k) => {
    if (c.type !== "text") return c;
    let value = c.value;
    if (k === 0) value = value.trimStart();
    if (k === line.length - 1) value = value.trimEnd();
    return { ...c, value };
  });
}

/** The line without its leading bullet, or undefined when it has none. */
function unbulleted(line: PhrasingContent[]): PhrasingContent[] | undefined {
  const first = line[0];
  if (first?.type !== "text" || !BULLET.test(first.value)) return undefined;
  return [{ ...first, value: first.value.replace(BULLET, "") }, ...line.slice(1)];
}

/** The content cell's lines as a list when they are bulleted, else as one paragraph a line. */
function contentNodes(lines: PhrasingContent[][], at: RootContent["position"]): RootContent[] {
  if (lines.length === 0) return [];
  if (lines.some((l) => unbulleted(l))) {
    const items: ListItem[] = lines.map((l) => ({ type: "listItem", spread: false, children: [{ type: "paragraph", children: unbulleted(l) ?? l, position: at }], position: at }));
    return [{ type: "list", ordered: false, spread: false, children: items, position: at } satisfies List];
  }
  return lines.map((l): Paragraph => ({ type: "paragraph", children: l, position: at }));
}

/** A visual cell's line as the node it draws: a quote, an arrow chain, or nothing for a note on how to draw. */
function visualNode(line: PhrasingContent[], at: RootContent["position"]): RootContent | undefined {
  const text = plainText({ children: line }).trim();
  if (QUOTE_LABEL.test(text)) {
    const said = text.replace(QUOTE_LABEL, "");
    return { type: "blockquote", children: [{ type: "paragraph", children: [{ type: "text", value: said }], position: at }], position: at } satisfies Blockquote;
  }
  const chain = text.replace(FLOW_LABEL, "");
  // A list item named as a chart, for the plan's own rule (plan-leaves.ts): a bare chain is read as a sentence.
  if (FLOW_LABEL.test(text) && chain.split(ARROW_SPLIT).filter(Boolean).length >= 2) {
    const said: Paragraph = { type: "paragraph", children: [{ type: "text", value: `flowchart: ${chain}` }], position: at };
    return { type: "list", ordered: false, spread: false, children: [{ type: "listItem", spread: false, children: [said], position: at }], position: at } satisfies List;
  }
  return undefined;
}

/** `표: 교과서 3요소 비교 (요소 / LLM 단계 / 하는 일)`: a table asked for, its columns named in brackets. */
function askedColumns(text: string): string[] | undefined {
  const m = /^(?:표|비교표|table|comparison\s+table)\s*[:：][^()（）]*[(（]([^()（）]+)[)）]\s*$/i.exec(text);
  const cols = m?.[1]!.split(/\s*[/|·]\s*/).filter(Boolean);
  return cols && cols.length >= 2 && cols.length <= 4 ? cols : undefined;
}

/**
 * The row's bulleted points as the table its visual cell asks for, when every point says one thing per column
 * (`본문(exposition) = pretraining: 배경 지식 쌓기` in three): the point's parts are taken at its first ` = `, then
 * its first `: `, as many as there are columns. Points that do not split so stay a list.
 */
function pointsTable(lines: PhrasingContent[][], columns: string[], at: RootContent["position"]): Table | undefined {
  const texts = lines.map((l) => unbulleted(l)).map((l) => (l ? plainText({ children: l }).trim() : undefined));
  if (texts.length < 2 || texts.some((t) => t === undefined)) return undefined;
  const rows = texts.map((t) => partsOf(t!, columns.length));
  if (rows.some((r) => r === undefined)) return undefined;
  const cell = (value: string): TableCell => ({ type: "tableCell", children: [{ type: "text", value }], position: at });
  const row = (cells: string[]) => ({ type: "tableRow" as const, children: cells.map(cell), position: at });
  return { type: "table", align: columns.map(() => null), children: [row(columns), ...rows.map((r) => row(r!))], position: at };
}

/** The point cut into `n` parts at its first ` = ` and then its first `: `; undefined when it does not cut so. */
function partsOf(text: string, n: number): string[] | undefined {
  const out: string[] = [];
  let rest = text;
  for (const sep of [/\s+=\s+/, /\s*[:：]\s+/].slice(0, n - 1)) {
    const m = sep.exec(rest);
    if (!m) return undefined;
    out.push(rest.slice(0, m.index).trim());
    rest = rest.slice(m.index + m[0].length);
  }
  out.push(rest.trim());
  return out.length === n && out.every(Boolean) ? out : undefined;
}

/** Words of a title as compared here: letters and digits, lower case, emoji and marks dropped. */
const words = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** Whether a line names the panel titled so: every word of the title is written in it (`보상 함수 (코드)` in
 * `보상 함수 패널에 넣을 코드`), Korean particles after a word allowed. */
function names(said: string, title: string): boolean {
  const own = words(title).split(" ").filter(Boolean);
  const has = said.split(" ");
  return own.length > 0 && own.every((w) => has.some((h) => h === w || (h.startsWith(w) && /^\p{Script=Hangul}{1,2}$/u.test(h.slice(w.length)))));
}

/** The plan's nodes with a plan table read as the sections it stands for; any other plan as it was. */
export function tablePlan(nodes: RootContent[], ownDepth = 1): RootContent[] {
  const at = nodes.findIndex((n) => n.type === "table" && columnsOf(n));
  if (at < 0 || nodes.slice(0, at).some((n) => n.type === "heading")) return nodes;
  const table = nodes[at] as Table;
  const cols = columnsOf(table)!;
  const depth = Math.min(6, ownDepth + 1) as Heading["depth"];
  const sections: { title: string; nodes: RootContent[] }[] = [];
  for (const row of table.children.slice(1)) {
    const pos = row.position;
    const titleCell = row.children[cols.panel];
    const title = plainText(titleCell).trim();
    if (!title) continue;
    const heading: Heading = { type: "heading", depth, children: trimmed([...(titleCell?.children ?? [])]), position: pos };
    const points = cols.content.flatMap((k) => linesOf(row.children[k]));
    const asked = cols.visual.flatMap((k) => linesOf(row.children[k])).map((l) => askedColumns(plainText({ children: l }).trim())).find(Boolean);
    const table = asked ? pointsTable(points, asked, pos) : undefined;
    const body = table ? [table] : cols.content.flatMap((k) => contentNodes(linesOf(row.children[k]), pos));
    const drawn = cols.visual.flatMap((k) => linesOf(row.children[k]).flatMap((l) => visualNode(l, pos) ?? []));
    sections.push({ title, nodes: [heading, ...body, ...drawn] });
  }
  const after = placedAfter(nodes.slice(at + 1), sections);
  // The writer's words right before it (`아래 표가 전체 계획입니다. 한 줄 = 한 패널.`) only introduce it.
  const before = nodes.slice(0, at);
  const intro = before[before.length - 1];
  if (intro?.type === "paragraph" && plainText(intro).length <= 200 && INTRO.test(plainText(intro))) before.pop();
  return [...before, ...sections.flatMap((s) => s.nodes), ...after];
}

/**
 * What follows the table: a short line naming a row's panel (`🐍 보상 함수 패널에 넣을 코드:`) with a fence or a
 * table under it sends that to the panel, and is not drawn itself. Anything else stays after the last row.
 */
function placedAfter(rest: RootContent[], sections: { title: string; nodes: RootContent[] }[]): RootContent[] {
  const out: RootContent[] = [];
  for (let k = 0; k < rest.length; k++) {
    const n = rest[k]!;
    const next = rest[k + 1];
    const said = n.type === "paragraph" ? words(plainText(n)) : "";
    const target = said && said.length <= 80 && next && (next.type === "code" || next.type === "table") ? sections.find((s) => names(said, s.title)) : undefined;
    if (target) {
      target.nodes.push(next!);
      k++;
    } else out.push(n);
  }
  return out;
}
