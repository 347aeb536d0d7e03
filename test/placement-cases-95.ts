// Placement rules for an introduction chapter drafted as a Naver blog post (no-break spaces, quote components,
// 【】 part titles and ■ plan sections, tab-row tables, the blog's chrome), read as a designer would: each quote,
// diagram and plan section in the panel whose emoji, title or words say it is its.
import type { Case } from "./placement-cases.js";

export const NINETY_FIFTH: Record<string, Case> = {
  "introduction-naver-blog-nbsp-bracket-titles-tab-tables": {
    file: "introduction-naver-blog-nbsp-bracket-titles-tab-tables",
    rules: [
      // ■ 2. 💬 Text Box 뒤에는? — its table of questions.
      [/^질문/, /^TEXT BOX/],
      // ■ 3. ✨ Magic vs Sharp Edges — its comparison table.
      [/^구분/, /^MAGIC vs SHARP EDGES/],
      // ■ 4. 🏭 — the build pipeline's flowchart and its points.
      [/^Internet 다운로드/, /^HOW CHATGPT IS BUILT/],
      [/^여러 단계가 순서대로/, /^HOW CHATGPT IS BUILT/],
      // ■ 5. 🧠 and ■ 6. 🗺️ Lecture Map.
      [/^목표: 이 도구가/, /^MENTAL MODEL/],
      [/^단계/, /^LECTURE MAP/],
      // ■ 1. 🗺️ Topic Overview: the chapter's overview, under the emoji it shares with the lecture map or in the
      // widest panel.
      [/^텍스트 상자 뒤에는\?/, /^(LECTURE MAP|HOW CHATGPT IS BUILT)/],
      [/^LLM = 마법 같지만/, /^KEY TAKEAWAYS/],
      // The quotes, by what each says.
      [/^What is behind this text box/, /^TEXT BOX/],
      [/^It is obviously magical and amazing/, /^MAGIC vs SHARP EDGES/],
      [/^The first step of the pre-training stage/, /^HOW CHATGPT IS BUILT/],
    ],
  },
};
