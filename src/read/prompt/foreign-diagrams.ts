// Diagrams fenced in a language other than Mermaid that we can still draw: Graphviz (```dot, ```graphviz) and
// PlantUML (```plantuml, ```puml, or a bare fence opening with `@startuml` / `digraph … {`). A writer who draws
// in those tools means the picture, not its source: each such fence is rewritten in place as the ```mermaid
// flowchart it draws (its line kept), so the rest of the reader treats it as any other diagram. A fence using
// more than the common subset stays code, with one warning naming the line it stops at (`plan-code.ts` says it).
import type { Code, Root } from "mdast";
import { dotAsFlowchart } from "./dot.js";
import { plantUmlAsFlowchart } from "./plantuml.js";

/** What a rewritten fence tells the plan's reader: the note to give when drawn, or why it stays code. */
export interface ForeignData {
  drawnNote?: string;
  unread?: string;
}

const DOT_LANGS = new Set(["dot", "graphviz", "gv", "digraph"]);
const UML_LANGS = new Set(["plantuml", "puml", "uml"]);
const BARE = new Set(["", "text", "txt", "plain", "plaintext"]);

function toolOf(code: Code): "dot" | "plantuml" | undefined {
  const lang = (code.lang ?? "").toLowerCase();
  if (DOT_LANGS.has(lang)) return "dot";
  if (UML_LANGS.has(lang)) return "plantuml";
  if (!BARE.has(lang)) return undefined;
  const first = code.value.trimStart().split("\n", 1)[0] ?? "";
  if (/^@startuml\b/i.test(first)) return "plantuml";
  // Bounded: one line, and the `{` must close it off (`digraph fineweb {`).
  if (/^(?:strict\s+)?(?:di)?graph(?:\s+(?:\w+|"[^"]*"))?\s*\{/i.test(first)) return "dot";
  return undefined;
}

/** Rewrite every Graphviz or PlantUML fence under the tree as the Mermaid flowchart it draws, where it can. */
export function drawForeignDiagrams(tree: Root): void {
  const walk = (node: unknown): void => {
    const n = node as { type?: string; children?: unknown[] };
    if (n.type === "code") rewrite(node as Code);
    else if (Array.isArray(n.children)) n.children.forEach(walk);
  };
  walk(tree);
}

function rewrite(code: Code): void {
  const tool = toolOf(code);
  if (!tool) return;
  const fence = code.position?.start.line ?? 0;
  const lineOf = (k: number): number => fence + 1 + k;
  const data = (code.data ?? {}) as ForeignData;
  code.data = data as Code["data"];
  if (tool === "dot") {
    const read = dotAsFlowchart(code.value);
    if ("source" in read) {
      code.lang = "mermaid";
      code.value = read.source;
    } else data.unread = `line ${lineOf(read.line)}: this Graphviz diagram has ${read.what}, past what is drawn of DOT (digraph/graph, rankdir, nodes, edges and chains, labels, cluster subgraphs); it is kept as code`;
    return;
  }
  const read = plantUmlAsFlowchart(code.value);
  if ("source" in read) {
    code.lang = "mermaid";
    code.value = read.source;
    if (read.kind === "sequence") data.drawnNote = `line ${fence}: a PlantUML sequence diagram is drawn as a flowchart of its messages, in order`;
  } else data.unread = `line ${lineOf(read.line)}: this PlantUML diagram has ${read.what}, past what is drawn of PlantUML (sequence: participants, messages, notes, groups; activity: start/stop, \`:step;\`, arrow labels, partitions); it is kept as code`;
}
