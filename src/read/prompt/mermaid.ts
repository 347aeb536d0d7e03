// The plan's ```mermaid blocks, parsed before the (synchronous) reading of the document: Mermaid's own parsers
// load asynchronously, and only when the plan has such a block.
import type { Code, RootContent } from "mdast";
import type { MermaidBlock } from "../../mermaid/index.js";
import type { Block, Rich } from "../../model/sheet.js";
import { InputError } from "../../errors.js";
import { MAX_DIAGRAM_NODES } from "../limits.js";
import { findSection, lineOf, type PromptDoc } from "./sections.js";
import { interleavedPlan } from "./heading-boxes.js";
import { isXyChart } from "./xychart.js";
import { firstLine } from "./chart-tables.js";
import { stateAsFlowchart } from "./state-chart.js";

/** Every fenced code block under the nodes, nested ones (inside list items, quotes) included. */
export function codeNodes(nodes: readonly RootContent[]): Code[] {
  return outermost<Code>(nodes, ["code"]);
}

/** The nodes of these types under `nodes`, in document order; one found is not searched inside. */
export function outermost<T extends RootContent>(nodes: readonly RootContent[], types: readonly string[]): T[] {
  const out: T[] = [];
  const walk = (node: unknown): void => {
    const n = node as { type?: string; children?: unknown[] };
    if (n.type !== undefined && types.includes(n.type)) out.push(node as T);
    else if (Array.isArray(n.children)) n.children.forEach(walk);
  };
  nodes.forEach(walk);
  return out;
}

export async function parsePlanMermaid(doc: PromptDoc): Promise<Map<number, MermaidBlock>> {
  const parsed = new Map<number, MermaidBlock>();
  const plan = findSection(doc, "plan") ?? interleavedPlan(doc);
  // A pie or an xychart is drawn as a table (plan.ts), with no Mermaid parse.
  // A kind we do not draw is left to plan.ts, which warns and reads the rest of the plan.
  const blocks = codeNodes(plan?.nodes ?? []).filter((c) => (c.lang ?? "").toLowerCase() === "mermaid" && !isPie(c.value) && !isXyChart(c.value) && !undrawnKind(c.value));
  if (blocks.length === 0) return parsed;
  const { parseMermaid } = await import("../../mermaid/index.js");
  for (const code of blocks) parsed.set(lineOf(code), await parseMermaid(rewritten(code.value, lineOf(code))?.source ?? code.value, lineOf(code)));
  return parsed;
}

// Kinds drawn: Mermaid's flowchart and mindmap parsers read these, or they are first rewritten as one (or as a table).
const DRAWN = /^(?:flowchart|graph|flowchart-elk|mindmap|sequenceDiagram|stateDiagram(?:-v2)?|timeline|pie|xychart(?:-beta)?)$/i;

/**
 * The kind a ```mermaid block names when it is one nanosheet does not draw (`gitGraph`, `erDiagram`,
 * `classDiagram`…), else undefined. Such a block is one chart among a plan's many: it is left out with a warning, not
 * made the whole page's failure. An empty block, or one of a kind Mermaid does not know, is still Mermaid's error.
 */
export function undrawnKind(code: string): string | undefined {
  const first = firstLine(code).trim().split(/[\s;:]+/)[0] ?? "";
  return KNOWN.test(first) && !DRAWN.test(first) ? first : undefined;
}

// Mermaid's other diagram kinds, so a typo (`flowchrt`) still gets Mermaid's own error naming what it draws.
const KNOWN = /^(?:quadrantChart|sankey(?:-beta)?|gantt|journey|gitGraph|classDiagram(?:-v2)?|erDiagram|requirementDiagram|C4\w*|block(?:-beta)?|packet(?:-beta)?|architecture(?:-beta)?|kanban|radar(?:-beta)?|treemap(?:-beta)?|zenuml)$/;

