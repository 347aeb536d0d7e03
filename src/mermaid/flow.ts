// Flowcharts (and the knobs analogy, which is a flowchart whose nodes carry class `knob`) between
// Mermaid's flow database and our model, plus the inverse writer.
import { InputError } from "../errors.js";
import type { ClassDef, FlowEdge, FlowNode, Flowchart, Knob, Knobs, NodeShape, Subgraph } from "../model/sheet.js";
import type { MermaidDb } from "./load.js";
import { checkClassStyles } from "./style.js";
import { joinCaption, normaliseLabel, quoteText, splitCaption } from "./text.js";

/** Mermaid vertex types we draw; every other Mermaid shape is drawn as a rectangle. */
const SHAPE_OF: Record<string, NodeShape> = {
  square: "rect", rect: "rect", round: "round", stadium: "stadium",
  circle: "circle", doublecircle: "circle", diamond: "diamond", hexagon: "hexagon",
};

const OPEN_CLOSE: Record<NodeShape, [string, string]> = {
  rect: ["[", "]"], round: ["(", ")"], stadium: ["([", "])"],
  circle: ["((", "))"], diamond: ["{", "}"], hexagon: ["{{", "}}"],
};

export const KNOB_CLASS = "knob";
/** A knob's pointer position travels as a class, `value-70` = 0.70, so the Mermaid stays plain Mermaid. */
const VALUE_CLASS = /^value-(\d{1,3})$/;
const KNOB_CLASSDEF = "fill:#fff3bf,stroke:#e8590c,stroke-width:2px";

function direction(raw: string | undefined): Flowchart["direction"] {
  const d = (raw ?? "TB").toUpperCase();
  if (d === "LR" || d === "RL" || d === "BT" || d === "TB") return d;
  return "TB"; // TD and anything Mermaid itself treats as top-down
}

function edgeOf(e: { start: string; end: string; type?: string; stroke?: string; text?: string; labelType?: string }): FlowEdge {
  const edge: FlowEdge = {
    from: e.start,
    to: e.end,
    // circle/cross/double heads still point somewhere: drawn as arrows.
    kind: e.type === "arrow_open" ? "open" : "arrow",
    stroke: e.stroke === "dotted" || e.stroke === "thick" ? e.stroke : "normal",
  };
  const label = normaliseLabel(e.text, e.labelType);
  if (label) edge.label = label;
  return edge;
}

/** Flow db → a Flowchart, or Knobs when any node has class `knob`. */
export function fromFlowDb(db: MermaidDb, at: number | undefined, code = ""): Flowchart | Knobs {
  // `style sim fill:…` (or `class sim …`) on a subgraph's id makes Mermaid's db a vertex of that name: the
  // subgraph's colour, not a box, unless an edge runs to it.
  const groups = new Set((db.getSubGraphs?.() ?? []).map((s) => s.id));
  const linked = new Set((db.getEdges?.() ?? []).flatMap((e) => [e.start, e.end]));
  const vertices = [...(db.getVertices?.()?.values() ?? [])].filter((v) => !groups.has(v.id) || linked.has(v.id));
  const nodes: FlowNode[] = vertices.map((v) => {
    const { label, caption } = splitCaption(normaliseLabel(v.text ?? v.id, v.labelType));
    const node: FlowNode = { id: v.id, label, shape: SHAPE_OF[v.type ?? ""] ?? "rect" };
    if (v.classes.length > 0) node.classes = [...v.classes];
    if (caption) node.caption = caption;
    return node;
  });
  // Invisible links (`~~~`) only steer Mermaid's own layout; we lay out ourselves.
  const edges = (db.getEdges?.() ?? []).filter((e) => e.stroke !== "invisible").map(edgeOf);
  if (nodes.some((n) => n.classes?.includes(KNOB_CLASS))) return toKnobs(nodes, at);

  const ids = new Set(nodes.map((n) => n.id));
  const flow: Flowchart = { kind: "flowchart", direction: direction(db.getDirection?.()), nodes, edges };
  const subgraphs: Subgraph[] = (db.getSubGraphs?.() ?? []).map((s) => ({
    id: s.id,
    label: normaliseLabel(s.title, s.labelType) || s.id,
    nodes: s.nodes.filter((n) => ids.has(n)),
  }));
  if (subgraphs.length > 0) flow.subgraphs = subgraphs;
  const classDefs: ClassDef[] = [...(db.getClasses?.()?.values() ?? [])].map((c) => ({
    name: c.id,
    styles: Object.fromEntries(
      c.styles.map((s) => {
        const colon = s.indexOf(":");
        return colon < 0 ? [s.trim(), ""] : [s.slice(0, colon).trim(), s.slice(colon + 1).trim()];
      }),
    ),
  }));
  // `at` is the file line of the code's first line.
  for (const c of classDefs) checkClassStyles(c.name, c.styles, code, (rel) => (at === undefined ? rel + 1 : at + rel));
  if (classDefs.length > 0) flow.classDefs = classDefs;
  return flow;
}

