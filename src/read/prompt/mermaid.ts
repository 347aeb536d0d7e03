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
  for (const code of blocks) parsed.set(lineOf(code), await parseMermaid(sequenceAsFlowchart(code.value) ?? code.value, lineOf(code)));
  return parsed;
}

const SEQUENCE = /^\s*sequenceDiagram\b/;
const PARTICIPANT = /^\s*(?:participant|actor)\s+(.+?)(?:\s+as\s+(.+?))?\s*$/i;
// `A->>B: text`, `A-->>B`, `A->B`, `A-xB`, `A-)B`, with `+`/`-` activation marks.
const MESSAGE = /^\s*([^\s:>-][^:>]*?)\s*--?(?:>>|>|x|\))\s*[+-]?\s*([^:]+?)\s*(?::\s*(.*))?$/;

/** Whether a ```mermaid block is a sequence diagram (drawn as the flowchart `sequenceAsFlowchart` makes). */
export function isSequence(code: string): boolean {
  return SEQUENCE.test(code.split(/\r?\n/).find((l) => l.trim() && !l.trim().startsWith("%%")) ?? "");
}

/**
 * A sequence diagram as the flowchart a person sketching it on paper would draw: one step per message, in
 * order, top to bottom, each reading `Sender → Receiver: message`. Participants take their `as` names; notes,
 * loops and activations are left out. Undefined for any other diagram. Mermaid's own parser then reads it.
 */
export function sequenceAsFlowchart(code: string): string | undefined {
  if (!isSequence(code)) return undefined;
  const names = new Map<string, string>();
  const steps: string[] = [];
  for (const line of code.split(/\r?\n/)) {
    const p = PARTICIPANT.exec(line);
    if (p) {
      names.set(p[1]!.trim(), (p[2] ?? p[1]!).trim());
      continue;
    }
    const m = MESSAGE.exec(line);
    if (!m || SEQUENCE.test(line)) continue;
    const name = (id: string): string => names.get(id.trim()) ?? id.trim();
    const text = m[3]?.trim();
    steps.push(`${name(m[1]!)} → ${name(m[2]!)}${text ? `: ${text}` : ""}`);
  }
  if (steps.length === 0) return undefined;
  const label = (s: string): string => `"${s.replace(/"/g, "#quot;")}"`;
  return ["flowchart TD", ...steps.map((s, k) => `    m${k}[${label(s)}]`), ...steps.slice(1).map((_, k) => `    m${k} --> m${k + 1}`)].join("\n");
}
