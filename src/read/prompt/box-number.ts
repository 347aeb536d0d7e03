// A plan section or a quote's note naming its box by number (`②번 칸에：…`, `Box 3`): the writer pointing at the
// drawing. The number counts the drawing's boxes in reading order (`positions.ts numberedPanel`).
import { CIRCLED_NUMBER } from "./plan-sections.js";

const NUMBER = `\\d{1,2}|${CIRCLED_NUMBER}`;
const BOX_WORD = "칸|박스|패널|상자|box|panel|cell|card";
/** `Card B`, `Panel C`: boxes lettered in reading order, as others number them (A is the first). */
const LETTER = "[A-H](?![\\p{L}\\d])";
/**
 * A title that opens by naming its box's number: `②번 칸에：왜 생기나`, `③번 (오른쪽 열)`, `칸 ④ — …`, `Box 3: …`, `Card B — …`,
 * `[Panel #2]`. A bare `①` or `3.` numbers the plan's own sections, so a number counts as a box's only with `번`
 * or a word for a box beside it.
 */
const BOX_NUMBER = new RegExp(
  `^[\\s\\[(（【]*(?:(?:${BOX_WORD})\\s*(?:no\\.?\\s*|#)?(${NUMBER}|${LETTER})|(${NUMBER})\\s*번(?:\\s*(?:${BOX_WORD}))?|(${CIRCLED_NUMBER})\\s*(?:${BOX_WORD}))(?:\\s*(?:of|\\/)\\s*\\d{1,2})?` +
    `(?:에\\s*들어갈(?:\\s*(?:것|내용))?|에서|에|의|은|는)?(?=$|[\\s\\]):：)）】—–-])[\\s\\]):：)）】]*(?:(?:[—–-]{1,2}|→|->|>)\\s*)?`,
  "iu",
);
const CIRCLED_VALUE = (c: string): number => {
  const p = c.codePointAt(0)!;
  return p >= 0x2780 ? p - 0x277f : p >= 0x2776 ? p - 0x2775 : p - 0x245f;
};

/** The box number a section title opens with, and the title after it (the number names the box, not the topic). */
export function boxNumber(title: string): { box: number; rest: string } | undefined {
  const m = BOX_NUMBER.exec(title.trim());
  const n = m && (m[1] ?? m[2] ?? m[3]);
  if (!m || !n) return undefined;
  const box = /^\d/.test(n) ? Number(n) : /^[a-h]$/i.test(n) ? n.toUpperCase().charCodeAt(0) - 64 : CIRCLED_VALUE(n);
  return box >= 1 ? { box, rest: title.trim().slice(m[0].length).trim() || title } : undefined;
}
