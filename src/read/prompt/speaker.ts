// The chapter's author as the writer of the notes credits themself beside the lecturer: `Andrej Karpathy (정리:
// 민지)`, `Andrej Karpathy (notes by Sam)`. The header keeps the credit; a quote is signed by the one who said it,
// the lecturer, not by the person who wrote the notes down.

/** A last bracket naming who took the notes, summarised, translated or edited them. */
const CREDIT = /[ \t]*[(（[][ \t]*(?:정리|노트|필기|요약|번역|편집|작성|notes?|summary|summari[sz]ed|transcribed|compiled|edited|translated|written)(?:[ \t]+by)?[ \t]*[:：]?[ \t]*[^()（）[\]]{1,40}[)）\]][ \t]*$/iu;

/** The author without a note-taker's credit after the name; the name as written when it has none. */
export function speakerOf(author: string | undefined): string | undefined {
  if (author === undefined) return undefined;
  const speaker = author.replace(CREDIT, "").trim();
  return speaker || author;
}
