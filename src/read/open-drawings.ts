// Box drawings typed in the open, outside any fence, in a document another reader rewrites line by line (wiki
// markup, NamuWiki): their lines are kept exactly as typed, so their `|` and `=` are never read as that markup.

/** A border of a box drawing: `+----+----+`, `┌───┬───┐`, `├───┤`. */
const BORDER = /^[ \t]*[+┌└├╔╚╠│|][-─═=+┬┴┼┐┘┤╗╝╣╦╩╬]{3,}/;

/**
 * The lines of box drawings typed in the open: each run of non-blank lines holding a border, a run also ended by
 * a line `ends` says is the markup's own (a heading, a macro, a block's opening). A table of `|` rows has no
 * border, so its rows stay rows.
 */
export function drawingLines(lines: readonly string[], ends: (line: string) => boolean): Set<number> {
  const out = new Set<number>();
  let from = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i]!.trim() && !ends(lines[i]!)) continue;
    if (lines.slice(from, i).some((l) => BORDER.test(l))) for (let k = from; k < i; k++) out.add(k);
    from = i + 1;
  }
  return out;
}
