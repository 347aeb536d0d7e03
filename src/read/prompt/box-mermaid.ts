// A Mermaid flowchart pasted straight into a box of the layout drawing (`graph LR` over `A[x] --> B{y}` lines,
// inside the box's walls): the writer drew the box's diagram in the syntax they know, so it is the panel's chart,
// not five lines of code-like text. Its lines are read here, synchronously (the drawing is read after Mermaid's
// own parsers would have run), by a small scanner of the forms a sketch uses — nodes with a shape, links with
// or without a label, `&` — and anything else it does not know stops the sketch there, the rest kept as text.
import type { FlowEdge, FlowNode, Flowchart } from "../../model/sheet.js";
import type { TextLine } from "./ascii-layout.js";

const HEADER = /^(?:graph|flowchart)\s+(TD|TB|BT|LR|RL)\s*;?$/i;
// Lines a sketch may hold that draw nothing: comments, styling, groups' brackets, the fence pasted with it.
const IGNORED = /^(?:%%|classDef\s|class\s|style\s|linkStyle\s|subgraph\b|end$|```)/;

/** The box's lines with a pasted flowchart taken out, and the chart it draws (when it has a link). */
export function takeBoxMermaid(lines: TextLine[]): { lines: TextLine[]; chart?: Flowchart } {
  const at = lines.findIndex((l) => HEADER.test(l.text));
  if (at < 0) return { lines };
  const dir = HEADER.exec(lines[at]!.text)![1]!.toUpperCase();
  const chart: Flowchart = { kind: "flowchart", direction: dir === "TD" ? "TB" : (dir as Flowchart["direction"]), nodes: [], edges: [] };
  let end = at + 1;
  for (; end < lines.length; end++) {
    const text = lines[end]!.text.replace(/;$/, "").trim();
    if (IGNORED.test(text)) continue;
    const st = statement(text);
    if (!st) break;
    for (const n of st.nodes) addNode(chart.nodes, n);
    chart.edges.push(...st.edges);
  }
  if (chart.edges.length === 0) return { lines };
  // A ```mermaid line right above the header goes with it.
  const from = at > 0 && /^```\s*mermaid$/i.test(lines[at - 1]!.text) ? at - 1 : at;
  return { lines: [...lines.slice(0, from), ...lines.slice(end)], chart };
}

function addNode(nodes: FlowNode[], n: FlowNode & { named: boolean }): void {
  const old = nodes.find((x) => x.id === n.id);
  const { named, ...node } = n;
  if (!old) nodes.push(node);
  else if (named && old.label === old.id) Object.assign(old, node);
}

type Scanned = FlowNode & { named: boolean };

/** One line: nodes joined by links (`A --> B & C -->|yes| D`); undefined when it is not that. */
function statement(text: string): { nodes: Scanned[]; edges: FlowEdge[] } | undefined {
  const s = { text, i: 0 };
  const nodes: Scanned[] = [];
  const edges: FlowEdge[] = [];
  let prev = group(s);
  if (!prev) return undefined;
  nodes.push(...prev);
  for (;;) {
    space(s);
    if (s.i >= s.text.length) break;
    const l = link(s);
    if (!l) return undefined;
    const next = group(s);
    if (!next) return undefined;
    nodes.push(...next);
    for (const a of prev) for (const b of next) edges.push({ from: a.id, to: b.id, kind: l.kind, stroke: l.stroke, ...(l.label ? { label: l.label } : {}) });
    prev = next;
  }
  return { nodes, edges };
}

interface Scan {
  text: string;
  i: number;
}

const space = (s: Scan): void => {
  while (s.text[s.i] === " ") s.i++;
};

/** `A & B`: nodes sharing the link on either side of them. */
function group(s: Scan): Scanned[] | undefined {
  const out: Scanned[] = [];
  for (;;) {
    space(s);
    const n = node(s);
    if (!n) return undefined;
    out.push(n);
    space(s);
    if (s.text[s.i] !== "&") return out;
    s.i++;
  }
}

// Mermaid's shape brackets, the longest opening first.
const SHAPES: [string, string, FlowNode["shape"]][] = [
  ["(((", ")))", "circle"],
  ["((", "))", "circle"],
  ["([", "])", "stadium"],
  ["[[", "]]", "rect"],
  ["[(", ")]", "rect"],
  ["{{", "}}", "hexagon"],
  ["[", "]", "rect"],
  ["(", ")", "round"],
  ["{", "}", "diamond"],
  [">", "]", "rect"],
];

function node(s: Scan): Scanned | undefined {
  const m = /^[\p{L}\p{N}_]+/u.exec(s.text.slice(s.i));
  if (!m) return undefined;
  const id = m[0];
  s.i += id.length;
  const rest = s.text.slice(s.i);
  for (const [open, close, shape] of SHAPES) {
    if (!rest.startsWith(open)) continue;
    const stop = rest.indexOf(close, open.length);
    if (stop < 0) return undefined;
    s.i += stop + close.length;
    const label = rest.slice(open.length, stop).trim().replace(/^"(.*)"$/, "$1").replace(/<br\s*\/?>/gi, " ");
    return { id, label: label || id, shape, named: true };
  }
  return { id, label: id, shape: "rect", named: false };
}

/** A link: `-->`, `---`, `-.->`, `==>`, `--x`, `--o`, `<-->`, with its text as `|text|` after it or `-- text -->` in it. */
function link(s: Scan): { kind: FlowEdge["kind"]; stroke: FlowEdge["stroke"]; label?: string } | undefined {
  const m = /^<?(?:-{2,}|-\.+-|={2,})(?:>|x|o|-)?|^<?-\.+->/.exec(s.text.slice(s.i));
  if (!m) return undefined;
  let token = m[0];
  s.i += token.length;
  let label: string | undefined;
  // `-- text -->`: the opening dashes, words, then the link's end.
  if (/^(?:--|==|-\.)$/.test(token)) {
    const close = /(?:-{2,}>|-{3,}|\.->|={2,}>|={3,})/.exec(s.text.slice(s.i));
    if (!close) return undefined;
    label = s.text.slice(s.i, s.i + close.index).trim();
    token += close[0];
    s.i += close.index + close[0].length;
  }
  space(s);
  if (s.text[s.i] === "|") {
    const stop = s.text.indexOf("|", s.i + 1);
    if (stop < 0) return undefined;
    label = s.text.slice(s.i + 1, stop).trim();
    s.i = stop + 1;
  }
  const stroke = token.includes(".") ? "dotted" : token.includes("=") ? "thick" : "normal";
  const kind = /[>xo]$/.test(token) ? "arrow" : "open";
  return { kind, stroke, ...(label ? { label } : {}) };
}
