// A line under the style part's quotes label that only says where the quotes are (`아래 계획 안에 넣었어요.`,
// `(see the plan below)`, `Included in the sections below`): the writer moved the quotes into the plan and left
// a pointer behind. Read as a quote, it was drawn in a quote box and signed with the lecturer's name.

/** A place elsewhere in the document: below, above, in the plan. */
const PLACE = /아래|밑에|위에|계획\s*(?:안|속|에)|플랜|본문|\b(?:below|above|in\s+the\s+(?:plan|outline|sections?))\b/i;
/** Saying the quotes are (put) there, or sending the reader there; or naming the part they are in (`아래 "Quotes"
 * 섹션의 문장들을 손글씨 말풍선으로`: how to draw what is there, the part named in marks as a title is). */
const THERE = /섹션|\bsections?\b|넣었|넣어\s*(?:뒀|두었|놨|놓았)|있(?:어요|습니다|음|다)|적었|적어\s*(?:뒀|두었|놨)|참고|참조|\b(?:see|included|listed|written|placed|moved|are|is)\b/i;

/** Whether an unquoted line is only a pointer to quotes written elsewhere; short, so a sentence quoted bare is not. */
export function pointsToQuotesElsewhere(text: string): boolean {
  // A part's name in marks (`"Quotes"`, three words at most) is a title named, not a saying quoted.
  const t = text.trim().replace(/["“「『]([^"”」』]{1,30})["”」』]/g, (m, w: string) => (w.trim().split(/\s+/).length <= 3 ? w : m));
  return t.length > 0 && t.length <= 60 && !/["“”「」『』]/.test(t) && PLACE.test(t) && THERE.test(t);
}
