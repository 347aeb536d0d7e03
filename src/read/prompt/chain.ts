// `A → B → C` written in the plan or in a box of the layout sketch, as a left-to-right flowchart. A chain that
// ends by going back (`Model (loop)`, `back to Model`, `→ Model로 돌아감`, `↺ Model`, `Model ↺`, a lone `↻`)
// gets an edge back to the node it names instead of a new node.
import type { Flowchart, FlowNode } from "../../model/sheet.js";

export const ARROW_SPLIT = /\s*(?:→|->|⟶|⇒|=>|➡️?)\s*/;

const LOOP_SIGN = /[↺↻🔁🔄]\uFE0F?/u;
// What names a return, around the name of the node returned to. Checked on the chain's last step.
const RETURNS: RegExp[] = [
  /^(?:back\s+to|return\s+to|loop\s+(?:back\s+)?to|go\s+back\s+to|repeat\s+from)\s+(.+)$/i,
  /^\(?\s*(?:back\s+to|loop\s+to)\s+(.+?)\s*\)?$/i,
  /^(.+?)\s*(?:로|으로|에)\s*(?:다시\s*)?(?:돌아감|돌아가기|돌아간다|돌아가서|돌아가|복귀|반복)\.?$/,
  /^(?:다시\s+)(.+)$/,
  /^(.+?)\s*[(（]\s*(?:loop|repeat|again|반복|루프|다시)\s*[)）]$/i,
];
const ALONE = /^[(（]?\s*(?:loop|repeat|again|반복|루프|다시)?\s*[)）]?$/i;

