// A list point the writer broke into lines with `<br>` (`- 풀이 A: …<br>풀이 B: …<br>풀이 C: …`) is that many
// points: run together with spaces, three answers read as one sentence.
import { describe, expect, it } from "vitest";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { panel, promptDoc, TWO_BOXES } from "./read-helpers.js";

const plan = (point: string): string[] => ["## 🅰️ Alpha", "- 문제: 사과 3개 + 오렌지 2개 = $13", point, "- 마지막 점", "## 🅱️ Beta", "- b", "## 📌 Takeaways", "- t"];
const points = async (point: string): Promise<string[]> => {
  const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan(point)));
  return panel(sheet, /ALPHA/).blocks.flatMap((b) => (b.kind === "bullets" ? b.items.map(richText) : []));
};

describe("a list point broken with <br>", () => {
  it("is a point a line, in its place among the others", async () => {
    expect(await points("- 풀이 A: 방정식 `3x + 4 = 13`<br>풀이 B: 말로 한 단계씩<br/>풀이 C: 바로 \"$3\"")).toEqual([
      "문제: 사과 3개 + 오렌지 2개 = $13",
      "풀이 A: 방정식 3x + 4 = 13",
      "풀이 B: 말로 한 단계씩",
      "풀이 C: 바로 \"$3\"",
      "마지막 점",
    ]);
  });

  it("stays one point when the break only ends it, and a point with none is as it was", async () => {
    expect(await points("- 한 줄뿐<br>")).toEqual(["문제: 사과 3개 + 오렌지 2개 = $13", "한 줄뿐", "마지막 점"]);
    expect(await points("- 그냥 한 점")).toEqual(["문제: 사과 3개 + 오렌지 2개 = $13", "그냥 한 점", "마지막 점"]);
  });
});
