// An Output Style that asks for an element the sheet leaves out says so, once, on the line that asks.
import { describe, expect, it } from "vitest";
import { readSheet } from "../src/read/index.js";

const doc = (style: string[], plan: string[]): string =>
  ["# Source Text", "---", 'title: "x"', "---", "", "본문", "", "# Output Style", ...style, "", "# Output Structure Plan", "", "## 1. 🅰️ Alpha", "- one", ...plan].join("\n");

const asks = async (style: string[], plan: string[] = []): Promise<string[]> =>
  (await readSheet(doc(style, plan))).warnings.filter((w) => / asks for /.test(w));

describe("an element the style asks for that the sheet does not draw", () => {
  it("names a QR code or a photo on the line that asks, in either language", async () => {
    expect(await asks(["- Use bold for key terms.", "- Insert a QR code linking to the paper."])).toEqual([
      "line 10: the Output Style asks for a QR code, but a sheet draws none; it is left out",
    ]);
    expect(await asks(["1. 오른쪽 아래에 저자 **사진**을 넣어 주세요"])).toEqual([expect.stringMatching(/^line 9: .* asks for a photo/)]);
  });

  it("says nothing where the line tells to leave it out, or only quotes the word", async () => {
    expect(await asks(["- Group by topic, not by timeline.", "- 로고는 넣지 마세요."])).toEqual([]);
    expect(await asks(["- Quote: \"this video is about LLMs\""])).toEqual([]);
  });

  it("warns of a timeline only when the plan holds none", async () => {
    const style = ["- Add a small **timeline** of when each model learned to say \"I don't know\"."];
    expect(await asks(style)).toEqual([expect.stringMatching(/^line 9: the Output Style asks for a timeline, but the plan has none/)]);
    expect(await asks(style, ["", "## 2. 🕰️ 연표", "```mermaid", "timeline", "  2022 : InstructGPT", "  2023 : UltraChat", "```"])).toEqual([]);
    expect(await asks(style, ["- InstructGPT (2022) → OpenAssistant → UltraChat (2023)"])).toEqual([]);
  });
});
