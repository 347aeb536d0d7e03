// Which drawing is the layout when the writer drew one per page: `### A4용 (인쇄)` over one drawing and
// `### 16:9용 (모니터)` over another are not a draft and its revision but two answers, one for each page. The
// page the sheet is drawn on (the image request's, or the one `--page` sets) picks its own drawing.
import type { PageSize } from "../../model/sheet.js";
import { pageNamed } from "./page.js";

/** A page named by what it is for: a screen is 16:9, paper is A4. */
const SCREEN = /\b(?:monitor|screen|slides?|presentation|display)\b|모니터|화면|슬라이드|발표|프레젠테이션/i;
const PAPER = /\b(?:print(?:ing|ed)?|paper|handout)\b|인쇄|출력용|프린트|종이|노트에/i;

/** The page a label names by its shape (`A4`, `16:9`, `1920×1080`) or what it is for, when it names one only:
 * `A4로 인쇄할 버전이랑 모니터용` is about both. */
export function labelPage(text: string): PageSize | undefined {
  const shape = pageNamed(text);
  const said: (PageSize | undefined)[] = [shape, SCREEN.test(text) ? "16:9" : undefined, PAPER.test(text) ? "a4" : undefined];
  const named = new Set(said.filter((p) => p !== undefined));
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * The index of the drawing made for `page`, or undefined. Only the two parts of a drawing's lead-in closest to it
 * (its heading, the line right above it) label it: the words before are often about both (`A4용이랑 모니터용 두
 * 개 만들었어요`). The drawings must be labelled for different pages, and exactly one for this one.
 */
export function drawingForPage(leads: { parts: string[] }[], page: PageSize): number | undefined {
  const pages = leads.map((l) => l.parts.slice(-2).reverse().map(labelPage).find((p) => p !== undefined));
  if (new Set(pages.filter((p) => p !== undefined)).size < 2) return undefined;
  const mine = pages.flatMap((p, k) => (p === page ? [k] : []));
  return mine.length === 1 ? mine[0] : undefined;
}
