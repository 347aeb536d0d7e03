// A box title the box's width broke in Korean or mixed case (`🎲 15개` / `풀이 시도`, `🤔 왜 사람이` / `못
// 고르나?`): the capitals and hyphen rules of box-text.ts cannot see the break, but the plan writes the whole
// title as a section's (`🎲 15개 풀이 시도`). When the box's first line and the one or two under it say exactly
// a plan title's words, they are that title broken, not a title over a note; the joined title is kept when the
// panel is wide enough to show it (panels.ts settleTitle), as any broken title is.
import type { Draft } from "./panels.js";

/** A title's words as compared here: letters and digits only, emoji, marks and spacing dropped. Case counts: a
 * line in lower case under a capitals title (`WORKING` / `vs` / `recollection …`) is the box's text, whatever
 * the plan's title says. */
const words = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** Each draft whose title goes on in its next lines to a title the plan writes, those lines marked as the title's. */
export function planWrapped(drafts: Draft[], titles: readonly string[]): void {
  const known = new Set(titles.map(words).filter(Boolean));
  if (known.size === 0) return;
  for (const d of drafts) {
    if (d.more?.length || known.has(words(d.title))) continue;
    for (let n = 1; n <= Math.min(2, d.lines.length); n++) {
      const joined = words([d.title, ...d.lines.slice(0, n)].join(" "));
      if (!known.has(joined)) continue;
      d.more = d.lines.slice(0, n);
      d.lines = d.lines.slice(n);
      break;
    }
  }
}
