// Line-level repairs for text copied out of a PDF viewer (pdf-copy.ts): words the page hyphenated at a line's
// end, and table rows whose cells stand apart by runs of spaces.

/** Heads of English compounds written with their hyphen (`fine-tuning`, `self-attention`): broken at that
 * hyphen, the word keeps it. */
const COMPOUND_HEADS = new Set(["self", "non", "fine", "well", "cross", "multi", "state", "real", "open", "high", "low", "long", "short", "end", "few", "zero", "one", "two", "pre", "post", "next", "top", "human", "web", "large", "small"]);

/**
 * `extrac-` / `tion, …`: the word joined on the first line, the rest of the next line kept on its own. The
 * hyphen stays where the word is a compound (its head above, or the document writing it hyphenated elsewhere)
 * or a name (`GPT-` / `2`: capitals or digits about the hyphen); it goes where the document writes the word
 * whole, and else for a word broken by the page.
 */
export function dehyphenated(lines: string[], fenced: boolean[]): void {
  // The document's words, once: a broken word is looked up, not searched for.
  const words = new Set(lines.join("\n").toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []);
  for (let i = 0; i + 1 < lines.length; i++) {
    if (fenced[i] || fenced[i + 1]) continue;
    const head = /(?:^|[^\p{L}\p{N}-])(\p{Ll}[\p{Ll}]*)-$/u.exec(lines[i]!);
    const tail = /^[ \t]*(\p{Ll}+)([^\s]*)[ \t]*/u.exec(lines[i + 1]!);
    if (!head || !tail) continue;
    const [a, b] = [head[1]!, tail[1]!];
    const whole = words.has(`${a}${b}`.toLowerCase());
    const hyphened = words.has(`${a}-${b}`.toLowerCase());
    const keep = !whole && (hyphened || COMPOUND_HEADS.has(a.toLowerCase()));
    lines[i] = `${lines[i]!.slice(0, -1)}${keep ? "-" : ""}${b}${tail[2]}`;
    lines[i + 1] = lines[i + 1]!.slice(tail[0].length);
  }
}

/** A line's cells when it is a row of three at least apart by runs of two spaces or more (or tabs), none of
 * them a sentence; else undefined. Takes a list so callers can ask of one line. */
export function spacedTable(lines: string[]): string[][] | undefined {
  const rows: string[][] = [];
  for (const l of lines) {
    const t = l.trim();
    if (!t || /^[|#>`]/.test(t) || /[│┃║]/.test(t)) return undefined;
    const cells = t.split(/ {2,}|\t+/);
    if (cells.length < 3 || cells.some((c) => c.length > 60)) return undefined;
    rows.push(cells);
  }
  return rows;
}
