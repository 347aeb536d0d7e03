// A heading in capitals written partway down a box and wrapped by its narrow border (`📌 KEY` / `TAKEAWAYS`): the
// writer ran out of room, not out of words. Read line by line it drew `📌 KEY` and a lone `TAKEAWAYS` as two
// points of the box's text; joined it is the one heading the drawing shows.

/** An emoji, then capitals only (three words at most): a heading inside a box. */
const HEAD = /^\p{Extended_Pictographic}\uFE0F?\s*(?=.*\p{Lu})[\p{Lu}\d&'’ ]{1,30}$/u;
/** A line of one or two words in capitals alone, no emoji: the rest of a heading. */
const CAPS_REST = /^(?=.*\p{Lu})[\p{Lu}\d&'’]+(?: [\p{Lu}\d&'’]+)?$/u;
const CAPS_ANY = /^(?=.*\p{Lu})[^\p{Ll}\p{Script=Hangul}]*$/u;

/**
 * The box's lines with each wrapped capitals heading below its title joined: an emoji-led line of capitals and
 * the line right under it in capitals alone, when the line after those is not capitals too (a list of terms in
 * capitals, `📌 KEY` / `USE CODE` / `SAMPLE`, is left as drawn).
 */
export function joinWrappedHeads<T extends { text: string; line: number }>(lines: T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1];
    const after = lines[i + 2];
    const heads = i > 0 && next !== undefined && next.line === l.line + 1 && HEAD.test(l.text.trim()) && l.text.trim().split(/\s+/).length <= 4 && CAPS_REST.test(next.text.trim());
    if (heads && !(after && after.line === next.line + 1 && CAPS_ANY.test(after.text.trim()))) {
      out.push({ ...l, text: `${l.text.trim()} ${next.text.trim()}` });
      i++;
    } else out.push(l);
  }
  return out;
}
