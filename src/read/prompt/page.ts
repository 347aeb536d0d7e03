// The page a prompt document asks for: A4 landscape unless its image request names 16:9 first (not to turn it down); a portrait page
// it sets is said and drawn landscape.
import type { PageSize } from "../../model/sheet.js";
import type { RootContent } from "mdast";
import { isOffer } from "./directions.js";
import { spokenSizes } from "./spoken-sizes.js";
import { findSection, plainText, type PromptDoc } from "./sections.js";

/** A page set to portrait by a key (`page: A4 portrait`, `orientation: 세로`) outside the source: said once, drawn landscape as `page`. */
export function portraitAsked(doc: PromptDoc, page: PageSize, warnings: string[]): void {
  const source = findSection(doc, "source");
  const from = source?.line ?? Infinity;
  const to = source ? (doc.sections[doc.sections.indexOf(source) + 1]?.line ?? Infinity) : -Infinity;
  const i = doc.lines.findIndex((l, k) => PORTRAIT.test(l) && !(k + 1 >= from && k + 1 < to));
  // A closing offer (`Let me know if you want a portrait one!`) asks for nothing, as in `pageSize`.
  const j = i >= 0 ? i : doc.lines.findIndex((l, k) => PORTRAIT_PROSE.test(l) && !NOT.test(l) && !isOffer(l) && !(k + 1 >= from && k + 1 < to));
  if (j >= 0 && i < 0) warnings.push(`line ${j + 1}: a portrait page is asked for; a cheat sheet is drawn landscape (A4 or 16:9), so this one is ${page === "16:9" ? "16:9" : "A4 landscape"}`);
  if (i >= 0) warnings.push(`line ${i + 1}: a portrait page is asked for; a cheat sheet is drawn landscape (A4 or 16:9), so this one is ${page === "16:9" ? "16:9" : "A4 landscape"}`);
}
/**
 * Portrait asked in a sentence (`**세로로** 길게`, `A4 세로 방향(Portrait)`, `in portrait`), not one forbidding it, nor one
 * about a box: `③번은 오른쪽에 세로로 길게` names a box by its number or side, and a box may well be tall.
 */
const PORTRAIT_PROSE = /\bportrait\b|세로\s*방향|(?:^|[\s*])세로로(?=[\s*]|$)|A4\s*세로/i;
// `…하지 말 것`, `쓰지 마`, `말아 주세요`, `말라`: the note form of "don't" forbids as `마세요` does, and so does a
// note crossing it out (`세로 방향 절대 X`, `portrait ❌`): a closing X or cross mark is a "no" in notes. A line of
// the box drawing (`│ (행2 + 행3 세로로 길게) │`) says how a box stands, never the page.
const NOT = /절대|\s[Xx✗✘]\s*[.!]*\s*$|[❌🚫]|[\u2460-\u2473\u2500-\u257F]|\d\s*번|오른쪽|왼쪽|말고|마세요|마십시오|말\s*것|말아|말라|마라|지\s*마(?![가-힣])|않|금지|안\s*(?:돼|됩|되)|\bnot\b|\bno\b|don'?t|avoid|never|instead|대신|사이드\s*바|sidebar|column|칸/i;
const PORTRAIT = /^\s*[-*]?\s*["']?(?:page|orientation|paper|size|용지|방향|페이지)["']?\s*[:=]\s*["']?[^\n]*(?:\bportrait\b|세로)/i;

/** 16:9 as people write it: `16:9`, `16x9`, `16 by 9`, `16대9`, or the shape named: `widescreen`. */
const WIDE = /16\s*(?::|x|×|by|대)\s*9|\bwide-?\s?screen\b/i;

/**
 * A page given in pixels (`1920x1080`, `3840 × 2160 px`): its shape is what it names. 16:9 within 2% (so
 * 1366x768 counts) is widescreen; the √2 of A4 (`3508x2480`) is A4. Another size names neither.
 */
const PIXELS = /\b(\d{3,5})\s*(?:x|×|\*|by)\s*(\d{3,5})\b/gi;
function pixelShapes(text: string): { wide: number; a4: number } {
  let wide = -1;
  let a4 = -1;
  for (const m of text.matchAll(PIXELS)) {
    const w = Number(m[1]);
    const h = Number(m[2]);
    const ratio = Math.max(w, h) / Math.min(w, h);
    if (wide < 0 && Math.abs(ratio / (16 / 9) - 1) < 0.02) wide = m.index;
    if (a4 < 0 && Math.abs(ratio / Math.SQRT2 - 1) < 0.02) a4 = m.index;
  }
  return { wide, a4 };
}

/** Where a text first names each page shape, in words or in pixels (-1: never). */
function shapesNamed(said: string): { wide: number; a4: number } {
  // `nineteen twenty by ten eighty`, `full HD`: the same sizes, said in words.
  const text = spokenSizes(said);
  const px = pixelShapes(text);
  const first = (a: number, b: number): number => (a < 0 ? b : b < 0 ? a : Math.min(a, b));
  return { wide: first(asked(text, WIDE), px.wide), a4: first(asked(text, /\bA4\b/i), px.a4) };
}

/** Where the text first names a shape it does not turn down (`16:9 말고 A4 가로로`, `not 16:9`), or -1. */
function asked(text: string, shape: RegExp): number {
  for (const m of text.matchAll(new RegExp(shape.source, "gi"))) {
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (!REFUSED_AFTER.test(after) && !REFUSED_BEFORE.test(before)) return m.index;
  }
  return -1;
}

/** `16:9 말고`, `16:9는 아니고`, `16:9 (X)`, `16:9 ❌`: the shape named only to be turned down. */
const REFUSED_AFTER = /^\s*(?:(?:은|는|이|가|이나|로)\s*)?(?:말고|아니고|아니라|아닌|대신|금지|[(（]?\s*[Xx✗✘]\s*[)）]?(?![\p{L}\d])|[❌🚫])/u;
/** `not 16:9`, `instead of 16:9`, `rather than A4`. */
const REFUSED_BEFORE = /(?:\bnot|\bno|instead of|rather than)\s*(?:an?\s+)?$/i;

/** The one page shape a text names (`A4용`, `16:9 버전`, `1920×1080`), or undefined when it names none or both. */
export function pageNamed(text: string): PageSize | undefined {
  const { wide, a4 } = shapesNamed(text);
  return (wide >= 0) === (a4 >= 0) ? undefined : wide >= 0 ? "16:9" : "a4";
}

/** `16:9` only when it is the first page shape the image request names (or, when it names none, the document); A4 landscape otherwise. */
export function pageSize(doc: PromptDoc): PageSize {
  const image = findSection(doc, "image");
  const source = findSection(doc, "source");
  // A closing offer to make a 16:9 version asks for nothing.
  const said = (nodes: RootContent[]): string[] => nodes.map(plainText).filter((t) => !isOffer(t));
  const everywhere = (): string => doc.sections.filter((s) => s !== source).map((s) => [s.title, ...said(s.nodes)].join("\n")).join("\n");
  // An image request that names no page at all leaves it to what the rest says (`16:9 가로 화면 비율로` under the layout).
  const asked = image ? said(image.nodes).join("\n") : "";
  const named = shapesNamed(asked);
  const { wide, a4 } = image && (named.wide >= 0 || named.a4 >= 0) ? named : shapesNamed(everywhere());
  return wide >= 0 && (a4 < 0 || wide < a4) ? "16:9" : "a4";
}
