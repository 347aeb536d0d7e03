// A quote saying again one point of the list pinned to a panel, in two of its telling words, one of them that
// panel's alone (meaning.ts `pointSaid`).
import { describe, expect, it } from "vitest";
import { Matcher, profileOf } from "../src/read/prompt/meaning.js";
import { wordSet } from "../src/read/prompt/words.js";
import type { Block, Panel } from "../src/model/sheet.js";

const panel = (id: string, title: string, lead: string): Panel => ({ id, title, lead: [[{ text: lead }]], blocks: [] }) as unknown as Panel;
const bullets = (...items: string[]): Block => ({ kind: "bullets", items: items.map((text) => [{ text }]) }) as unknown as Block;

function matcher(points: string[], otherLead = "계산기 대신 Python 실행"): Matcher {
  const panels = [panel("tools", "TOOLS", otherLead), panel("duty", "책임", "결과 확인은 사용자 몫")];
  return new Matcher(panels.map((p, k) => profileOf(p, "", [], new Map(), k === 1 ? [bullets(...points)] : [])));
}

describe("a quote restating a pinned point", () => {
  const quote = wordSet("Use it as a tool, not as something infallible");

  it("restates 모델 = 무오류 존재 ❌ / 도구 ✅ by tool and infallible, 무오류 being that panel's alone", () => {
    const echo = matcher(["모델 = 무오류 존재 ❌ / 도구 ✅"]).echo(1, quote);
    expect(echo.words).toEqual(["≈ 모델 = 무오류 존재 ❌ / 도구 ✅"]);
    expect(echo.score).toBeGreaterThan(0);
  });

  it("is no restatement when another panel says both words too", () => {
    expect(matcher(["모델 = 무오류 존재 ❌ / 도구 ✅"], "무오류 아닌 도구 계산기").echo(1, quote).score).toBe(0);
  });

  it("is no restatement of a point labelled with what the quote does not say", () => {
    expect(matcher(["출력: 무오류 존재 ❌ / 도구 ✅"]).echo(1, quote).score).toBe(0);
    expect(matcher(["tool: 무오류 존재 ❌ / 도구 ✅"]).echo(1, quote).score).toBeGreaterThan(0);
  });

  it("needs two telling words: one alone, or words any sentence says, restate nothing", () => {
    expect(matcher(["모델 = 무오류 존재 ❌ / 계산 ✅"]).echo(1, quote).score).toBe(0);
  });
});
