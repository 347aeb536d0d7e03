// A plan section's line that only tells whoever draws that the section repeats another one or may be left out:
// `(위 2번 박스와 같은 내용 — 생략 가능)`, `(same as section 2 — optional)`. A chat model writing the plan for
// every drawn box puts it where a box has nothing new to say; drawn, the sheet says "may be omitted" in the box
// as its content. Only a line wholly in round brackets goes, and only when it points back at another part
// (`위`, `2번`, `above`) as saying the same, or says the part may be left out.
import type { RootContent } from "mdast";
import { lineOf, plainText } from "./sections.js";

/** A whole line in round brackets; no nesting, so the match is linear. */
const BRACKETED = /^[(（]([^()（）\n]{1,160})[)）]$/u;
/** Another part of the plan or drawing pointed at: `위`, `앞`, `2번`, `above`, `section 2`. */
const POINTER = /(?:^|[\s(])(?:위|앞|아래)(?:의|에)?\s|\d+\s*번|\babove\b|\bbelow\b|\b(?:section|box|panel)\s*#?\d+/iu;
/** Saying the same as that part. */
const SAME = /같은\s*내용|내용이\s*같|동일|중복|\bsame\s+as\b|\bduplicates?\b|\brepeats?\b/iu;
/** Saying this part may be left out. */
const OMIT = /생략\s*(?:가능|해도|하셔도|하세요|해\s*주세요|OK)|빼도\s*(?:됨|돼|됩니다|좋)|\boptional\b|\bmay\s+be\s+(?:omitted|skipped|left\s+out)\b|\bcan\s+be\s+(?:omitted|skipped|left\s+out)\b/iu;

/** Whether `node` is such a note; the warning naming it is pushed when it is. */
export function sameAsLeftOut(node: RootContent, warnings: string[]): boolean {
  if (node.type !== "paragraph") return false;
  const text = plainText(node).trim();
  const m = BRACKETED.exec(text);
  if (!m) return false;
  const inner = m[1]!;
  if (!OMIT.test(inner) && !(POINTER.test(inner) && SAME.test(inner))) return false;
  warnings.push(`line ${lineOf(node)}: "${text}" tells whoever draws that this part repeats another or may be left out; it is not drawn`);
  return true;
}
