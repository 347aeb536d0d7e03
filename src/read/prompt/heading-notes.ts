// A plan sub-heading may carry, in brackets after its words, a note to the designer on where or in what form
// to draw it (`### ⚠️ 주의 (🧮 박스 안 작은 콜아웃)`, `### Example (small callout inside the box)`): drawn, the
// note reads as part of the heading. Only a bracket every word of which is such a note goes.
import type { Rich } from "../../model/sheet.js";

const NOTE_WORD =
  /^(?:박스|상자|칸|패널|box|panel|card|안|안에|안쪽|내부|속|inside|in|within|into|the|a|an|of|작은|작게|조그만|미니|small|mini|tiny|little|콜아웃|callout|call-out|메모|note|포스트잇|sticky|스티커|sticker|말풍선|bubble|inset|인셋|경고|박스로|형태|형태로|style|스타일|로|으로|처럼|as|like|위|아래|오른쪽|왼쪽|구석|corner|하단|상단|bottom|top|right|left|사이드바|sidebar|[·,/+&-])$/iu;
// The note must name a form or a place inside a box; `(예시)` or `(small)` alone may be the heading's own words.
const FORM = /박스|상자|칸|패널|box|panel|card|콜아웃|callout|call-out|포스트잇|sticky|말풍선|bubble|inset|인셋|사이드바|sidebar/iu;
const PICTOGRAPH = /^[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+$/u;
const PARTICLE = /(?<=[가-힣])(?:으로|로|에서|에|을|를|의|처럼)$/u;

/** The bracket at the end of a heading's text, when it is only such a note. */
export function drawingNote(text: string): string | undefined {
  const m = /\s*[(（]([^()（）]+)[)）]\s*$/u.exec(text);
  if (!m || m.index === 0 || !FORM.test(m[1]!)) return undefined;
  const words = m[1]!.split(/[\s,]+/u).filter(Boolean);
  const said = (w: string): boolean => PICTOGRAPH.test(w) || NOTE_WORD.test(w) || NOTE_WORD.test(w.replace(PARTICLE, ""));
  return words.every(said) ? m[0] : undefined;
}

/** A sub-heading's rich text without its note to the designer. */
export function withoutDrawingNote(rich: Rich): Rich {
  const last = rich[rich.length - 1];
  const note = last && drawingNote(last.text);
  if (!last || !note) return rich;
  return [...rich.slice(0, -1), { ...last, text: last.text.slice(0, last.text.length - note.length) }].filter((s) => s.text !== "");
}
