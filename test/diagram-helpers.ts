// Shared builders and invariant checks for the diagram tests.
import { expect } from "vitest";
import type { BlockEnv, BlockLayout, Space } from "../src/blocks/types.js";
import type { Flowchart, FlowEdge, FlowNode, MindNode } from "../src/model/sheet.js";
import type { Mark } from "../src/model/positioned.js";
import { boxesOverlap, markBox, marksBox } from "../src/blocks/diagram/geometry.js";

export const ENV: BlockEnv = {
  fontPx: 18,
  minFontPx: 12,
  accent: "#1c7ed6",
  palette: ["#e8590c", "#1c7ed6", "#2f9e44", "#9c36b5", "#c2255c", "#0c8599", "#f08c00"],
  ink: "#22304a",
  seed: 7,
};

export const node = (id: string, label: string, shape: FlowNode["shape"] = "rect", caption?: string): FlowNode => ({ id, label, shape, ...(caption ? { caption } : {}) });
export const edge = (from: string, to: string, extra: Partial<FlowEdge> = {}): FlowEdge => ({ from, to, kind: "arrow", stroke: "normal", ...extra });
export const leaf = (label: string, children: MindNode[] = [], extra: Partial<MindNode> = {}): MindNode => ({ label, children, ...extra });

/** The transformer chain from the user's prompt, with captions and a residual return loop. */
export function transformer(direction: Flowchart["direction"] = "LR"): Flowchart {
  return {
    kind: "flowchart",
    direction,
    nodes: [
      node("A", "Input Tokens", "rect", "\"안녕 세계\""),
      node("B", "Embedding Layer", "round", "토큰 → 벡터"),
      node("C", "Layer Norm", "rect", "값 정규화"),
      node("D", "Attention Block", "rect", "누가 누구를 볼까?"),
      node("E", "MLP Block", "rect", "지식 저장소"),
      node("F", "Logit Softmax", "stadium", "점수 → 확률"),
      node("G", "Prediction", "hexagon", "다음 토큰 🎯"),
    ],
    edges: [edge("A", "B"), edge("B", "C"), edge("C", "D"), edge("D", "E"), edge("E", "F"), edge("F", "G"), edge("E", "C", { label: "잔차 연결 (x + f(x))" })],
  };
}

export function decision(): Flowchart {
  return {
    kind: "flowchart",
    direction: "TB",
    nodes: [node("s", "Start", "stadium"), node("q", "Loss small?", "diamond"), node("u", "Update weights", "rect", "경사 하강"), { ...node("d", "Done", "circle"), classes: ["hot"] }],
    edges: [edge("s", "q"), edge("q", "u", { label: "no" }), edge("u", "q", { stroke: "dotted" }), edge("q", "d", { label: "yes", stroke: "thick", kind: "open" })],
    subgraphs: [{ id: "loop", label: "training loop", nodes: ["q", "u"] }],
    classDefs: [{ name: "hot", styles: { fill: "#ffe3e3", stroke: "#c92a2a" } }],
  };
}

export function mindmap17(): { kind: "mindmap"; root: MindNode } {
  return {
    kind: "mindmap",
    root: leaf("Neural Network Internals", [
      leaf("Parameters", [leaf("수십억 개"), leaf("가중치"), leaf("DJ 노브")], { icon: "🎛️" }),
      leaf("Transformer", [leaf("Embedding"), leaf("Attention"), leaf("MLP")], { icon: "fa fa-cube" }),
      leaf("Training", [leaf("무작위 시작"), leaf("반복 업데이트"), leaf("패턴 학습")]),
      leaf("Key Insight", [leaf("수학적 함수"), leaf("상태 없음"), leaf("기억 없음")], { icon: "💡" }),
    ]),
  };
}

/** Invariants every diagram layout keeps, whatever it draws. */
export function expectSane(l: BlockLayout, space: Space, env: BlockEnv = ENV): void {
  expect(l.width).toBeLessThanOrEqual(space.width + 1e-6);
  const b = marksBox(l.marks);
  expect(b.x).toBeGreaterThanOrEqual(-1e-6);
  expect(b.y).toBeGreaterThanOrEqual(-1e-6);
  expect(b.x + b.width).toBeLessThanOrEqual(l.width + 1e-6);
  expect(b.y + b.height).toBeLessThanOrEqual(l.height + 1e-6);
  const nodes = l.nodes ?? [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      expect(boxesOverlap(nodes[i]!.box, nodes[j]!.box), `${nodes[i]!.label} overlaps ${nodes[j]!.label}`).toBe(false);
    }
  }
  for (const m of l.marks) if (m.kind === "text") expect(m.size).toBeGreaterThanOrEqual(env.minFontPx - 1e-6);
}

/** No text mark straddles a node border: each is wholly inside one node box or wholly outside all. */
export function expectTextInsideOrClear(l: BlockLayout): void {
  for (const m of l.marks) {
    if (m.kind !== "text") continue;
    const t = markBox(m);
    for (const n of l.nodes ?? []) {
      const inside = t.x >= n.box.x - 0.5 && t.y >= n.box.y - 0.5 && t.x + t.width <= n.box.x + n.box.width + 0.5 && t.y + t.height <= n.box.y + n.box.height + 0.5;
      expect(inside || !boxesOverlap(t, n.box), `text "${m.text}" straddles node ${n.label}`).toBe(true);
    }
  }
}

export function textsInside(marks: Mark[], box: { x: number; y: number; width: number; height: number }): string {
  return marks
    .filter((m): m is Extract<Mark, { kind: "text" }> => m.kind === "text")
    .filter((m) => m.x >= box.x && m.x + m.width <= box.x + box.width && m.y > box.y && m.y < box.y + box.height)
    .map((m) => m.text)
    .join(" ");
}
