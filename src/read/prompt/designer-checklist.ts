// A plan section that is the designer's list of checks, not the chapter's (`## 체크리스트 (그리기 전에 확인)` over
// `1. 패널 4개 + 제목 띠`, `## Final check before rendering`): the writer checks the drawing with it, nobody reads
// it on the sheet. A chapter's own checklist (`## ✅ When to Use Tools (Checklist)`) speaks of the lecture's
// matter and is drawn.
import type { RootContent } from "mdast";
import { plainText, type Subsection } from "./sections.js";

// `작성 시 유의사항` (points to mind when making it) is such a list in a Korean report's words.
const CHECK = /체크\s*리스트|확인|점검|검수|유의\s*사항|checklist|check/i;
/** The title says when the checks are made: before drawing, for the designer. */
const BEFORE = /(?:그리기|생성|출력|렌더링?|제출|완성)\s*(?:전|후)|(?:작성|제작)\s*(?:시|할\s*때)|디자이너|before\s+(?:drawing|rendering|generating|export|you\s+(?:draw|render|start|finish))|for\s+the\s+(?:designer|artist)|\bfinal\s+check|\bQA\b/i;
/** An item checking the sheet's making: its panels, boxes, quotes counted, layout, banner, colours; and how it is
 * written and drawn — terms kept in English, notes in Korean, mermaid turned into drawings, tables, icons, widths. */
const SHEET_WORDS = /패널|칸|박스|제목\s*띠|레이아웃|배치|말풍선|인용\s*\d|\d\s*개|색상?|글씨|여백|panel|box|layout|banner|margin|font|colou?r|\d+\s+quotes?|영어|한국어|한글|mermaid|머메이드|도식|테이블|이모지|아이콘|너비|손\s*그림|in\s+(?:english|korean)|emoji|icons?\b|widths?\b/i;

/** Whether a plan section is the designer's checklist: titled as one and said as one (when or about the sheet). */
export function designerChecklist(sub: Subsection): boolean {
  if (!CHECK.test(sub.title)) return false;
  if (BEFORE.test(sub.title)) return true;
  const items = sub.nodes.flatMap((n: RootContent) => (n.type === "list" ? n.children.map((i) => plainText(i)) : []));
  return items.length >= 2 && items.filter((t) => SHEET_WORDS.test(t)).length * 3 >= items.length * 2;
}