const SEQUENCE = /^\s*sequenceDiagram\b/;
const PARTICIPANT = /^\s*(?:create\s+)?(?:participant|actor)\s+(.+?)(?:\s+as\s+(.+?))?\s*$/i;
// `A->>B: text`, `A-->>B`, `A->B`, `A-xB`, `A-)B`, with `+`/`-` activation marks.
// `A<<->>B` (both ways) too: its `<<` is the arrow's, not the sender's.
const MESSAGE = /^\s*([^\s:<>-][^:<>]*?)\s*(<<)?--?(?:>>|>|x|\))\s*[+-]?\s*([^:]+?)\s*(?::\s*(.*))?$/;
/** `autonumber`, `autonumber 10`, `autonumber 10 5`, `autonumber off`. */
const AUTONUMBER = /^\s*autonumber(?:\s+(off)|\s+(\d{1,6})(?:\s+(\d{1,6}))?)?\s*$/i;

/** `Note over A,B: text`, `Note right of A: text`. */
const NOTE = /^\s*note\s+(?:over|left\s+of|right\s+of)\s+[^:]+:\s*(.+)$/i;

/** Whether a ```mermaid block is a sequence diagram (drawn as the flowchart `sequenceAsFlowchart` makes). */
export function isSequence(code: string): boolean {
  return SEQUENCE.test(firstLine(code));
}

/**
 * A sequence diagram as the flowchart a person sketching it on paper would draw: one step per message, in
 * order, top to bottom, each reading `Sender → Receiver: message`. Participants take their `as` names; a `loop`
 * is an arrow back from its last message to its first, labelled; a note (`Note over M,S: 생성 일시 정지`) is the
 * caption of the message it follows, as the writer put it there to say what happens at that step; activations are
 * left out. Undefined for any other diagram. Mermaid's own parser then reads it.
 */
export function sequenceAsFlowchart(code: string): string | undefined {
  if (!isSequence(code)) return undefined;
  const names = new Map<string, string>();
  const steps: string[] = [];
  // `loop label` … `end`: the messages inside are drawn once, with an arrow back from the last to the first.
  const open: { from: number; label?: string }[] = [];
  const loops: { from: number; to: number; label: string }[] = [];
  const notes: { at: number; text: string }[] = [];
  let numbering: { next: number; step: number } | undefined;
  for (const line of code.split(/\r?\n/)) {
    const block = /^\s*(loop|alt|opt|par|critical|break|rect)\b\s*(.*)$/.exec(line);
    if (block) {
      open.push(block[1] === "loop" ? { from: steps.length, label: block[2]!.trim() } : { from: steps.length });
      continue;
    }
    if (/^\s*end\s*$/.test(line)) {
      const b = open.pop();
      if (b?.label !== undefined && steps.length > b.from) loops.push({ from: steps.length - 1, to: b.from, label: b.label });
      continue;
    }
    const note = NOTE.exec(line);
    if (note) {
      notes.push({ at: Math.max(0, steps.length - 1), text: note[1]!.trim() });
      continue;
    }
    // Mermaid numbers each message after `autonumber`: the steps say their numbers as its arrows do.
    const auto = AUTONUMBER.exec(line);
    if (auto) {
      numbering = auto[1] ? undefined : { next: Number(auto[2] ?? 1), step: Number(auto[3] ?? 1) };
      continue;
    }
    const p = PARTICIPANT.exec(line);
    if (p) {
      names.set(p[1]!.trim(), (p[2] ?? p[1]!).trim());
      continue;
    }
    const m = MESSAGE.exec(line);
    if (!m || SEQUENCE.test(line)) continue;
    const name = (id: string): string => names.get(id.trim()) ?? id.trim();
    const text = m[4]?.trim();
    const n = numbering ? `${numbering.next}. ` : "";
    if (numbering) numbering.next += numbering.step;
    steps.push(`${n}${name(m[1]!)} ${m[2] ? "↔" : "→"} ${name(m[3]!)}${text ? `: ${text}` : ""}`);
  }
  if (steps.length === 0) return undefined;
  const label = (s: string): string => `"${s.replace(/"/g, "#quot;")}"`;
  const back = loops.map((l) => `    m${l.from} -->${l.label ? `|${label(l.label)}|` : ""} m${l.to}`);
  const captioned = steps.map((s, k) => [s, ...notes.filter((n) => n.at === k).map((n) => n.text)].join("<br/>"));
  return ["flowchart TD", ...captioned.map((s, k) => `    m${k}[${label(s)}]`), ...steps.slice(1).map((_, k) => `    m${k} --> m${k + 1}`), ...back].join("\n");
}

