// Chapters written by others, read as their writers meant: a knowledge-of-self chapter saved as a chat model's
// whole reply, the prompt inside a ````markdown fence of four backticks (its own drawing and Mermaid in ``` and
// ~~~ fences), talk before and after it; a quote given in English in a section's point and again in Korean in
// the quotes section; a quotable-insights line that points to the quotes section, its name in marks.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { blockText } from "../src/model/block-text.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const KS = "knowledge-of-self-chat-reply-four-backtick-band-remarks-translated-quote";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${KS}.txt`), "utf8");
const blocks = (sheet: Sheet): Block[] => sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : []));
const quotes = (sheet: Sheet): string[] => blocks(sheet).flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const allText = (sheet: Sheet): string => blocks(sheet).map(blockText).join("\n");
const PLAN = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

describe("a chat model's reply holding the prompt in a four-backtick fence", () => {
  const reply = (inner: string, after: string[] = []): string =>
    ["물론이죠! 아래는 치트시트용 프롬프트입니다:", "", "````markdown", inner, "````", "", ...after].join("\n");
  const tips = ["필요하면 16:9 버전도 만들어 드릴게요 😊", "", "사용 팁:", "1. 바깥 줄은 빼고 복사하세요.", "2. 빽빽하면 항목을 줄여 보세요."];

  it("reads the fenced prompt as the document, its own ``` drawing inside", async () => {
    const { sheet } = await readSheet(reply(promptDoc(TWO_BOXES, PLAN), tips));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
  });

  it("draws none of the talk around it", async () => {
    const { sheet } = await readSheet(reply(promptDoc(TWO_BOXES, PLAN), tips));
    expect(allText(sheet)).not.toMatch(/복사하세요|줄여 보세요|만들어 드릴게요|물론이죠/);
    expect(sheet.page).toBe("a4");
  });

  it("reads a fence never closed to the end", async () => {
    const { sheet } = await readSheet(["아래 프롬프트입니다:", "````md", promptDoc(TWO_BOXES, PLAN)].join("\n"));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
  });

  it("leaves a long fence inside a document with headings of its own as the code it is", async () => {
    const plan = [...PLAN.slice(0, 2), "````markdown", "# Not a heading of the document", "```", "x", "```", "````", ...PLAN.slice(2)];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan));
    expect(kinds(panel(sheet, /ALPHA/))).toContain("code");
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
  });
});

describe("a quote given in English in a point and again in Korean in the quotes section", () => {
  const en = "It doesn't have a persistent existence in any way. It sort of boots up, processes tokens and shuts off, and it does that for every single person.";
  const ko = "모델은 어떤 의미에서도 지속적으로 존재하지 않습니다. 켜져서 토큰을 처리하고 꺼지며, 모든 사람에게 매번 그렇게 합니다.";
  const plan = (point: string): string[] => ["## 🅰️ Alpha", "- one", `- ${point}`, "## 🅱️ Beta", "- two", "## 💬 Quotes", `- "${ko}"`, "## 📌 Takeaways", "- three"];

  it("is drawn once, the Korean quote glossed with the English", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan(`Karpathy: "${en}"`)));
    expect(quotes(sheet)).toEqual([`${ko} (${en})`]);
    expect(allText(sheet).split(en).length).toBe(2);
  });

  it("keeps a point that says more than the quote, the quote still glossed", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan(`대화가 끝나면 모든 것이 지워진다는 뜻: "${en}"`)));
    expect(quotes(sheet)).toEqual([`${ko} (${en})`]);
    expect(allText(sheet)).toMatch(/대화가 끝나면/);
  });

  it("leaves an English quote about something else alone", async () => {
    const other = "It's all just kind of bolted on, it's not really deeply there in any real sense.";
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan(`Karpathy: "${other}"`)));
    expect(quotes(sheet)).toEqual([ko]);
    expect(allText(sheet)).toContain(other);
  });
});

describe("a quotable-insights line pointing to the quotes section by its name in marks", () => {
  const style = (line: string): string[] => ["# Output Style", "4. **Quotable Insights**:", `   - ${line}`, ""];
  const doc = (line: string): string =>
    [...style(line), promptDoc(TWO_BOXES, ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 💬 Quotes", '- "Alpha is the first and the best of them all"', "## 📌 Takeaways", "- three"])].join("\n");

  it("is no quote", async () => {
    const { sheet } = await readSheet(doc('아래 "Quotes" 섹션의 문장들을 손글씨 말풍선으로'));
    expect(quotes(sheet)).toEqual(["Alpha is the first and the best of them all"]);
  });

  it("while a saying quoted in full stays one", async () => {
    const { sheet } = await readSheet(doc('"The section below is where the model keeps its working memory"'));
    expect(quotes(sheet)).toContain("The section below is where the model keeps its working memory");
  });
});

describe(`the fixture ${KS}`, () => {
  it("reads the prompt inside the reply's fence: the band's title, the drawn panels and the written ratios", async () => {
    const { sheet } = await readSheet(fixture());
    expect(sheet.meta.title).toBe("11. Knowledge of Self");
    expect(titles(sheet)).toEqual([
      ["title"],
      ["NO PERSISTENT SELF", "정체성은 어디서 오나?"],
      ["OLMo: 하드코딩된 자기소개 대화", "명언"],
      ['"저는 ChatGPT예요"', "SYSTEM MESSAGE", "TAKEAWAYS"],
    ]);
    expect(sheet.rows.map((r) => Math.round(r.ratio))).toEqual([10, 25, 35, 30]);
  });

  it("draws the flowchart, the sources table and the sequence where the plan put them", async () => {
    const { sheet } = await readSheet(fixture());
    expect(kinds(panel(sheet, /정체성/))).toEqual(expect.arrayContaining(["flowchart", "table"]));
    expect(kinds(panel(sheet, /SYSTEM MESSAGE/))).toContain("flowchart");
  });

  it("draws three quotes, the one given twice once with its English, and no instruction as a quote", async () => {
    const { sheet } = await readSheet(fixture());
    const q = quotes(sheet);
    expect(q).toHaveLength(3);
    expect(q[0]).toMatch(/^모델은 어떤 의미에서도 .*\(It doesn't have a persistent existence in any way\..*every single person\.\)$/);
    expect(q.join("\n")).not.toMatch(/말풍선/);
    expect(allText(sheet).split("persistent existence").length).toBe(2);
  });

  it("draws none of the chat model's talk after the fence", async () => {
    const { sheet, warnings } = await readSheet(fixture());
    expect(allText(sheet)).not.toMatch(/16:9 버전|사용 팁|한글 폰트는 손글씨체로|빼고 안쪽만/);
    expect(warnings.join("\n")).not.toMatch(/no # Output Structure Plan|no metadata/);
  });
});
