// Hostile inputs for `npm run bench`: documents far past what a chapter holds, each read and laid out in one
// process (the build's own path up to drawing). The answer may be a sheet or an input error; what counts is that
// it comes in seconds, never a hang. Timed here rather than in tests: a test must not depend on the machine's speed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** The bundled example with `body` in place of its plan's closing request (a plan grown past any chapter). */
function exampleWith(root, body) {
  const base = readFileSync(join(root, "examples", "neural-network-internals.prompt.txt"), "utf8");
  return base.replace("## 이미지 생성 요청", `${body}\n## 이미지 생성 요청`);
}

/** A layout drawing of two boxes and a plan of the given lines, as the reader tests write one. */
function twoBoxes(plan) {
  return [
    "# Layout",
    "```",
    "+--------------------------+--------------------------+",
    "| 🅰️ ALPHA                  | 🅱️ BETA                   |",
    "+--------------------------+--------------------------+",
    "```",
    "# Output Structure Plan",
    ...plan,
  ].join("\n");
}

const CASES = [
  ["a plan of 1,000 sections", (root) => exampleWith(root, Array.from({ length: 1000 }, (_, i) => `## ${i + 1}. 섹션 ${i + 1} Section\n- 파라미터 ${i} 설명 줄입니다 parameter\n`).join("\n"))],
  ["2,000 signed quotes in one `>` block", (root) => exampleWith(root, ["## 인용", ...Array.from({ length: 2000 }, (_, i) => `> "Quote number ${i} about parameters" — Andrej Karpathy`)].join("\n"))],
  ["a 2,000-line outline", () => twoBoxes(Array.from({ length: 2000 }, (_, i) => `${"  ".repeat(i % 4)}- point ${i} ${"words ".repeat(8)}`))],
  ["a Mermaid chart of 2,000 links", () => twoBoxes(["## 🅰️ ALPHA", "```mermaid", "graph LR", ...Array.from({ length: 2000 }, (_, k) => `  N${k} --> N${k + 1}`), "```"])],
  ["a plan table of 2,000 rows", () => twoBoxes(["| 패널 | 들어갈 내용 | 시각 요소 |", "|---|---|---|", ...Array.from({ length: 2000 }, (_, k) => `| 🅰️ Alpha ${k} | ${"• point words<br>".repeat(8)}• x | 인용: "${"q ".repeat(60)}" |`)])],
  ["2,000 spreadsheet-range lines", () => ["# Layout", ...Array.from({ length: 2000 }, (_, k) => `- A${(k % 90) + 1}:L${(k % 90) + 1} → ${"x ".repeat(150)}`), "# Output Structure Plan", "## A", "- a"].join("\n")],
  // The ways of keeping a chapter read since the twenty-ninth round, each 2,000 lines of its own marks left open.
  ["a 2,000-line KakaoTalk export", () => ["스터디방 님과 카카오톡 대화", "저장한 날짜 : 2026-12-01 오후 9:14", ...Array.from({ length: 2000 }, (_, k) => (k % 3 ? `[민지] [오후 9:${String(k % 60).padStart(2, "0")}] ${"비율 25 말고 30으로 ".repeat(8)}` : "사진"))].join("\n")],
  ["a 2,000-line PDF copy", () => Array.from({ length: 2000 }, (_, k) => (k % 40 === 0 ? `Karpathy LLM 정리 — ${k / 40 + 1} / 50` : k % 3 ? `\uF0B7\t${"ﬁltering tok- ".repeat(10)}` : `${"x".repeat(70)}-`)).join("\n")],
  ["a 2,000-line Logseq page", () => ["title:: x", ...Array.from({ length: 2000 }, (_, k) => `${"\t".repeat(k % 40)}- ${"((".repeat(5)}#[[${"a".repeat(30)} TODO:: ${"|".repeat(20)}`)].join("\n")],
  ["a 2,000-line MDX page", () => ["---", "sidebar_position: 1", "---", "import Tabs from '@theme/Tabs';", ...Array.from({ length: 2000 }, (_, k) => (k % 2 ? `<TabItem value="a${k}" label="${"레이아웃 ".repeat(10)}">` : `{/* ${"x ".repeat(80)}`))].join("\n")],
  // Read since the thirtieth round.
  ["a 2,000-line NamuWiki page", () => ["= 제목 =", "[목차]", ...Array.from({ length: 2000 }, (_, k) => (k % 4 === 0 ? `== ${"'''굵게''' ".repeat(6)}==` : k % 4 === 1 ? `||<-2><bgcolor=#eee> ${"셀 ".repeat(30)}|| [* ${"각주 ".repeat(10)}` : k % 4 === 2 ? `{{{#!syntax python ${"x".repeat(80)}` : ` * ${"[[링크|말]] ".repeat(10)}`))].join("\n")],
  ["a plan of 2,000 hard-wrapped lines", () => twoBoxes(["## 🅰️ ALPHA", ...Array.from({ length: 2000 }, (_, k) => (k % 5 === 4 ? "" : `${k % 7 === 0 ? "> " : k % 11 === 0 ? "| " : ""}${"wrapped words at seventy two columns ".repeat(2).slice(0, 66 + (k % 5))}`))])],
  ["a 2,000-line KakaoTalk phone export", () => ["스터디방 님과 카카오톡 대화", "저장한 날짜 : 2026년 12월 1일 오후 9:14", ...Array.from({ length: 2000 }, (_, k) => (k % 3 ? `2026년 12월 1일 오후 9:${String(k % 60).padStart(2, "0")}, 민지 : ${"비율 25 말고 30으로 ".repeat(8)}` : "2026년 12월 1일 화요일"))].join("\n")],
  ["a 2,000-line blog paste", () => ["이웃추가", ...Array.from({ length: 2000 }, (_, k) => (k % 3 === 0 ? `■\u00a0${"x".repeat(90)}` : k % 3 === 1 ? '"' : `【${"y\u00a0".repeat(60)}`)), "사진 설명을 입력하세요."].join("\n")],
];

/** Each case's read + layout time, ms, and how it ended (a sheet, or the input error's first words). */
export async function hostileRuns(root) {
  const lib = await import(pathToFileURL(join(root, "dist", "index.js")).href);
  const out = [];
  for (const [name, make] of CASES) {
    const text = make(root);
    const t = performance.now();
    let ended = "sheet";
    try {
      const { sheet } = await lib.readSheet(text, { file: "hostile.txt" });
      const laid = lib.layoutSheet(sheet, {});
      if (laid.panels.some((p) => p.overflow)) ended = "sheet (overflows)";
    } catch (err) {
      ended = `error: ${String(err.message).slice(0, 60)}…`;
    }
    out.push({ name, ms: performance.now() - t, lines: text.split("\n").length, ended });
  }
  return out;
}

export function hostileMarkdown(rows) {
  return [
    "## Hostile inputs: read + layout in one process (no drawing), once each",
    "",
    "| input | lines | time | answer |",
    "|---|---:|---:|---|",
    ...rows.map((r) => `| ${r.name} | ${r.lines} | ${Math.round(r.ms)} ms | ${r.ended.replace(/\|/g, "\\|")} |`),
    "",
    "Far past any chapter; each must answer in seconds, with a sheet or an input error naming the line.",
    "",
  ].join("\n");
}
