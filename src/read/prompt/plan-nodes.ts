// Small readers of one Markdown node of the plan (a table, a task list) and the words warnings use for nodes.
import type { List, RootContent, Table as MdTable } from "mdast";
import type { Block, Rich } from "../../model/sheet.js";
import { richFromCell } from "./rich.js";
import { groupedHeader } from "./group-header.js";
import { alignOf } from "../table-align.js";

/** How a warning names a Markdown node the plan does not draw. */
export function describe(node: RootContent): string {
  if (node.type === "html") return "raw HTML";
  if (node.type === "definition") return "a link definition";
  if (node.type === "footnoteDefinition") return "a footnote";
  return `a ${node.type}`;
}

/**
 * A task list (`- [x] …`, `- [ ] …`) with a box left empty: drawn with its boxes, each ticked or empty as written
 * (the leaves carry which). All ticked, the boxes say nothing the list does not: a plain list.
 */
export function checklist(list: List): boolean {
  return list.children.some((i) => i.checked === false);
}

export function tableBlock(node: MdTable): Block & { kind: "table" } {
  const [head, ...body] = node.children;
  const cells = (row: MdTable["children"][number]): Rich[] => row.children.map((c) => richFromCell(c.children));
  return groupedHeader({ kind: "table", header: head ? cells(head) : [], rows: body.map(cells), ...alignOf(node.align) });
}

/** A text cut to 40 characters for a warning line. */
export const clipped = (text: string): string => ([...text].length > 40 ? `${[...text].slice(0, 40).join("")}…` : text);
