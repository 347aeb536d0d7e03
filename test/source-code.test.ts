// A plan point asking for the log or code the source text holds (`위 로그 블록에서 몇 줄만 골라서 코드 블록 그대로
// 보여주기`) is drawn as that code, not as the ask: the reader of the sheet is shown the log, never told to show it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelsOf, type Block } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { asksForSourceCode } from "../src/read/prompt/source-code.js";
import { panel, TWO_BOXES } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const LOG = Array.from({ length: 8 }, (_, i) => `step ${(i + 1) * 10} | loss ${(9 - i).toFixed(2)}`);
const doc = (point: string, source: string[] = ["```text", ...LOG, "```"]): string =>
  [
    "# Source Text",
    "Karpathy가 학습 화면을 보여 준다.",
    ...source,
    "# Layout Structure",
    "```",
    ...TWO_BOXES,
    "```",
    "# Output Structure Plan",
    "## 🅰️ Alpha",
    "- loss가 내려간다",
    `- ${point}`,
    "- 한 줄 = 업데이트 한 번",
    "## 🅱️ Beta",
    "- b",
    "## 📌 Takeaways",
    "- t",
    "",
  ].join("\n");
const texts = (blocks: Block[]): string[] => blocks.map((b) => (b.kind === "code" ? `code:${b.text}` : b.kind === "bullets" ? b.items.map(richText).join(" / ") : b.kind));

describe("a point asking for the source's log", () => {
  it("is told by where the code is, what it is and that it is to be shown", () => {
    for (const yes of ["위 로그 블록에서 몇 줄만 골라서 코드 블록 그대로 보여주기", "Show a few lines of the log above as a code block", "원문의 코드를 그대로 넣어 주세요"]) expect(asksForSourceCode(yes), yes).toBe(true);
    // A point about a log that asks for nothing, or asks to draw something not in the source.
    for (const no of ["로그 한 줄 = 업데이트 1번", "Loss log는 작은 터미널 화면처럼 (코드 블록 그대로)", "위 그림을 그대로 보여주기"]) expect(asksForSourceCode(no), no).toBe(false);
  });

  it("becomes the log in its list's place, a few lines of it when a few are asked for", async () => {
    const { sheet } = await readSheet(doc("위 로그 블록에서 몇 줄만 골라서 코드 블록 그대로 보여주기"));
    expect(texts(panel(sheet, /ALPHA/).blocks)).toEqual(["loss가 내려간다", `code:${[LOG[0], LOG[1], "...", LOG[7]].join("\n")}`, "한 줄 = 업데이트 한 번"]);
  });

  it("becomes the whole log when it does not say a few, and the writer's own `...` marks where a few are cut", async () => {
    const whole = await readSheet(doc("Show the log above as it is"));
    expect(texts(panel(whole.sheet, /ALPHA/).blocks)[1]).toBe(`code:${LOG.join("\n")}`);
    const cut = await readSheet(doc("위 로그에서 몇 줄만 보여주기", ["```", LOG[0]!, "...", ...LOG.slice(2), "```"]));
    expect(texts(panel(cut.sheet, /ALPHA/).blocks)[1]).toBe(`code:${[LOG[0], "...", LOG[7]].join("\n")}`);
  });

  it("stays a point when the source holds no code, or two blocks of it (which one is meant is not clear)", async () => {
    for (const source of [[], ["```", "a = 1", "```", "```", "b = 2", "```"]]) {
      const { sheet } = await readSheet(doc("위 로그 블록에서 몇 줄만 골라서 코드 블록 그대로 보여주기", source));
      expect(panelsOf(sheet).flatMap((p) => p.blocks).some((b) => b.kind === "code")).toBe(false);
    }
  });

  it("in the GPT-2 training chapter: TRAINING LOG shows the log pasted under the transcript, not the ask", async () => {
    const name = "gpt2-training-block-elements-grid-spans-gantt-korean-first-quotes";
    const { sheet } = await readSheet(readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8"), { file: `${name}.txt` });
    const log = panel(sheet, /TRAINING LOG/).blocks.find((b) => b.kind === "code");
    expect(log?.kind === "code" && log.text.split("\n")).toEqual([expect.stringMatching(/^step +1\/32000 \| loss 11\.0101/), expect.stringMatching(/^step +20\/32000/), "...", expect.stringMatching(/^step 32000\/32000 \| loss 2\.9026/)]);
    expect(JSON.stringify(sheet)).not.toContain("몇 줄만 골라서");
  });
});
