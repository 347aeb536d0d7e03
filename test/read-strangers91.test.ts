// Chapters written by others, read as their writers meant: an RLHF chapter dictated aloud and lightly cleaned up,
// its parts said rather than headed (`자 그리고 레이아웃은요,`, `내용은 이렇게 채워 주세요.`), its layout described
// in speech with fillers and a slip taken back (`그 밑에… 세 칸, 아 아니다 두 칸으로`, `한 6대 4?`), its plan
// walked box by box (`첫 번째 칸에는요, …`, `그리고 오른쪽 칸은 …`), its quotes said as `인용: … ["original"]`,
// and a spoken line of thanks at the end. Each rule is tested on a small input of its own and on the fixture.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { unspoken } from "../src/read/prompt/spoken-layout.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const NAME = "rlhf-dictated-spoken-layout-said-quotes-thanks";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${NAME}.txt`), "utf8");
const all = (sheet: Sheet): Block[] => sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : []));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const texts = (blocks: Block[]): string => blocks.map((b) => (b.kind === "paragraph" ? richText(b.text) : "")).join("\n");
const widths = (sheet: Sheet): (number | undefined)[][] => sheet.rows.map((r) => (r.kind === "panels" ? r.panels.map((p) => p.width) : []));

const FRONT = ["---", 'title: "7. Alpha"', "chapter: 7", "---", "", "## 7. Alpha", "", "Alpha is said to be beta. Gamma follows delta."];
/** A dictated prompt: a greeting, the pasted notes, then each part said on a line of its own. */
const dictated = (layout: string[], plan: string[], end: string[] = []): string =>
  ["안녕하세요, 음성으로 받아 적은 거예요.", "", ...FRONT, "", "자 그리고 레이아웃은요,", "", ...layout, "", "내용은 이렇게 채워 주세요.", "", ...plan, ...end, ""].join("\n");
const SAID_LAYOUT = ["음, 맨 위에 제목 띠 있고요, 그 밑에… 세 칸, 아 아니다 두 칸으로 해 주세요. 왼쪽은 알파 설명, 오른쪽은 베타 비교요. 맨 아래 줄은 세 칸으로, 감마, 델타, 그리고 엡실론이요."];
const SAID_PLAN = [
  "첫 번째 칸에는요, 알파는 베타라는 것. 표로 넣어 주세요.",
  "",
  "그리고 오른쪽 칸은 베타 비교인데요, 베타는 감마보다 크다는 것.",
  "",
  "마지막 줄 첫 칸은 감마요. 감마는 델타 다음에 온다.",
  "",
  "두 번째 칸은 델타, 델타는 엡실론 앞.",
  "",
  "세 번째 칸은 엡실론이요. 엡실론은 마지막.",
];

describe("a prompt whose parts are said, not headed", () => {
  it("reads the said part lines as the template's parts", async () => {
    const { sheet, warnings } = await readSheet(dictated(SAID_LAYOUT, SAID_PLAN));
    expect(sheet.meta.title).toBe("7. Alpha");
    expect(titles(sheet)).toEqual([["title"], ["알파 설명", "베타 비교"], ["감마", "델타", "엡실론"]]);
    // The small layout says no heights; that is its only note.
    expect(warnings.filter((w) => !/gives no row heights/.test(w))).toEqual([]);
  });

  it("prints the chapter's title in a title row said with no words of its own", async () => {
    const { sheet } = await readSheet(dictated(SAID_LAYOUT, SAID_PLAN));
    expect(sheet.meta.banner).toBe("7. Alpha");
  });

  it("takes one said part line for a remark: two at least make a dictated prompt", async () => {
    const one = ["자 그리고 레이아웃은요,", "", "그냥 아무렇게나 해 주세요."].join("\n");
    await expect(readSheet(one)).rejects.toThrow(/not a nanosheet input/);
  });

  it("leaves a headed prompt's said lines as remarks in their part", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, ["## 🅰️ Alpha", "", "내용은 이렇게 채워 주세요.", "", "- one", "## 🅱️ Beta", "", "레이아웃은요,", "", "- two"]));
    expect(titles(sheet).length).toBeGreaterThan(1);
  });
});

describe("a layout said aloud", () => {
  it("takes back a slip corrected in speech and drops fillers and polite endings", () => {
    expect(unspoken("음, 맨 위에 제목 띠 있고요, 그 밑에… 세 칸, 아 아니다 두 칸으로 해 주세요.")).toBe("맨 위 제목 띠. 그 밑 두 칸으로.");
    expect(unspoken("맨 아래 줄은 세 칸으로, 장점, 단점, 그리고 핵심 정리요.")).toBe("맨 아래 세 칸으로, 장점, 단점, 그리고 핵심 정리.");
  });

  it("leaves a written line exactly as it was", () => {
    const line = "Row 2 (40%): left 🧮 MATH, right 🧠 BRAIN.";
    expect(unspoken(line)).toBe(line);
  });

  it("reads a row's split said as a ratio of its boxes", async () => {
    const layout = ["맨 위에 제목 띠 있고요, 그 밑에 두 칸으로 해 주세요. 왼쪽이 좀 더 넓게, 한 7대 3? 왼쪽은 알파 설명, 오른쪽은 베타 비교요. 맨 아래 줄은 세 칸으로, 감마, 델타, 그리고 엡실론이요."];
    const { sheet } = await readSheet(dictated(layout, SAID_PLAN));
    expect(widths(sheet)[1]).toEqual([0.7, 0.3]);
  });

  it("takes no page shape for a row's split", async () => {
    const layout = ["맨 위에 제목 띠 있고요, 그 밑에 두 칸으로 해 주세요. 16대 9 화면이요. 왼쪽은 알파 설명, 오른쪽은 베타 비교요. 맨 아래 줄은 세 칸으로, 감마, 델타, 그리고 엡실론이요."];
    const { sheet } = await readSheet(dictated(layout, SAID_PLAN));
    expect(widths(sheet)[1]).toEqual([undefined, undefined]);
  });
});

