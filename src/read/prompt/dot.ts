// A Graphviz (DOT) diagram, the way a backend engineer sketches a pipeline, read as the Mermaid flowchart it
// draws: the common subset only (`digraph`/`graph`, `rankdir`, node and edge statements, `label`s, chains
// `a -> b -> c`, `subgraph cluster_…` boxes, `shape` and edge `style`). The first thing past that subset is
// named by its line instead, so the writer sees why the block stays code rather than getting half a picture.

import { Beyond, tokens, type Tok } from "./dot-tokens.js";

/** What a DOT block reads as: Mermaid flowchart source, or the line (in the block) and thing it stops at. */
export type DotRead = { source: string } | { line: number; what: string };


const SHAPES: Record<string, string> = {
  box: "rect", rect: "rect", rectangle: "rect", square: "rect", record: "rect", mrecord: "round", plaintext: "rect", plain: "rect", none: "rect", note: "rect", tab: "rect", folder: "rect", component: "rect", cylinder: "rect",
  ellipse: "round", oval: "round", egg: "round",
  circle: "circle", doublecircle: "circle", point: "circle",
  diamond: "diamond", mdiamond: "diamond",
  hexagon: "hexagon",
};
const OPEN_CLOSE: Record<string, [string, string]> = {
  rect: ["[", "]"], round: ["(", ")"], circle: ["((", "))"], diamond: ["{", "}"], hexagon: ["{{", "}}"],
};

type Attrs = Record<string, string>;
type Cluster = { id: string; label: string; nodes: string[]; inner: Cluster[] };

/** A DOT block as Mermaid flowchart source, or the line and construct where it leaves the subset we read. */
export function dotAsFlowchart(code: string): DotRead {
  try {
    return { source: new Reader(tokens(code)).graph() };
  } catch (e) {
    if (e instanceof Beyond) return { line: e.line, what: e.what };
    throw e;
  }
}

class Reader {
  private k = 0;
  private directed = true;
  private dir = "TB";
  private readonly ids = new Map<string, string>();
  private readonly labels = new Map<string, string>();
  private readonly shapes = new Map<string, string>();
  private readonly home = new Map<string, Cluster | undefined>();
  private readonly edges: string[] = [];
  private readonly top: Cluster = { id: "", label: "", nodes: [], inner: [] };
  private clusters = 0;
  private depth = 0;

  constructor(private readonly toks: Tok[]) {}

  private peek(o = 0): Tok | undefined {
    return this.toks[this.k + o];
  }
  private lineHere(): number {
    return (this.peek() ?? this.toks.at(-1))?.line ?? 0;
  }
  private is(v: string, o = 0): boolean {
    const t = this.peek(o);
    return t?.t === "op" && t.v === v;
  }
  private word(o = 0): string | undefined {
    const t = this.peek(o);
    return t?.t === "id" ? t.v.toLowerCase() : undefined;
  }
  private expect(v: string): void {
    if (!this.is(v)) throw new Beyond(this.lineHere(), this.peek() ? `\`${this.peek()!.v}\` where \`${v}\` was expected` : `no closing \`${v}\``);
    this.k++;
  }
  private id(): string {
    const t = this.peek();
    if (!t || t.t === "op") throw new Beyond(this.lineHere(), t ? `\`${t.v}\` where a name was expected` : "an unfinished statement");
    this.k++;
    return t.v;
  }

  graph(): string {
    if (this.word() === "strict") this.k++;
    const kind = this.word();
    if (kind !== "digraph" && kind !== "graph") throw new Beyond(this.lineHere(), "no `digraph` or `graph` at its start");
    this.directed = kind === "digraph";
    this.k++;
    if (!this.is("{")) this.id();
    this.expect("{");
    this.statements(this.top, { shape: "ellipse" });
    this.expect("}");
    if (this.peek()) throw new Beyond(this.lineHere(), "more after the graph's closing `}`");
    if (this.ids.size === 0) throw new Beyond(0, "no nodes");
    return this.mermaid();
  }

  private statements(into: Cluster, defaults: Attrs): void {
    const node: Attrs = { ...defaults };
    while (this.peek() && !this.is("}")) {
      if (this.is(";") || this.is(",")) {
        this.k++;
        continue;
      }
      const w = this.word();
      if ((w === "node" || w === "edge" || w === "graph") && this.is("[", 1)) {
        this.k++;
        const attrs = this.attrs();
        if (w === "node") Object.assign(node, attrs);
        if (w === "graph") this.graphAttrs(attrs, into);
        continue;
      }
      if (w === "subgraph" || this.is("{")) {
        this.subgraph(into, node);
        continue;
      }
      if (this.is("=", 1)) {
        const key = this.id().toLowerCase();
        this.k++;
        this.graphAttrs({ [key]: this.id() }, into);
        continue;
      }
      this.nodeOrEdge(into, node);
    }
  }

  private graphAttrs(attrs: Attrs, into: Cluster): void {
    if (attrs.rankdir && into === this.top) {
      const d = attrs.rankdir.toUpperCase();
      if (["LR", "RL", "TB", "BT"].includes(d)) this.dir = d;
    }
    // A cluster's label titles its box; the whole graph's is the panel's business, which has a title already.
    if (attrs.label !== undefined && into !== this.top) into.label = attrs.label;
  }

