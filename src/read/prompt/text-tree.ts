// A mind map typed as a plain-text tree in a fence, as `tree` prints a folder: a root line, then branches drawn
// with `├──` / `└──` under `│` rails (or `|--`, `` `-- ``, `+--` in ASCII). The writer drew a map, not code: it is
// read as the mind map it is, each branch's depth told by the column its mark stands in.
import type { Block, MindNode } from "../../model/sheet.js";

// A branch: rails or blanks, then a branch mark and its label. The lead is one lazy run of rail and blank
// characters: rails and blank groups written as alternatives, a line of many blanks that is no branch was tried
// every way of grouping them (seconds on a deeply indented line).
const BRANCH = /^([\s│|┃║]*?)(?:[├└┣┗╠╚]|[|`+\\])(?:──|━━|══|--|─|-)\s*(.+)$/u;
const RAIL = /^[\s│|┃║]*$/u;

/** The mind map a fenced text tree draws, or undefined when the block is not one (a root line, then two branches at least). */
export function textTree(value: string, lang: string | null | undefined): Block | undefined {
  if (lang && !/^(?:text|txt|plain(?:text)?|tree)$/i.test(lang)) return undefined;
  const lines = value.split(/\r?\n/).filter((l) => !RAIL.test(l));
  const [head, ...rest] = lines;
  if (!head || BRANCH.test(head) || rest.length < 2) return undefined;
  const root: MindNode = { label: head.trim(), children: [] };
  // The open node at each depth, the root at -1.
  const path: { depth: number; node: MindNode }[] = [{ depth: -1, node: root }];
  for (const line of rest) {
    const m = BRANCH.exec(line);
    if (!m) return undefined;
    const depth = [...m[1]!].length;
    while (path.length > 1 && path[path.length - 1]!.depth >= depth) path.pop();
    const node: MindNode = { label: m[2]!.trim(), children: [] };
    path[path.length - 1]!.node.children.push(node);
    path.push({ depth, node });
  }
  return { kind: "mindmap", root };
}
