// A list of steps with a lone down arrow on its own line between each item and the next (`1. URL Filtering` /
// `   ↓` / `2. Text Extraction` …), as people draw a pipeline in plain text when they do not write Mermaid: the
// arrows say the items are the stages of one flow, so it is drawn as a top-to-bottom flowchart. Read as a list,
// each arrow was glued to the end of its item (`… racist) ↓`) and the outcome typed under the last arrow
// (`✅ FineWeb`) to the last stage's text.
import type { List, ListItem } from "mdast";
import type { Flowchart, FlowNode } from "../../model/sheet.js";
import { plainText } from "./sections.js";

/** A line that is only a downward arrow (or a few of them): the way from one stage to the next. */
const DOWN = /^[↓⬇▼⇓⇩🔽]\uFE0F?(?:\s*[↓⬇▼⇓⇩🔽]\uFE0F?)*$/u;

/** A stage's name and what it does, split at the first dash or colon set off by spaces (`URL Filtering — …`). */
const GLOSS = /^(.{1,40}?)\s+[—–-]\s+(.+)$|^([^:：]{1,40})[:：]\s+(.+)$/;

/** The lines an item's own text is written on, a lone arrow among them; undefined when it holds more than text. */
function itemLines(item: ListItem): string[] | undefined {
  if (item.children.some((c) => c.type !== "paragraph")) return undefined;
  return item.children
    .map(plainText)
    .join("\n")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * The list as its flowchart when a lone arrow line ends every item but the last (the last may end in one too,
 * the outcome written under it a stage of its own); undefined for any other list, so a list whose items merely
 * mention an arrow stays a list.
 */
export function arrowSteps(list: List): Flowchart | undefined {
  if (list.children.length < 2) return undefined;
  const stages: string[] = [];
  for (const [k, item] of list.children.entries()) {
    const lines = itemLines(item);
    if (!lines || lines.length === 0 || DOWN.test(lines[0]!)) return undefined;
    const last = k === list.children.length - 1;
    // Stage text, arrow, stage text, …: arrows only between stages, and an arrow closing every item but the last.
    let step: string[] = [];
    let arrowed = false;
    for (const line of lines) {
      if (DOWN.test(line)) {
        if (step.length === 0) return undefined;
        stages.push(step.join(" "));
        step = [];
        arrowed = true;
      } else step.push(line);
    }
    if (step.length > 0) {
      // Text after the item's last arrow is the next stage only in the last item (its outcome); elsewhere the
      // item did not end in an arrow, so the list is not a chain of stages.
      if (!last) return undefined;
      stages.push(step.join(" "));
    } else if (!arrowed) return undefined;
  }
  if (stages.length < 3) return undefined;
  const nodes: FlowNode[] = stages.map((s, k) => node(`n${k + 1}`, s));
  const edges: Flowchart["edges"] = nodes.slice(1).map((n, k) => ({ from: `n${k + 1}`, to: n.id, kind: "arrow", stroke: "normal" }));
  return { kind: "flowchart", direction: "TB", nodes, edges };
}

function node(id: string, text: string): FlowNode {
  const m = GLOSS.exec(text);
  const label = m?.[1] ?? m?.[3];
  const caption = m?.[2] ?? m?.[4];
  return label && caption ? { id, label: label.trim(), shape: "rect", caption: caption.trim() } : { id, label: text, shape: "rect" };
}
