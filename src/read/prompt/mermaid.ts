// The plan's ```mermaid blocks, parsed before the (synchronous) reading of the document: Mermaid's own parsers
// load asynchronously, and only when the plan has such a block.
import type { Code, RootContent } from "mdast";
import type { MermaidBlock } from "../../mermaid/index.js";
import { findSection, lineOf, type PromptDoc } from "./sections.js";

/** Every fenced code block under the nodes, nested ones (inside list items, quotes) included. */
export function codeNodes(nodes: readonly RootContent[]): Code[] {
  const out: Code[] = [];
  const walk = (node: unknown): void => {
    const n = node as { type?: string; children?: unknown[] };
    if (n.type === "code") out.push(node as Code);
    else if (Array.isArray(n.children)) n.children.forEach(walk);
  };
  nodes.forEach(walk);
  return out;
}

export async function parsePlanMermaid(doc: PromptDoc): Promise<Map<number, MermaidBlock>> {
  const parsed = new Map<number, MermaidBlock>();
  const plan = findSection(doc, "plan");
  const blocks = codeNodes(plan?.nodes ?? []).filter((c) => (c.lang ?? "").toLowerCase() === "mermaid");
  if (blocks.length === 0) return parsed;
  const { parseMermaid } = await import("../../mermaid/index.js");
  for (const code of blocks) parsed.set(lineOf(code), await parseMermaid(code.value, lineOf(code)));
  return parsed;
}