describe("a plan walked box by box in speech", () => {
  it("puts the k-th section said in the k-th box, its requests to the artist left out", async () => {
    const { sheet } = await readSheet(dictated(SAID_LAYOUT, SAID_PLAN));
    expect(texts(panel(sheet, /^알파 설명/).blocks)).toMatch(/^알파는 베타라는 것\.$/);
    expect(texts(panel(sheet, /^베타 비교/).blocks)).toMatch(/베타는 감마보다 크다는 것/);
    expect(texts(panel(sheet, /^감마/).blocks)).toBe("감마는 델타 다음에 온다.");
    expect(texts(panel(sheet, /^델타/).blocks)).toMatch(/델타는 엡실론 앞/);
    expect(texts(panel(sheet, /^엡실론/).blocks)).toBe("엡실론은 마지막.");
  });

  it("reads paragraphs that only open with a place as text when fewer than two do", async () => {
    const { warnings } = await readSheet(dictated(SAID_LAYOUT, ["첫 번째 칸에는요, 알파는 베타라는 것.", "", "그냥 나머지는 알아서 해 주세요."]));
    expect(warnings.join("\n")).toMatch(/has no sections/);
  });
});

describe("a quote said with its label and its original typed in brackets", () => {
  it("draws the original as the quote and the said words as its gloss", async () => {
    const plan = ["## 🅰️ Alpha", "", "- one", "", '인용: 알파는 베타다 ["Alpha is beta"]', "", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan));
    expect(quotes(all(sheet))).toEqual(["Alpha is beta (알파는 베타다)"]);
  });
});

describe("the image asked for in a sentence, and thanks after it", () => {
  it("reads the page from it and draws neither it nor the thanks", async () => {
    const end = ["", "이미지는 16:9 가로로 해 주시고요, 손글씨 느낌이요.", "", "네, 이상입니다. 감사합니다!"];
    const { sheet } = await readSheet(dictated(SAID_LAYOUT, SAID_PLAN, end));
    expect(JSON.stringify(all(sheet))).not.toMatch(/감사|16:9|손글씨/);
    expect(sheet.page).toBe("16:9");
  });
});

describe(`the fixture ${NAME}`, () => {
  it("reads the spoken layout, its rows, widths and heights as said", async () => {
    const { sheet, warnings } = await readSheet(fixture(), { file: `${NAME}.txt` });
    expect(warnings).toEqual([]);
    expect(titles(sheet)).toEqual([["title"], ["왜 RLHF가 필요한가", "reward model 만드는 법"], ["reward model 속이기"], ["장점", "단점", "핵심 정리"]]);
    expect(widths(sheet)[1]).toEqual([0.6, 0.4]);
    expect(sheet.rows.map((r) => Math.round(r.ratio))).toEqual([10, 40, 30, 20]);
  });

  it("puts each said section's blocks in its box", async () => {
    const { sheet } = await readSheet(fixture(), { file: `${NAME}.txt` });
    expect(kinds(panel(sheet, /^왜 RLHF/))).toEqual(["table", "quote"]);
    expect(kinds(panel(sheet, /^reward model 만드는/))).toEqual(["flowchart", "quote"]);
    expect(kinds(panel(sheet, /^핵심 정리/))).toEqual(["bullets"]);
    expect(texts(panel(sheet, /^reward model 속이기/).blocks)).toMatch(/^처음 몇백 번은/);
  });

  it("reads the four said quotes, the original first", async () => {
    const { sheet } = await readSheet(fixture(), { file: `${NAME}.txt` });
    expect(quotes(all(sheet))).toEqual([
      "Write a joke about pelicans (펠리컨에 대한 농담을 써 줘)",
      "It's much easier for humans to order than to give exact scores (순서를 정하는 게 사람한테 훨씬 쉬워요)",
      "RL is extremely good at finding a way to game the model (강화학습은 시뮬레이션을 속이는 방법을 찾는 데 아주 뛰어나요)",
      "RLHF is not RL in the magical sense (RLHF는 마법 같은 의미의 RL이 아니에요)",
    ]);
    expect(JSON.stringify(all(sheet))).not.toMatch(/감사합니다|이상입니다|모눈종이/);
  });
});
