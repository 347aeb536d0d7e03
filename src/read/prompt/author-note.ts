// A quote whose bracketed note says who wrote it (`"Wait, wait. …" (DeepSeek-R1-Zero가 스스로 쓴 문장)`, `(said by
// GPT-4o)`): the words are that model's or person's, not the lecturer's. Left a gloss, the note is drawn as the
// quote's last words and the quote signed by the chapter's author, who never said it.

/** The quote's closing mark, then a note naming who wrote or said it. */
const AUTHOR_NOTE = /["”’」』][ \t]*[(（][ \t]*(?:(?:said|written|spoken|generated|output)[ \t]+by[ \t]+([^()（）]{1,40}?)|([^()（）]{1,40}?)(?:가|이|의)[ \t]*(?:스스로|직접|실제로)?[ \t]*(?:쓴|한|남긴|생성한|출력한|말한)?[ \t]*(?:문장|말|답변|답|글|대사|출력)|([^()（）]{1,40}?)['’]s[ \t]+own[ \t]+words)[ \t]*[)）][ \t]*$/u;
/** A name as a model or person is written: capitalised, maybe with digits and dashes (`DeepSeek-R1-Zero`, `GPT-4o`). */
const WRITER = /^[A-Z][\p{L}\p{N}.'’-]*(?:[ \t]+[A-Z][\p{L}\p{N}.'’-]*){0,3}$/u;

/** Where the quote's words end (just after the closing mark) and who the note says wrote them. */
export function authorNote(whole: string): { end: number; name: string } | undefined {
  const m = AUTHOR_NOTE.exec(whole);
  const name = m && (m[1] ?? m[2] ?? m[3])?.trim();
  if (!m || !name || !WRITER.test(name)) return undefined;
  return { end: m.index + 1, name };
}
