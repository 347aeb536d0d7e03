// A chapter written by others, read as its writers meant: a working-memory prompt two people drafted in a
// KakaoTalk study room and saved with the app's text export — the room's header and a day's separator, each
// message's first line after `[name] [오후 9:02]`, the app's lines (`민수님이 들어왔습니다.`, `사진`, `이모티콘`,
// `삭제된 메시지입니다.`), chatter between the parts, the layout drawing pasted as a message of its own with no
// fence or heading, and a later message fixing a share without its `%` (`아 비율 25 말고 30으로 해주세요`).
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelsOf, type Block, type Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { chatThread } from "../src/read/prompt/chat-thread.js";
import { TWO_BOXES, panel, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const NAME = "working-memory-kakaotalk-export-split-messages-ratio-fix";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${NAME}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const all = (sheet: Sheet): Block[] => panelsOf(sheet).flatMap((p) => p.blocks);
const quotes = (sheet: Sheet): string[] => all(sheet).flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const words = (sheet: Sheet): string => JSON.stringify(sheet.rows);

const PLAN = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];
const RATIOS = ["| 행 | 비율 |", "|---|---|", "| 타이틀 | 10% |", "| 위 | 60% |", "| 아래 | 30% |"];
/** An export of a room: two people, the drawing pasted bare, the ratios, the plan, then `later` messages. */
const room = (later: string[] = [], drawing: string[] = TWO_BOXES): string =>
  [
    "스터디방 님과 카카오톡 대화",
    "저장한 날짜 : 2026-12-01 오후 9:14",
    "",
    "",
    "--------------- 2026년 12월 1일 화요일 ---------------",
    "민수님이 들어왔습니다.",
    "[민지] [오후 8:59] 레이아웃 그려봤어요",
    `[민지] [오후 9:00] ${drawing[0]}`,
    ...drawing.slice(1),
    "[민지] [오후 9:01] 비율은 이렇게요",
    ...RATIOS,
    "[민수] [오후 9:02] 이모티콘",
    "[민수] [오후 9:03] # Output Structure Plan",
    "",
    ...PLAN.slice(0, 4),
    "[민수] [오후 9:04] 사진",
    "[민수] [오후 9:05] 넵 나머지도 보낼게요",
    `[민수] [오후 9:05] ${PLAN[4]}`,
    PLAN[5]!,
    "[민지] [오후 9:06] 삭제된 메시지입니다.",
    ...later,
    "",
  ].join("\n");

