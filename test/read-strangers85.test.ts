// A chapter written by others, read as its writers meant: a post-training-data prompt two people drafted in a
// Slack thread and copied whole — each message under its author-and-time line, reactions (`:+1: 2`) and
// `(edited)` marks after some, the layout drawing pasted in a message under no heading, the quotes in a `>>>`
// block, and a later message changing two row shares and renaming a panel.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelsOf, type Block, type Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { layoutSheet } from "../src/layout/index.js";
import { layoutReport } from "../src/export/report.js";
import { richText } from "../src/read/prompt/rich.js";
import { chatThread } from "../src/read/prompt/chat-thread.js";
import { TWO_BOXES, panel, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const NAME = "post-training-labelers-slack-thread-revisions";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${NAME}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const all = (sheet: Sheet): Block[] => panelsOf(sheet).flatMap((p) => p.blocks);
const quotes = (sheet: Sheet): string[] => all(sheet).flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const words = (sheet: Sheet): string => JSON.stringify(sheet.rows);

const PLAN = ["# Output Structure Plan", "## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];
const RATIOS = ["| 행 | 비율 |", "|---|---|", "| 타이틀 | 10% |", "| 위 | 60% |", "| 아래 | 30% |"];
/** A thread of three messages: the layout (drawing and ratios), then the plan, then `later`. */
const thread = (later: string[] = []): string =>
  [
    "민지  오전 10:12",
    "레이아웃 그려봤어요",
    "```",
    ...TWO_BOXES,
    "```",
    ...RATIOS,
    ":+1: 2",
    "",
    "준호  오전 10:20",
    "플랜은 이렇게요",
    "",
    ...PLAN,
    ":eyes: 1",
    "",
    ...later,
    "",
  ].join("\n");

describe("a prompt copied out of a chat thread", () => {
  it("draws no author-and-time line, reaction or (edited) mark", async () => {
    const { sheet } = await readSheet(thread(["민지  오전 10:31", "좋아요 (edited)", ":ok_hand: 1", "👍🏽 3  🎉 1"]).replace("- two", "- two (edited)"));
    expect(words(sheet)).not.toMatch(/오전 10:|👍|👀|🎉|\(edited\)/);
    expect(JSON.stringify(panel(sheet, /BETA/).blocks)).toMatch(/"two"/);
  });

  it("reads the drawing a message pastes under no heading as the layout, its ratio table with it", async () => {
    const { sheet, warnings } = await readSheet(thread());
    expect(warnings.join("\n")).not.toMatch(/no # Layout Structure/);
    expect(titles(sheet)).toEqual([["title"], ["🅰️ ALPHA", "🅱️ BETA"].map((t) => expect.stringMatching(t.split(" ")[1]!)), [expect.stringMatching(/TAKEAWAYS/)]]);
    expect(ratios(sheet)).toEqual([10, 60, 30]);
  });

  it("leaves one line with a name and a time alone: a caption, not a thread", () => {
    const text = ["# Source Text", "민지  오전 10:12", "본문", ":+1: 2"].join("\n");
    expect(chatThread(text)).toBe(text);
  });

  it("reads Slack's >>> as quoting the rest of the message, each line a quote", () => {
    const out = chatThread(["민지  10:12 AM", "hi", "", "준호  10:13 AM", '>>> "one"', '"two"', "", "after"].join("\n")).split("\n");
    // `hi`, a message of one short line, is said to the teammate: not pasted, so not kept.
    expect(out).toEqual(["", "", "", "", '> "one"', '> "two"', "", "after"]);
  });

  it("makes a later message's changes: a share said old-then-new, a row's share by its name, a title drawn on two lines", () => {
    const drawn = ["민지  오전 10:12", "```", "┌────────────────┐", "│ 🤖 WHO ARE YOU │", "│    TALKING TO? │", "└────────────────┘", "```", ...RATIOS, "", "준호  오전 10:20", ...PLAN];
    const later = ["", "민지  오전 10:31", "두 가지만 바꿔주세요", "1. 위 60% 말고 65%로, 아래 줄은 25%로 줄여주세요", '2. 제목 "WHO ARE YOU TALKING TO?"는 "SIMULATION"으로 바꿔주세요 (edited)'];
    const out = chatThread([...drawn, ...later].join("\n")).split("\n");
    expect(out).toContain("| 위 | 65% |");
    expect(out).toContain("| 아래 | 25% |");
    expect(out.find((l) => l.includes("🤖"))).toMatch(/^│ 🤖 SIMULATION\s*│$/);
    expect(out.find((l) => l.includes("TALKING"))).toBeUndefined();
    // Made, the message is not drawn.
    expect(out.slice(-4).every((l) => l === "")).toBe(true);
  });

  it("leaves a message with a change it cannot make as written", () => {
    const later = ["민지  오전 10:31", "가운데 줄을 좀 더 넓게 바꿔주세요", "위 50% 말고 40%로"];
    const out = chatThread(thread(later)).split("\n");
    expect(out).toContain("위 50% 말고 40%로");
    expect(out).toContain("| 위 | 60% |");
  });

  it("leaves shares that would no longer add up as written: one row grown, none shrunk", async () => {
    const later = ["민지  오전 10:31", "위 60% 말고 70%로 바꿔주세요"];
    expect(chatThread(thread(later)).split("\n")).toContain("| 위 | 60% |");
    const { sheet } = await readSheet(thread(later));
    expect(ratios(sheet)).toEqual([10, 60, 30]);
  });

  it("reads a 2,000-line thread through", () => {
    const big = Array.from({ length: 1000 }, (_, i) => [`사람${i % 7}  오전 10:${String(i % 60).padStart(2, "0")}`, `>>> ${"a ".repeat(40)} (edited)`]).flat().join("\n");
    chatThread([big, ":+1: ".repeat(500), "👍1 ".repeat(3000) + "x", "👍🏽".repeat(3000), `${"가 ".repeat(3000)}50% 말고`].join("\n"));
  });
});

describe(`${NAME} fixture`, () => {
  it("reads the thread as the prompt its writers meant, with the later message's changes made", async () => {
    const { sheet, warnings } = await readSheet(fixture());
    expect(warnings).toEqual([]);
    expect(titles(sheet)).toEqual([
      ["title"],
      ["CONVERSATIONS", "SPECIAL TOKENS", "HUMAN LABELERS"],
      ["CHAT TEMPLATE → TOKEN SEQUENCE"],
      ["라벨러 시뮬레이션", "ULTRACHAT (SYNTHETIC)", "KEY TAKEAWAYS"],
    ]);
    // 가운데 35% 말고 40%로, 아래 줄은 25%로.
    expect(ratios(sheet)).toEqual([8, 27, 40, 25]);
    expect(panel(sheet, /HUMAN LABELERS/).rowSpan).toBe(2);
    expect(quotes(sheet)).toEqual([
      "We are programming the assistant by example, with these conversations.",
      "These special tokens were never seen during pretraining; they are introduced in post-training.",
      "You're not talking to a magical AI. You're talking to a simulation of a labeler.",
    ]);
    expect(words(sheet)).not.toMatch(/오전 10:|\(edited\)|바꿔주세요|👍|🙌/);
    expect(panel(sheet, /HUMAN LABELERS/).blocks.map((b) => b.kind)).toContain("table");
  });
});

describe(`${NAME} on A4: a section's code and table pinned to one panel that holds only one`, () => {
  // `Special Tokens & Chat Template` pins its token table and its chat-template code to SPECIAL TOKENS by the
  // emoji; one must go. The code's words match the drawn CHAT TEMPLATE box best, the table's SPECIAL TOKENS.
  const laid = async () => {
    const { sheet } = await readSheet(fixture());
    const pos = layoutSheet(sheet);
    return layoutReport(pos, 96, pos.sheet ?? sheet);
  };

  it("moves the block whose words match another panel best, the code, and keeps the table", async () => {
    const r = await laid();
    const where = (kind: string, text: RegExp): string | undefined => r.panels.find((p) => p.blocks.some((b) => b.kind === kind && text.test(b.text)))?.title;
    expect(where("code", /^<\|im_start\|>user/)).toMatch(/^CHAT TEMPLATE/);
    expect(where("table", /^Token \| 역할/)).toMatch(/^SPECIAL TOKENS/);
    expect(r.panels.filter((p) => p.overflow)).toEqual([]);
  });

  it("tags no pointer back over the code: it stands where its words belong", async () => {
    const r = await laid();
    const chat = r.panels.find((p) => /^CHAT TEMPLATE/.test(p.title))!;
    expect(chat.blocks.map((b) => b.text).join("\n")).not.toMatch(/SPECIAL TOKENS/);
  });
});