const norm = (s: string): string => s.toLowerCase().replace(/["“”'`*]/g, "").replace(/\s+/g, " ").trim();

/**
 * What a chain's last step says about going back: the node label returned to (`""` for a bare return, to
 * the first node) and, for `Sample ↺ Model`, the step written before the sign. Undefined when it is a step.
 */
export function loopTarget(step: string): { target: string; step?: string; orStep?: boolean } | undefined {
  const text = step.trim();
  const sign = new RegExp(LOOP_SIGN.source, "u").exec(text);
  if (sign) {
    const before = text.slice(0, sign.index).trim();
    const after = text.slice(sign.index + sign[0].length).trim();
    const named = (t: string): string => RETURNS.map((re) => re.exec(t)?.[1]).find(Boolean)?.trim() ?? (ALONE.test(t) ? "" : t);
    if (before && after) return { step: before, target: named(after) };
    // `Update ↻`: back to Update when it is an earlier step, else Update is the last step and the sign alone
    // loops back to the start, as a lone `↻` does.
    if (before) return { target: named(before), orStep: true };
    return { target: named(after) };
  }
  const target = RETURNS.map((re) => re.exec(text)?.[1]).find(Boolean)?.trim();
  return target === undefined ? undefined : { target };
}

/** The earlier node a name points at: the same label, else the one label containing it (or contained in it). */
function findNode(nodes: FlowNode[], name: string): FlowNode | undefined {
  const key = norm(name);
  if (key === "") return nodes[0];
  const same = nodes.find((n) => norm(n.label) === key);
  if (same) return same;
  const near = nodes.filter((n) => norm(n.label).includes(key) || key.includes(norm(n.label)));
  return near.length === 1 ? near[0] : undefined;
}

const label = (text: string): string =>
  /^(\.{2,}|…|etc\.?|등+)$/i.test(text.trim()) ? "…" : unquoted(text.trim());

/** A step written in quotes is the quoted words; a quote that only ends it (`Word + ":"`) is part of the text. */
const unquoted = (t: string): string => (/^["“][^"“”]*["”]$/.test(t) ? t.slice(1, -1) : t);

/**
 * `A → B → ... → C` as a left-to-right flowchart; "..." stays as a step labelled "…". `warn` hears what was
 * assumed about a return whose node is not in the chain.
 */
export function chainFlowchart(labels: string[], warn?: (message: string) => void): Flowchart {
  const steps = [...labels];
  let back: string | undefined;
  const last = steps[steps.length - 1];
  if (steps.length >= 2 && last !== undefined) {
    const loop = loopTarget(last);
    if (loop) {
      steps.pop();
      if (loop.step) steps.push(loop.step);
      const earlier = steps.map((s, k) => ({ id: `n${k + 1}`, label: label(s), shape: "rect" as const }));
      const hit = findNode(earlier, loop.target);
      if (hit) back = hit.id;
      else if (loop.orStep) {
        steps.push(loop.target);
        back = "n1";
      } else {
        // A return to something not in the chain: keep it as a step and loop from there to the start.
        steps.push(loop.target);
        back = "n1";
        warn?.(`"${last.trim()}" returns to a step not in the chain; drawn as a step "${loop.target}" with an arrow back to "${label(steps[0] ?? "")}"`);
      }
    }
  }
  const nodes = steps.map((s, k) => ({ id: `n${k + 1}`, label: label(s), shape: "rect" as const }));
  const edges: Flowchart["edges"] = nodes.slice(1).map((n, k) => ({ from: `n${k + 1}`, to: n.id, kind: "arrow", stroke: "normal" }));
  const tail = nodes[nodes.length - 1];
  if (back && tail) edges.push({ from: tail.id, to: back, kind: "arrow", stroke: "normal" });
  return { kind: "flowchart", direction: "LR", nodes, edges };
}

/**
 * Chains written on one line, split by `;` (`A → B → C; A → D`), as one chart: a step named again is the
 * same node, so the chart branches there.
 */
export function chainsFlowchart(chains: string[][], warn?: (message: string) => void): Flowchart {
  const nodes: FlowNode[] = [];
  const edges: Flowchart["edges"] = [];
  const ids = new Map<string, string>();
  for (const chain of chains) {
    const part = chainFlowchart(chain, warn);
    const local = new Map<string, string>();
    for (const n of part.nodes) {
      const key = norm(n.label);
      let id = key === "…" ? undefined : ids.get(key);
      if (!id) {
        id = `n${nodes.length + 1}`;
        nodes.push({ ...n, id });
        if (key !== "…") ids.set(key, id);
      }
      local.set(n.id, id);
    }
    for (const e of part.edges) {
      const edge = { ...e, from: local.get(e.from)!, to: local.get(e.to)! };
      if (!edges.some((x) => x.from === edge.from && x.to === edge.to)) edges.push(edge);
    }
  }
  return { kind: "flowchart", direction: "LR", nodes, edges };
}

/** The steps of `A → B (x → y) → C`: an arrow inside brackets belongs to its step ("Quantize (FP16 → 4-bit)"). */
export function splitArrows(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  const arrow = new RegExp(`^(?:${ARROW_SPLIT.source})`);
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ("([{（".includes(c)) depth++;
    else if (")]}）".includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === " " || "→-⟶⇒=➡".includes(c))) {
      const m = arrow.exec(text.slice(i));
      if (m && /(?:→|->|⟶|⇒|=>|➡)/.test(m[0])) {
        out.push(text.slice(from, i));
        i += m[0].length - 1;
        from = i + 1;
      }
    }
  }
  out.push(text.slice(from));
  return out;
}

/**
 * `🔁 해결책 흐름: 질문 → 모르면? → 검색`: a chain written on one line after its heading. The heading (an emoji,
 * words, a colon) titles the box and the chain starts after it; read whole, the box had no title line and the
 * heading was drawn as the chain's first step.
 */
export function headedChain(chain: string[]): { heading: string; chain: string[] } | undefined {
  const m = /^(\p{Extended_Pictographic}\uFE0F?\s*[^:：]{2,40}?)\s*[:：]\s+(\S.*)$/u.exec(chain[0] ?? "");
  return m ? { heading: m[1]!, chain: [m[2]!, ...chain.slice(1)] } : undefined;
}
