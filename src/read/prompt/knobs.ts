// The analogy visual ("parameters are knobs on a DJ set") as a `knobs` block.
import type { Knob, Knobs, MindNode } from "../../model/sheet.js";
import { sharedCount, wordSet } from "./words.js";

// Pointer positions are only for looks: different settings read as "turned to different values".
const POSITIONS = [0.25, 0.7, 0.45, 0.85, 0.6, 0.35];

export interface KnobInputs {
  analogy: string;
  sourceText: string;
  mindmaps: MindNode[];
  conceptTerms: string[];
  /** The labels a plan point asking for the knobs names (`w0 … w5`): they win. */
  labels?: string[];
  /** How many knobs that point asks for (`6 knobs`): no more are drawn. */
  count?: number;
}

export function knobsBlock(input: KnobInputs): Knobs {
  const labels = (input.labels ?? sourceParams(input.sourceText) ?? fromMindmap(input) ?? fallback(input)).slice(0, input.count);
  const knobs: Knob[] = labels.map((label, k) => ({ label, value: POSITIONS[k % POSITIONS.length] ?? 0.5 }));
  return { kind: "knobs", knobs };
}

/** Example parameters the lecture names, e.g. "w0, w1, w2, w3"; weights win over inputs (x1, x2). */
function sourceParams(text: string): string[] | undefined {
  const lists = [...text.matchAll(/\b[a-zA-Zθ]_?\d+(?:\s*,\s*[a-zA-Zθ]_?\d+){2,}/gu)].map((m) =>
    m[0].split(/\s*,\s*/),
  );
  if (lists.length === 0) return undefined;
  const weighty = lists.filter((l) => /^[wθp]/i.test(l[0] ?? ""));
  const pick = (weighty.length ? weighty : lists).sort((a, b) => b.length - a.length)[0];
  return pick?.slice(0, 5);
}

/** The mind-map branch closest to the analogy gives the knobs its labels. */
function fromMindmap(input: KnobInputs): string[] | undefined {
  const want = wordSet(input.analogy);
  let best: { node: MindNode; score: number } | undefined;
  for (const map of input.mindmaps) {
    for (const branch of map.children) {
      const text = [branch.label, ...branch.children.map((c) => c.label)].join(" ");
      const score = sharedCount(want, wordSet(text));
      if (branch.children.length >= 2 && score > 0 && (!best || score > best.score)) best = { node: branch, score };
    }
  }
  return best?.node.children.slice(0, 4).map((c) => c.label);
}

function fallback(input: KnobInputs): string[] {
  if (input.conceptTerms.length >= 2) return input.conceptTerms.slice(0, 4);
  return ["A", "B", "C"];
}

const TURN = /knob|dial|turn|adjust|tune|노브|다이얼|돌리|조절|조정/i;

/** What turning the knobs gives, from the lead lines of the panel that holds them: "노브를 돌리면 다른 예측" → "다른 예측". */
export function knobsResult(lead: string[]): string | undefined {
  for (const line of lead.filter((l) => TURN.test(l))) {
    const m =
      /(?:→|->|=>|⇒)\s*(.+)$/.exec(line) ??
      /면\s+(.+)$/.exec(line) ??
      /\b(?:gives?|yields?|changes?|leads? to|get)\s+(.+)$/i.exec(line);
    if (m?.[1]) return m[1].replace(/[.!]+$/, "").trim();
  }
  return undefined;
}
