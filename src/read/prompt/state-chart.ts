// A Mermaid state diagram as the flowchart a person sketches of it: its states as boxes, its transitions as
// labelled arrows, `[*]` as the round start and end.
import { firstLine } from "./chart-tables.js";

const STATE = /^\s*stateDiagram(?:-v2)?\b/;
// `A --> B`, `A --> B : label`; `[*]` is the start (on the left) or the end (on the right).
const TRANSITION = /^\s*(\[\*\]|[\w가-힣.-]+)\s*-->\s*(\[\*\]|[\w가-힣.-]+)\s*(?::\s*(.*))?$/;
const STATE_LABEL = /^\s*([\w가-힣.-]+)\s*:\s*(.+)$/;

/** Whether a ```mermaid block is a state diagram (drawn as the flowchart `stateAsFlowchart` makes). */
function isState(code: string): boolean {
  return STATE.test(firstLine(code));
}

/**
 * A state diagram as a flowchart: each state a box (its `State : description` as its label), each transition
 * an arrow with its label, `[*]` as round start and end nodes, in the direction it says (top-down unless). Composite
 * states, notes and forks are left out.
 * Undefined for any other diagram, or one without transitions.
 */
export function stateAsFlowchart(code: string): string | undefined {
  if (!isState(code)) return undefined;
  const labels = new Map<string, string>();
  const edges: [string, string, string | undefined][] = [];
  for (const line of code.split(/\r?\n/)) {
    const t = TRANSITION.exec(line);
    if (t) {
      edges.push([t[1] === "[*]" ? "__start" : t[1]!, t[2] === "[*]" ? "__end" : t[2]!, t[3]?.trim() || undefined]);
      continue;
    }
    const l = STATE_LABEL.exec(line);
    if (l && !STATE.test(line)) labels.set(l[1]!, l[2]!.trim());
  }
  if (edges.length === 0) return undefined;
  const q = (s: string): string => `"${s.replace(/"/g, "#quot;")}"`;
  const ids = new Map<string, string>();
  const id = (name: string): string => {
    if (!ids.has(name)) ids.set(name, `s${ids.size}`);
    return ids.get(name)!;
  };
  const nodes = new Set<string>();
  // Mermaid draws a state diagram top-down unless it says `direction LR`; a branching one snaked into rows of a
  // left-to-right line reads as a muddle of labels over arrows.
  const dir = /^\s*direction\s+(TB|TD|BT|LR|RL)\s*$/m.exec(code)?.[1] ?? "TB";
  const out = [`flowchart ${dir}`];
  for (const [a, b] of edges) for (const n of [a, b]) {
    if (nodes.has(n)) continue;
    nodes.add(n);
    out.push(n === "__start" ? `    ${id(n)}(("start"))` : n === "__end" ? `    ${id(n)}(("end"))` : `    ${id(n)}[${q(labels.get(n) ?? n)}]`);
  }
  for (const [a, b, label] of edges) out.push(`    ${id(a)} -->${label ? `|${q(label)}|` : ""} ${id(b)}`);
  return out.join("\n");
}