describe("a prompt saved with KakaoTalk's text export", () => {
  it("is read as the prompt its messages paste, not refused as no prompt at all", async () => {
    const { sheet, warnings } = await readSheet(room());
    expect(warnings.join("\n")).not.toMatch(/no # Layout Structure/);
    expect(titles(sheet)).toEqual([["title"], [expect.stringMatching(/ALPHA/), expect.stringMatching(/BETA/)], [expect.stringMatching(/TAKEAWAYS/)]]);
  });

  it("draws no header, day separator, author, time, app line or chatter", async () => {
    const { sheet } = await readSheet(room(["[민수] [오후 9:07] ㅋㅋㅋ 넵 수고하셨어요"]));
    expect(words(sheet)).not.toMatch(/카카오톡|저장한 날짜|요일|들어왔습니다|민지|민수|오후|이모티콘|사진|삭제된|넵|ㅋ/);
    expect(JSON.stringify(panel(sheet, /TAKEAWAYS/).blocks)).toMatch(/"three"/);
  });

  it("reads a part's heading on the message's first line, after its author and time", () => {
    const lines = chatThread(room()).split("\n");
    expect(lines).toContain("# Output Structure Plan");
    expect(lines).toContain("## 📌 Takeaways");
    // Every line kept where it was, so notes name the lines the writer sees.
    expect(lines).toHaveLength(room().split("\n").length);
  });

  it("puts the layout heading on the blank line above a drawing pasted bare, not over the drawing's top", () => {
    const lines = chatThread(room());
    expect(lines).toMatch(/^# Layout Structure\n\+-{42}\+$/m);
  });

  it("leaves a drawing whose message follows pasted words with no line for a heading", () => {
    // No blank line above: the message before it is kept (a list item, not chatter).
    const doc = room().replace("[민지] [오후 8:59] 레이아웃 그려봤어요", "[민지] [오후 8:59] - 레이아웃 메모");
    expect(chatThread(doc)).not.toMatch(/Layout Structure/);
  });

  it("reads the export as Windows saves it, with a BOM and CRLF line ends", async () => {
    const { sheet, warnings } = await readSheet(`\uFEFF${room().replace(/\n/g, "\r\n")}`);
    expect(warnings.join("\n")).not.toMatch(/no # Layout Structure/);
    expect(words(sheet)).not.toMatch(/카카오톡|이모티콘|민수/);
  });

  // The phone apps' export of the same room: the date and time before each message (Android, iOS, English),
  // the day's separator a line of its own.
  const PHONE = {
    android: (l: string) => l.replace(/^\[(.+?)\] \[(오[전후] \d+:\d\d)\] ?/, "2026년 12월 1일 $2, $1 : ").replace(/^-+ (.+?) -+$/, "$1"),
    ios: (l: string) => l.replace(/^\[(.+?)\] \[(오[전후] \d+:\d\d)\] ?/, "2026. 12. 1. $2, $1 : ").replace(/^-+ .+? -+$/, "2026. 12. 1. 오후 8:59"),
    english: (l: string) => l.replace(/^\[(.+?)\] \[오[전후] (\d+:\d\d)\] ?/, "Dec 1, 2026 at $2 PM, $1 : ").replace(/^-+ .+? -+$/, "Dec 1, 2026"),
  };
  for (const [app, form] of Object.entries(PHONE)) {
    it(`reads the ${app} phone export of the same room as the same sheet`, async () => {
      const doc = room().split("\n").map(form).join("\n");
      expect(doc).not.toMatch(/^\[민/m);
      const [phone, pc] = [await readSheet(doc), await readSheet(room())];
      expect(words(phone.sheet)).toEqual(words(pc.sheet));
      expect(words(phone.sheet)).not.toMatch(/2026|민지|민수|오후|PM/);
    });
  }

  it("reads a text that only mentions a time in brackets as no export", () => {
    const doc = ["# Layout Structure", "```", ...TWO_BOXES, "```", "[민지] [오후 9:00] 회의", "# Output Structure Plan", ...PLAN].join("\n");
    expect(chatThread(doc)).toBe(doc);
  });
});

describe("a message of one short line said to the teammate", () => {
  it("is not drawn, in a Slack thread too", async () => {
    const slack = ["민지  오전 10:12", "# Layout Structure", "```", ...TWO_BOXES, "```", "", "준호  오전 10:20", "# Output Structure Plan", ...PLAN, "", "민지  오전 10:25", "오 좋네요 내일 발표 화이팅", ""].join("\n");
    const { sheet } = await readSheet(slack);
    expect(words(sheet)).not.toMatch(/화이팅/);
  });

  it("keeps a one-line message that pastes a list item, a quote or a long paragraph", () => {
    const long = "파라미터 안의 지식은 흐릿한 기억이고, 컨텍스트 윈도우 안의 토큰은 바로 읽을 수 있는 작업 기억이라서 정확한 답에는 자료를 붙여넣는 게 좋습니다.";
    const out = chatThread(room([`[민수] [오후 9:07] - four`, `[민수] [오후 9:08] "A vague recollection."`, `[민수] [오후 9:09] ${long}`]));
    expect(out).toMatch(/^- four$/m);
    expect(out).toMatch(/^"A vague recollection\."$/m);
    expect(out).toContain(long);
  });
});

describe("a later message fixing a share", () => {
  it("makes a share swapped without `%` in a message about the ratio", async () => {
    // 10 + 55 + 30 = 95 as written; the fix makes 100.
    const { sheet } = await readSheet(room(["[민지] [오후 9:10] 아 비율 55 말고 60으로 해주세요"]).replace("| 60% |", "| 55% |"));
    expect(ratios(sheet)).toEqual([10, 60, 30]);
    expect(words(sheet)).not.toMatch(/말고/);
  });

  it("takes the fix that makes shares add up to 100 that did not", async () => {
    const { sheet } = await readSheet(room(["[민지] [오후 9:10] 위 55% 말고 60%로 바꿔주세요"]).replace("| 60% |", "| 55% |"));
    expect(ratios(sheet)).toEqual([10, 60, 30]);
  });

  it("leaves a fix that breaks shares that added up, to be seen", () => {
    const out = chatThread(room(["[민지] [오후 9:10] 아 비율 60 말고 70으로 해주세요"]));
    expect(out).toMatch(/\| 위 \| 60% \|/);
    expect(out).toMatch(/비율 60 말고 70으로/);
  });

  it("reads bare numbers as shares only in a message about the ratio", () => {
    const out = chatThread(room(["[민지] [오후 9:10] 인원 60 말고 50으로 해주세요"]));
    expect(out).toMatch(/\| 위 \| 60% \|/);
  });
});

describe(`fixture: ${NAME}`, () => {
  it("reads the rows as drawn, the fixed share made", async () => {
    const { sheet, warnings } = await readSheet(fixture());
    expect(warnings).toEqual([]);
    expect(titles(sheet)).toEqual([
      ["title"],
      ["PARAMETERS = 흐릿한 기억", "CONTEXT WINDOW = 작업 기억"],
      ["PRIDE AND PREJUDICE 예시"],
      ["사람도 똑같다", "실전 팁", "KEY TAKEAWAYS"],
    ]);
    // 25 말고 30: the shares written added up to 95.
    expect(ratios(sheet)).toEqual([10, 30, 40, 20]);
    expect(sheet.meta.title).toBe("11. Knowledge vs. Working Memory");
    expect(sheet.meta.chapter).toBe(11);
  });

  it("draws the plan's parts and quotes, and none of the chat", async () => {
    const { sheet } = await readSheet(fixture());
    expect(quotes(sheet)).toEqual([
      "The knowledge in the parameters of the neural network is a vague recollection.",
      "The knowledge in the tokens of the context window is the working memory.",
      "If you read a book a month ago, you have a vague recollection of it. It's much better to re-read it.",
    ].map((q) => expect.stringContaining(q.slice(0, 40))));
    expect(all(sheet).map((b) => b.kind).filter((k) => k === "flowchart" || k === "mindmap" || k === "table").sort()).toEqual(["flowchart", "mindmap", "table"]);
    expect(words(sheet)).not.toMatch(/카카오톡|민지|민수|오후 \d|ㅋ|ㄷㄷ|이모티콘|사진|삭제된|비율은|후보요|붙일게요|넵|말고/);
  });
});

describe("a long hostile export", () => {
  it("reads 2,000 lines of messages, every line kept", () => {
    const line = (i: number): string => (i % 3 === 0 ? `[민지${"]".repeat(i % 5)} [오후 9:${String(i % 60).padStart(2, "0")}] ${"아 비율 ".repeat(i % 7)}${i} 말고 ${i + 1}` : `${"님이 ".repeat(30)}들어왔${"-".repeat(i % 50)}`);
    const doc = ["스터디방 님과 카카오톡 대화", ...Array.from({ length: 2000 }, (_, i) => line(i)), "# Output Structure Plan", ...PLAN].join("\n");
    expect(chatThread(doc).split("\n")).toHaveLength(doc.split("\n").length);
  });
});
