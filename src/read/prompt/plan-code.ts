// A fenced block in the plan as the block it draws: a mermaid diagram (parsed ahead), a chart redrawn as a
// table, a `├──` text tree as a mind map, or code as written. What is not drawn is said with its line.
import type { Code } from "mdast";
import type { Block } from "../../model/sheet.js";
import { quadrantTable, sankeyTable } from "./chart-tables.js";
import type { ForeignData } from "./foreign-diagrams.js";
import { gaugeTable } from "./gauges.js";
import { ganttTable } from "./gantt.js";
import { journeyTable } from "./journey.js";
import { pieTable, rewritten, undrawnKind } from "./mermaid.js";
import type { ParsedMermaid, Plan } from "./plan.js";
import { lineOf } from "./sections.js";
import { textTree } from "./text-tree.js";
import { xyTable } from "./xychart.js";

export function codeBlock(node: Code, mermaid: ParsedMermaid, plan: Plan): Block | undefined {
  const lang = (node.lang ?? "").toLowerCase();
  // A Graphviz or PlantUML fence drawn as its flowchart (foreign-diagrams.ts), or kept as code, says so.
  const foreign = node.data as ForeignData | undefined;
  const said = foreign?.drawnNote ?? foreign?.unread;
  if (said) plan.warnings.push(said);
  if (lang === "mermaid") {
    const pie = pieTable(node.value) ?? xyTable(node.value) ?? quadrantTable(node.value) ?? sankeyTable(node.value) ?? journeyTable(node.value) ?? ganttTable(node.value);
    if (pie) {
      plan.warnings.push(`line ${lineOf(node)}: ${pie.warning}`);
      return pie.block;
    }
    const other = undrawnKind(node.value);
    if (other) {
      plan.warnings.push(`line ${lineOf(node)}: a mermaid ${other} is not drawn (nanosheet draws flowcharts, mind maps, and sequence, state, timeline, pie and xychart blocks redrawn as one of them or as a table); the rest of the plan is`);
      return undefined;
    }
    const parsed = mermaid.get(lineOf(node));
    // A mind map's first branches are key terms, as they are for a mind map written as a list.
    if (parsed?.kind === "mindmap") plan.keyTerms.push(...parsed.root.children.map((c) => c.label));
    const redrawn = parsed && rewritten(node.value, lineOf(node));
    if (redrawn) plan.warnings.push(`line ${redrawn.line ?? lineOf(node)}: ${redrawn.warning}`);
    if (parsed) return structuredClone(parsed);
    plan.warnings.push(`line ${lineOf(node)}: this mermaid block was not parsed (read the document with readSheet) and is not drawn`);
    return undefined;
  }
  if (node.value.trim() === "") {
    plan.warnings.push(`line ${lineOf(node)}: an empty code block is not drawn`);
    return undefined;
  }
  const gauges = gaugeTable(node.value);
  if (gauges) return gauges;
  const tree = textTree(node.value, node.lang);
  if (tree?.kind === "mindmap") plan.keyTerms.push(...tree.root.children.map((c) => c.label));
  if (tree) return tree;
  return node.lang ? { kind: "code", lang: node.lang, text: node.value } : { kind: "code", text: node.value };
}