const PIE = /^\s*pie\b/;
const SLICE = /^\s*"([^"]+)"\s*:\s*(-?\d+(?:\.\d+)?)\s*$/;

/** Whether a ```mermaid block is a pie chart (drawn as the table `pieRows` gives). */
export function isPie(code: string): boolean {
  return PIE.test(firstLine(code));
}

/**
 * A pie chart's slices as a person with a pen would note them: label, value and its share of the whole,
 * largest first as Mermaid draws them. The title (`pie title …`) names the first column.
 */
export function pieRows(code: string): { title: string | undefined; rows: [string, string, string][] } | undefined {
  if (!isPie(code)) return undefined;
  const title = /^\s*pie\s+(?:showData\s+)?title\s+(.+)$/.exec(firstLine(code))?.[1]?.trim() ?? code.split(/\r?\n/).map((l) => /^\s*title\s+(.+)$/.exec(l)?.[1]).find(Boolean)?.trim();
  const slices = code.split(/\r?\n/).map((l) => SLICE.exec(l)).filter((m): m is RegExpExecArray => !!m).map((m) => ({ label: m[1]!, value: Number(m[2]) }));
  const total = slices.reduce((s, x) => s + Math.max(0, x.value), 0);
  if (slices.length === 0 || !(total > 0)) return undefined;
  const fmt = (n: number): string => String(Math.round(n * 10) / 10);
  // A slice too thin to round to a tenth of a percent is still there: `<0.1%`, not `0%`.
  const share = (v: number): string => (v > 0 && (100 * v) / total < 0.05 ? "<0.1%" : `${fmt((100 * v) / total)}%`);
  const rows = [...slices].sort((a, b) => b.value - a.value).map((x): [string, string, string] => [x.label, fmt(x.value), share(x.value)]);
  return { title, rows };
}

const TIMELINE = /^\s*timeline\b/;

/** Whether a ```mermaid block is a timeline (drawn as the flowchart `timelineAsFlowchart` makes). */
export function isTimeline(code: string): boolean {
  return TIMELINE.test(firstLine(code));
}

/**
 * A timeline's periods in order, each with its events (` · ` between them); a `section` line names the first
 * period after it (`OpenAI · 2019`). `title` names nothing drawn (the panel does).
 */
export function timelineRows(code: string): [string, string][] | undefined {
  if (!isTimeline(code)) return undefined;
  const rows: [string, string][] = [];
  let section: string | undefined;
  for (const line of code.split(/\r?\n/).slice(1)) {
    const t = line.trim();
    if (t === "" || t.startsWith("%%") || /^title\s/.test(t)) continue;
    const s = /^section\s+(.+)$/.exec(t);
    if (s) {
      section = s[1]!.trim();
      continue;
    }
    const parts = t.split(/\s+:\s+|\s*:\s+|^:\s*/).map((p) => p.trim()).filter(Boolean);
    if (t.startsWith(":") && rows.length > 0) {
      // A continuation line (`: more`) adds events to the period above.
      const last = rows[rows.length - 1]!;
      last[1] = [last[1], ...parts].filter(Boolean).join(" · ");
      continue;
    }
    const [period, ...events] = parts;
    if (!period) continue;
    rows.push([section ? `${section} · ${period}` : period, events.join(" · ")]);
    section = undefined;
  }
  return rows.length > 0 ? rows : undefined;
}

/**
 * A timeline as a person sketches one: the periods as boxes on one arrow, left to right, each period's events
 * written under its box (a node's caption). Undefined for any other diagram.
 */
