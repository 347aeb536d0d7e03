// Which of several box drawings under # Layout Structure is the layout. People who change their mind keep the
// first sketch and paste a second under `Revised layout — use this one`, or mark the first `초안, 참고만`: the
// drawing the words before it call the newer one is the layout, not the first one in the section.
import type { Code, RootContent } from "mdast";
import type { PageSize } from "../../model/sheet.js";
import { pickedDrawing } from "./drawing-pick.js";
import { drawingForPage } from "./page-drawings.js";
import { lineOf, plainText } from "./sections.js";

/** Words saying the drawing after them replaces one before it. */
export const NEWER = /\b(?:revised|revision|updated?|final|new(?:er)? (?:version|layout)|v\s?[2-9]|use this|this one|instead|corrected|fixed)\b|수정|최종|이걸로|이것으로|이대로|새\s?버전|바뀐|변경된|대신/i;
/** Words saying the drawing after them is only a sketch someone moved past. */
export const OLDER = /\b(?:draft|old(?:er)?|first (?:try|attempt|sketch)|obsolete|outdated|ignore|superseded|for reference)\b|초안|참고만|예전|이전 버전|무시/i;

export interface DrawingChoice {
  code: Code;
  /** A warning naming the drawing read when there were several, else undefined. */
  note?: string;
}

/**
 * The drawing to read among the box-art blocks of the layout section, in order. One drawing is that one; of
 * several, the one drawn for `page` when they are drawn one a page (`page-drawings.ts`), else the one the writer picks outright (`drawing-pick.ts`), else the last whose lead-in (the section's words
 * since the drawing before it) calls it the newer one, else the first whose lead-in does not call it a draft, else
 * the first.
 */
export function chooseDrawing(nodes: RootContent[], isArt: (c: Code) => boolean, page: PageSize): DrawingChoice | undefined {
  const arts: { code: Code; parts: string[] }[] = [];
  let lead: string[] = [];
  for (const n of nodes) {
    if (n.type === "code" && isArt(n)) {
      arts.push({ code: n, parts: lead });
      lead = [];
    } else if (n.type !== "code") lead.push(plainText(n));
  }
  if (arts.length <= 1) return arts[0] && { code: arts[0].code };
  // Drawings called a draft and its revision are one page's layout twice, whatever pages they name.
  const revised = arts.some((a) => a.parts.slice(-2).some((p) => NEWER.test(p) || OLDER.test(p)));
  const forPage = revised ? undefined : drawingForPage(arts, page);
  if (forPage !== undefined) {
    const others = arts.filter((_, k) => k !== forPage).map((a) => lineOf(a.code));
    return { code: arts[forPage]!.code, note: `line ${lineOf(arts[forPage]!.code)}: the layout section holds ${arts.length} drawings, one a page; the one drawn for ${page === "16:9" ? "16:9" : "A4"} is read, not the one${others.length > 1 ? "s" : ""} at line ${others.join(", ")}` };
  }
  const said = (a: { parts: string[] }): string => a.parts.join(" ");
  const newer = arts.filter((a) => NEWER.test(said(a)) && !OLDER.test(said(a))).at(-1);
  const pick = pickedDrawing(arts, lead);
  // `Revised layout — use this one` both picks it and calls it newer: said as the newer one, as before.
  const picked = pick === undefined || arts[pick] === newer ? undefined : arts[pick];
  const chosen = picked ?? newer ?? arts.find((a) => !OLDER.test(said(a))) ?? arts[0]!;
  const others = arts.filter((a) => a !== chosen).map((a) => lineOf(a.code));
  const why = picked ? "the writer picks it" : newer ? "the words before it call it the newer one" : chosen === arts[0] ? "the first" : "the others are called drafts";
  return { code: chosen.code, note: `line ${lineOf(chosen.code)}: the layout section holds ${arts.length} drawings; the one here is read (${why}), not the one${others.length > 1 ? "s" : ""} at line ${others.join(", ")}` };
}
