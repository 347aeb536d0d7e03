// Warnings as the terminal shows them: a document that repeats one mistake a thousand times (every picture in a
// pasted deck left out) gets the first few of that kind, each naming its line, and a count of the rest, so the
// warnings of other kinds are not scrolled away. Reports and the library keep every warning.

/** How many warnings of one kind are printed before the rest are counted. */
const SHOWN_PER_KIND = 3;

/** A warning's kind: the message with its line, its quoted words and its numbers left out. */
function kindOf(warning: string): string {
  return warning.replace(/^line \d+: /, "").replace(/"[^"]*"|“[^”]*”|`[^`]*`|\d+/g, "#");
}

/** The lines to print for `warnings`, in their order: past the first few of a kind, one line counting the rest. */
export function shownWarnings(warnings: readonly string[]): string[] {
  // Each kind's count and its first warning, which the count line quotes.
  const seen = new Map<string, { n: number; first: string }>();
  const out: string[] = [];
  for (const w of warnings) {
    const kind = kindOf(w);
    const k = seen.get(kind) ?? { n: 0, first: w };
    k.n++;
    seen.set(kind, k);
    if (k.n <= SHOWN_PER_KIND) out.push(w);
  }
  for (const { n, first } of seen.values()) {
    if (n <= SHOWN_PER_KIND) continue;
    const like = first.replace(/^line \d+: /, "");
    out.push(`${n - SHOWN_PER_KIND} more like "${like.length > 80 ? `${like.slice(0, 79)}…` : like}"`);
  }
  return out;
}