export function timelineAsFlowchart(code: string): string | undefined {
  const rows = timelineRows(code);
  if (!rows) return undefined;
  const q = (s: string): string => s.replace(/"/g, "#quot;");
  return ["flowchart LR", ...rows.map(([period, events], k) => `    t${k}["${q(period)}${events ? `<br>${q(events)}` : ""}"]`), ...rows.slice(1).map((_, k) => `    t${k} --> t${k + 1}`)].join("\n");
}

/**
 * A diagram type we draw as a flowchart, rewritten as one (its Mermaid source), with the warning that says so;
 * undefined for any other block. Both readers (the prompt's plan and sheet Markdown) use it. Too many steps for
 * one diagram is an InputError on the block's line, in the diagram's own terms (Mermaid's parser would
 * otherwise name an edge limit of a flowchart the user never wrote).
 */
export function rewritten(code: string, line?: number): { source: string; warning: string; line?: number } | undefined {
  const asChart = (source: string, warning: string, what: string): { source: string; warning: string } => {
    // The rewrites write one node per line and one edge per line: the nodes are the lines without an arrow.
    const nodes = source.split("\n").slice(1).filter((l) => !l.includes("-->")).length;
    if (nodes > MAX_DIAGRAM_NODES) {
      throw new InputError(`this ${what} makes a chart of ${nodes} steps; a diagram holds at most ${MAX_DIAGRAM_NODES}`, line !== undefined ? { line } : {}, "split it, or keep its main steps");
    }
    return { source, warning };
  };
  const seq = sequenceAsFlowchart(code);
  if (seq) return asChart(seq, "a sequenceDiagram is drawn as a flowchart of its messages, in order", "sequenceDiagram");
  const state = stateAsFlowchart(code);
  if (state) return asChart(state, "a stateDiagram is drawn as a flowchart of its states and transitions", "stateDiagram");
  const time = timelineAsFlowchart(code);
  if (time) return asChart(time, "a timeline is drawn as a flowchart of its periods, each with its events under it", "timeline");
  return closedSubgraphs(code, line);
}

/**
 * A flowchart whose last `subgraph` was never closed: the `end` a person forgets at the bottom of the block.
 * Mermaid refuses it with a token list; closing it at the end is what the writer meant (nothing can follow the
 * block's last line), so it is closed there with a warning naming the subgraph's line.
 */
export function closedSubgraphs(code: string, line?: number): { source: string; warning: string; line?: number } | undefined {
  if (!/^(?:flowchart|graph)\b/i.test(firstLine(code).trim())) return undefined;
  const lines = code.split("\n");
  const open: number[] = [];
  lines.forEach((l, k) => {
    if (/^\s*subgraph\b/.test(l)) open.push(k);
    else if (/^\s*end\s*;?\s*$/.test(l)) open.pop();
  });
  if (open.length === 0) return undefined;
  const source = [...lines.filter((l, k) => k < lines.length - 1 || l.trim() !== ""), ...open.map(() => "end")].join("\n");
  const what = open.length === 1 ? `the subgraph "${subgraphName(lines[open[0]!]!)}" has` : `${open.length} subgraphs have`;
  const warning = `${what} no \`end\`; closed at the end of the block (add \`end\` where it stops)`;
  // The warning names the first unclosed subgraph's own line, not the fence's.
  return line !== undefined ? { source, warning, line: line + 1 + open[0]! } : { source, warning };
}

function subgraphName(l: string): string {
  return l.replace(/^\s*subgraph\s*/, "").trim();
}

/** A pie chart as the table of its slices, with the warning that says so; undefined for any other block. */
export function pieTable(code: string): { block: Block; warning: string } | undefined {
  const pie = pieRows(code);
  if (!pie) return undefined;
  // Values written as percents of 100 (`"Web" : 60`) are their shares already: one column of them says it all.
  const shares = pie.rows.every(([, value, share]) => `${value}%` === share);
  const cells = (r: string[]): Rich[] => r.map((c) => [{ text: c }]);
  const block: Block = shares
    ? { kind: "table", header: cells([pie.title ?? "", "%"]), rows: pie.rows.map(([label, , share]) => cells([label, share])) }
    : { kind: "table", header: cells([pie.title ?? "", "value", "%"]), rows: pie.rows.map(cells) };
  return { block, warning: `a pie chart is drawn as a table of its slices (${shares ? "their shares" : "value and share"})` };
}
