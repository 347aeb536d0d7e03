// A box's line that only says which part of the plan fills it (`아래 "왜 환각이 생길까" 섹션 (마인드맵)`,
// `"파라미터 vs 컨텍스트" 비교표`, `the takeaways list below (5 items, numbered)`): a designer's brief points at
// the plan instead of repeating it. Once the plan has filled the box, the pointer told the artist where to look;
// drawn, it printed the brief's instruction above the very content it names.

/** A part of the plan named by its name in marks, with a form or part word after it. */
const NAMED = /["“「『][^"”」』]{1,60}["”」』]/gu;
/** Where the part is: below, above, in the plan. */
const WHERE = /^(?:아래(?:의|에)?|위(?:의|에)?|밑(?:의|에)?|below|above|beneath|following|다음(?:의)?)$/i;
/** A word naming a part of the plan or its form. */
const PART = /^(?:(?:비교|요약|정리|핵심)?(?:섹션|section|list|목록|리스트|항목|표|table|도표|흐름도|마인드맵|mind\s*map|flow\s*chart|flowchart|diagram|다이어그램|도식|내용|content|part|부분))(?:의|을|를|에|으로|로)?$/i;
/** Words that carry no name: articles, joiners, a verb of showing or referring. */
const FILLER = /^(?:the|a|an|of|from|in|with|and|plus|\+|&|참고|참조|사용|넣기|넣음|see|use|as|is|here|그대로|전체)$/i;

/** Whether the line only points at the plan part that fills its box. */
export function pointsAtPlanPart(line: string): boolean {
  if (line.length > 120) return false;
  const quoted = NAMED.test(line);
  NAMED.lastIndex = 0;
  // Brackets after the pointer count the part's items or name its form (`(5 items, numbered)`, `(마인드맵)`).
  const bare = line.replace(NAMED, " ").replace(/[(（][^()（）]*[)）]/g, " ");
  const words = bare.split(/[\s,:：·]+/u).filter(Boolean);
  const where = words.filter((w) => WHERE.test(w)).length;
  const part = words.filter((w) => PART.test(w)).length;
  const rest = words.filter((w) => !WHERE.test(w) && !PART.test(w) && !FILLER.test(w));
  // A name in marks over a part word, or a place and a part word around a one-word name (`the takeaways list below`).
  return part > 0 && (quoted ? rest.length === 0 : where > 0 && rest.length <= 1);
}
