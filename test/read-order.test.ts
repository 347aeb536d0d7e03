// A plan written box by box (order.ts): as many content sections as content boxes, in the boxes' order, none
// named by an emoji, most sharing a word with the box at their place. Each section goes to the box at its place,
// even where its title says another box's word; a plan organised otherwise keeps placement by meaning.
import { describe, expect, it } from "vitest";
import { panelsOf, type Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { promptDoc } from "./layout-helpers.js";

const diagram = [
  "┌──────────────────────────────────────────────────────────┐",
  "│ 🍌 TITLE 🍌                                              │",
  "├───────────────────┬───────────────────┬──────────────────┤",
  "│ 🦙 MODEL FAMILY    │ 📚 15T TOKENS      │ 🧮 405B PARAMS    │",
  "├───────────────────┼───────────────────┼──────────────────┤",
  "│ 🪄 FEW-SHOT TRICKS │ 💬 QUOTES          │ 📌 TAKEAWAYS      │",
  "└───────────────────┴───────────────────┴──────────────────┘",
];
const firstLines = (sheet: Sheet): Record<string, string[]> =>
  Object.fromEntries(panelsOf(sheet).map((p) => [p.title, p.blocks.map((b) => (b.kind === "bullets" ? richText(b.items[0]!) : b.kind))]));
const reasons = (sheet: Sheet): Record<string, (string | undefined)[]> => Object.fromEntries(panelsOf(sheet).map((p) => [p.title, p.blocks.map((b) => b.at?.reason)]));

describe("a plan written box by box", () => {
  const plan = [
    "## 1. The herd: 8B, 70B, 405B",
    "- 여러 크기의 모델 무리, 모두 open weights",
    "## 2. Pretraining data",
    "- 15 trillion tokens, 웹 문서가 대부분",
    "## 3. How big is the biggest one",
    "- 405B parameters = 4,050억 개의 노브",
    "## 4. Getting work out of a base model",
    "- Few-shot prompt: 예시 쌍 10개 + 마지막에 질문만",
    "## 5. Key takeaways",
    "- base model = 문서 시뮬레이터",
  ];

  it("puts each section in the box at its place, its title's stray word (405B, model) notwithstanding", async () => {
    const { sheet } = await readSheet(promptDoc(diagram, [], plan));
    expect(firstLines(sheet)).toMatchObject({
      "MODEL FAMILY": ["여러 크기의 모델 무리, 모두 open weights"],
      "15T TOKENS": ["15 trillion tokens, 웹 문서가 대부분"],
      "405B PARAMS": ["405B parameters = 4,050억 개의 노브"],
      "FEW-SHOT TRICKS": ["Few-shot prompt: 예시 쌍 10개 + 마지막에 질문만"],
    });
    // `order`, unless the section's title names its box too (then `title`, as before).
    expect(reasons(sheet)["MODEL FAMILY"]).toEqual(["order"]);
    expect(reasons(sheet)["FEW-SHOT TRICKS"]).toEqual(["order"]);
  });

  it("reads the plan in order when only its takeaways or quotes carry their boxes' emoji", async () => {
    // 📌 and 💬 name the takeaways and quotes boxes, which the order leaves out: the content sections are still read in order.
    const marked = [...plan.map((l) => l.replace("## 5. Key takeaways", "## 5. 📌 Key takeaways")), "## 💬 Quotes", '> "A base model is an internet document simulator."'];
    const { sheet } = await readSheet(promptDoc(diagram, [], marked));
    expect(firstLines(sheet)).toMatchObject({
      "MODEL FAMILY": ["여러 크기의 모델 무리, 모두 open weights"],
      "FEW-SHOT TRICKS": ["Few-shot prompt: 예시 쌍 10개 + 마지막에 질문만"],
    });
    expect(reasons(sheet)["MODEL FAMILY"]).toEqual(["order"]);
  });

  it("keeps placement by meaning for sections named by emoji, or sharing no word with the box at their place", async () => {
    // Emoji name the boxes: the fourth section says 🦙 and goes there, whatever its place.
    const byEmoji = plan.map((l) => l.replace("## 4. Getting", "## 4. 🦙 Getting"));
    expect(firstLines((await readSheet(promptDoc(diagram, [], byEmoji))).sheet)["MODEL FAMILY"]).toContain("Few-shot prompt: 예시 쌍 10개 + 마지막에 질문만");
    // A plan by kind of block (a list, a table, a chart…) shares no word with the box at each place: not in order.
    const byKind = ["## 1. Overview list", "- 알파", "## 2. Glossary", "- 베타", "## 3. Numbers", "- 감마", "## 4. Steps", "- 델타", "## 5. Key takeaways", "- 끝"];
    const { sheet } = await readSheet(promptDoc(diagram, [], byKind));
    expect(Object.values(reasons(sheet)).flat()).not.toContain("order");
  });

  it("sends a section titled with another box's whole title to that box, the rest of the plan still in order", async () => {
    const six = [
      "┌───────────────────────────────────────────────────────────────┐",
      "│ 🍌 TITLE 🍌                                                   │",
      "├─────────────────────┬─────────────────────┬───────────────────┤",
      "│ 🦙 MODEL FAMILY      │ 📚 15T TOKENS        │ 🧮 405B PARAMS     │",
      "├─────────────────────┼─────────────────────┼───────────────────┤",
      "│ 🏗️ DOCUMENT SIMULATOR│ 🧪 BASE vs INSTRUCT  │ 🪄 FEW-SHOT TRICKS │",
      "├─────────────────────┴─────────────────────┴───────────────────┤",
      "│ 📌 TAKEAWAYS                                                  │",
      "└───────────────────────────────────────────────────────────────┘",
    ];
    // Four sections in place (each with a word of its box), two swapped but each titled with its own box's name.
    const swapped = [
      "## 1. The herd of models", "- 8B, 70B, 405B 모델 무리",
      "## 2. 405B params", "- 4,050억 개의 노브",
      "## 3. 15T tokens", "- 15조 토큰, 웹 문서",
      "## 4. What a document simulator does", "- 문서를 이어 쓴다",
      "## 5. Base and instruct", "- instruct 버전은 post-training",
      "## 6. Few-shot prompting", "- 예시 쌍 10개",
      "## 7. Key takeaways", "- 끝",
    ];
    const { sheet } = await readSheet(promptDoc(six, [], swapped));
    expect(firstLines(sheet)).toMatchObject({
      "MODEL FAMILY": ["8B, 70B, 405B 모델 무리"],
      "15T TOKENS": ["15조 토큰, 웹 문서"],
      "405B PARAMS": ["4,050억 개의 노브"],
      "FEW-SHOT TRICKS": ["예시 쌍 10개"],
    });
    expect(reasons(sheet)["15T TOKENS"]).toEqual(["title"]);
  });
});