  private subgraph(into: Cluster, defaults: Attrs): void {
    const line = this.lineHere();
    // Nesting is bounded so a hostile block cannot exhaust the stack; no drawing nests boxes this deep.
    if (++this.depth > 20) throw new Beyond(line, "subgraphs nested more than 20 deep");
    let name = "";
    if (this.word() === "subgraph") {
      this.k++;
      if (!this.is("{")) name = this.id();
    }
    if (this.is("->", 1) || this.is("--", 1)) throw new Beyond(line, "an edge to a subgraph");
    // Only a `cluster…` subgraph is drawn as a box; any other (`{rank=same; a; b}`) just groups its nodes.
    const cluster: Cluster = name.toLowerCase().startsWith("cluster") ? { id: `c${this.clusters++}`, label: name.replace(/^cluster_?/i, ""), nodes: [], inner: [] } : into;
    if (cluster !== into) into.inner.push(cluster);
    this.expect("{");
    this.statements(cluster, defaults);
    this.expect("}");
    this.depth--;
    if (this.is("->") || this.is("--")) throw new Beyond(line, "an edge from a subgraph");
  }

  private nodeOrEdge(into: Cluster, defaults: Attrs): void {
    const chain = [this.nodeId()];
    const ops: string[] = [];
    while (this.is("->") || this.is("--")) {
      ops.push(this.peek()!.v);
      this.k++;
      if (this.is("{") || this.word() === "subgraph") throw new Beyond(this.lineHere(), "an edge to a subgraph");
      chain.push(this.nodeId());
    }
    const attrs = this.is("[") ? this.attrs() : {};
    for (const n of chain) this.mention(n, into, defaults);
    if (chain.length === 1) {
      if (attrs.label !== undefined) this.labels.set(chain[0]!, attrs.label);
      if (attrs.shape !== undefined) this.shapes.set(chain[0]!, attrs.shape);
      return;
    }
    for (let j = 1; j < chain.length; j++) this.edge(chain[j - 1]!, chain[j]!, ops[j - 1]!, attrs);
  }

  private nodeId(): string {
    const n = this.id();
    if (this.is(":")) throw new Beyond(this.lineHere(), "a node port (`node:port`)");
    return n;
  }

  private mention(n: string, into: Cluster, defaults: Attrs): void {
    if (!this.ids.has(n)) {
      this.ids.set(n, `d${this.ids.size}`);
      this.shapes.set(n, defaults.shape ?? "ellipse");
      if (defaults.label !== undefined && defaults.label !== "\\N") this.labels.set(n, defaults.label);
    }
    // A node is drawn in the first cluster that names it, as Graphviz draws it there even when named outside too.
    if (into !== this.top && !this.home.get(n)) {
      this.home.set(n, into);
      into.nodes.push(n);
    } else if (!this.home.has(n)) this.home.set(n, undefined);
  }

  private edge(a: string, b: string, op: string, attrs: Attrs): void {
    if (op === "--" && this.directed) throw new Beyond(this.lineHere(), "`--` in a digraph");
    if (op === "->" && !this.directed) throw new Beyond(this.lineHere(), "`->` in an undirected graph");
    const style = (attrs.style ?? "").toLowerCase();
    const dir = (attrs.dir ?? (this.directed ? "forward" : "none")).toLowerCase();
    const [from, to] = dir === "back" ? [b, a] : [a, b];
    const open = dir === "none";
    const arrow = style.includes("dash") || style.includes("dot") ? (open ? "-.-" : "-.->") : style.includes("bold") ? (open ? "===" : "==>") : open ? "---" : "-->";
    const label = attrs.label ?? attrs.xlabel;
    this.edges.push(`    ${this.ids.get(from)} ${arrow}${label ? `|${quoted(label)}|` : ""} ${this.ids.get(to)}`);
  }

  private attrs(): Attrs {
    const out: Attrs = {};
    while (this.is("[")) {
      this.k++;
      while (!this.is("]")) {
        if (this.is(",") || this.is(";")) {
          this.k++;
          continue;
        }
        const key = this.id().toLowerCase();
        if (!this.is("=")) {
          out[key] = "true";
          continue;
        }
        this.k++;
        out[key] = this.id();
      }
      this.k++;
    }
    return out;
  }

  private mermaid(): string {
    const nodeLine = (n: string): string => {
      const [open, close] = OPEN_CLOSE[SHAPES[(this.shapes.get(n) ?? "").toLowerCase()] ?? "rect"]!;
      return `${this.ids.get(n)}${open}${quoted(this.labels.get(n) ?? n)}${close}`;
    };
    const out = [`flowchart ${this.dir}`];
    const cluster = (c: Cluster, depth: number): void => {
      const pad = "    ".repeat(depth);
      out.push(`${pad}subgraph ${c.id}[${quoted(c.label || " ")}]`);
      for (const n of c.nodes) out.push(`${pad}    ${nodeLine(n)}`);
      for (const inner of c.inner) cluster(inner, depth + 1);
      out.push(`${pad}end`);
    };
    for (const n of this.ids.keys()) if (!this.home.get(n)) out.push(`    ${nodeLine(n)}`);
    for (const c of this.top.inner) cluster(c, 1);
    return [...out, ...this.edges].join("\n");
  }
}

/** A label as Mermaid's quoted text: DOT's `\n` (and `\l`, `\r`: left- and right-justified breaks) a line break. */
function quoted(label: string): string {
  const text = label.replace(/\\[nlr]/g, "<br/>").replace(/(?:<br\/>)+$/, "").replace(/\\(.)/g, "$1").replace(/"/g, "#quot;");
  return `"${text}"`;
}