function toKnobs(nodes: FlowNode[], at: number | undefined): Knobs {
  const knobNodes = nodes.filter((n) => n.classes?.includes(KNOB_CLASS));
  const others = nodes.filter((n) => !n.classes?.includes(KNOB_CLASS));
  if (others.length > 1) {
    throw new InputError(
      `a knobs diagram has knob nodes and at most one result node; found ${others.length} others: ${others.map((n) => n.id).join(", ")}`,
      { line: at },
      "point every `:::knob` node at one result node, or drop class knob to draw a plain flowchart",
    );
  }
  const knobs: Knob[] = knobNodes.map((n) => {
    const knob: Knob = { label: n.label };
    if (n.caption) knob.caption = n.caption;
    const value = n.classes?.map((c) => VALUE_CLASS.exec(c)).find((m) => m);
    if (value?.[1] !== undefined) knob.value = Math.min(100, Number(value[1])) / 100;
    return knob;
  });
  const result = others[0];
  const block: Knobs = { kind: "knobs", knobs };
  // The result is one line of text in the model; a captioned result node is joined with a space.
  if (result) block.result = joinCaption(result.label, result.caption).replace(/\n/g, " ");
  return block;
}

function nodeLine(n: FlowNode): string {
  const [open, close] = OPEN_CLOSE[n.shape];
  const first = n.classes?.[0];
  return `  ${n.id}${open}${quoteText(joinCaption(n.label, n.caption))}${close}${first ? `:::${first}` : ""}`;
}

function linkOf(e: FlowEdge): string {
  const base = { normal: ["-->", "---"], dotted: ["-.->", "-.-"], thick: ["==>", "==="] }[e.stroke];
  const link = e.kind === "arrow" ? base[0] : base[1];
  return e.label ? `${link}|${quoteText(e.label)}|` : `${link}`;
}

function classDefLine(c: ClassDef): string {
  const styles = Object.entries(c.styles).map(([k, v]) => (v === "" ? k : `${k}:${v}`));
  return `  classDef ${c.name} ${styles.join(",")}`;
}

export function flowToMermaid(f: Flowchart): string {
  const lines = [`flowchart ${f.direction}`];
  for (const n of f.nodes) lines.push(nodeLine(n));
  for (const e of f.edges) lines.push(`  ${e.from} ${linkOf(e)} ${e.to}`);
  for (const s of f.subgraphs ?? []) {
    lines.push(`  subgraph ${s.id} [${quoteText(s.label)}]`, ...s.nodes.map((id) => `    ${id}`), "  end");
  }
  // Extra classes after the first (which sits inline as `:::name`).
  for (const n of f.nodes) for (const c of n.classes?.slice(1) ?? []) lines.push(`  class ${n.id} ${c}`);
  for (const c of f.classDefs ?? []) lines.push(classDefLine(c));
  return lines.join("\n");
}

export function knobsToMermaid(k: Knobs): string {
  const lines = ["flowchart LR"];
  k.knobs.forEach((knob, i) => {
    lines.push(`  k${i + 1}((${quoteText(joinCaption(knob.label, knob.caption))})):::${KNOB_CLASS}`);
  });
  k.knobs.forEach((knob, i) => {
    if (knob.value !== undefined) lines.push(`  class k${i + 1} value-${Math.round(knob.value * 100)}`);
  });
  if (k.result !== undefined) {
    lines.push(`  result[${quoteText(k.result)}]`);
    k.knobs.forEach((_, i) => lines.push(`  k${i + 1} --> result`));
  }
  lines.push(`  classDef ${KNOB_CLASS} ${KNOB_CLASSDEF}`);
  return lines.join("\n");
}
