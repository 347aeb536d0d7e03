// A box line wholly in brackets that only says the box is to be the biggest: `(이 칸이 가장 커야 함!)`,
// `(this box should be the biggest)`. It is the writer's word to the designer about the layout, as the
// template's `(이 섹션이 가장 넓어야 함!)` after a title is; the row's height already says it, so it is not drawn.

/** Words such a note is made of: the box it points at, a superlative, a verb of size or of must. */
const NOTE_WORD =
  /^(?:이|그|여기|이곳|이번|칸|박스|상자|섹션|영역|부분|패널|블록|구역|this|that|the|box|section|panel|area|one|should|must|be|is|needs?|to|가장|제일|최대한|제일로|크게|커야|넓게|넓어야|길게|길어야|높게|높아야|많이|공간|차지|차지해야|해야|함|해야\s*함|됨|돼야|되어야|합니다|해요|주세요|해\s*주세요|biggest|largest|widest|tallest|most|space|room|big|wide|tall|large)$/i;
/** A Korean particle after a word, taken off before the word is looked up (`칸이` → `칸`). */
const PARTICLE = /(?<=[가-힣])(?:이|가|은|는|을|를|의|에|로|으로)$/u;
const SUPERLATIVE = /가장|제일|최대한|biggest|largest|widest|tallest|\bmost\b/i;

export function isSizeNote(line: string): boolean {
  const inner = /^[(（](.{1,80})[)）]$/u.exec(line.trim())?.[1]?.replace(/[!！.。~]+\s*$/u, "").trim();
  if (!inner || !SUPERLATIVE.test(inner)) return false;
  const words = inner.split(/\s+/).filter(Boolean);
  return words.every((w) => NOTE_WORD.test(w) || NOTE_WORD.test(w.replace(PARTICLE, "")));
}
