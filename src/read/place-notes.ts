// Footnotes written inline where their words are (Typst's `#footnote[…]`, NamuWiki's `[* …]`), as Markdown wants
// them: a `[^n]` reference in place and its `[^n]: words` definition on a free line after it, so the prompt
// reader draws each as a small note beside the block that refers to it. Every line keeps its number.

/** A note taken out of line `line` (0-based), its reference `[^n]` left there (n its 1-based place in the list). */
export interface Note {
  line: number;
  text: string;
}

/** Each note's `[^n]: words` definition on the first blank line after its own with a blank line above it (where
 * Markdown reads a definition), before the next heading; without one the note is written in brackets in place. */
export function placeNotes(out: string[], notes: Note[]): void {
  for (const [k, note] of notes.entries()) {
    const ref = `[^${k + 1}]`;
    let at = -1;
    let raw = false;
    for (let j = note.line + 1; j < out.length && !/^#{1,6}[ \t]/.test(out[j]!); j++) {
      if (/^[ \t]*```/.test(out[j]!)) raw = !raw;
      const after = out[j + 1];
      if (!raw && !out[j]!.trim() && !out[j - 1]!.trim() && j - 1 > note.line && (after === undefined || !after.trim() || /^#{1,6}[ \t]/.test(after))) {
        at = j;
        break;
      }
    }
    if (at >= 0) out[at] = `${ref}: ${note.text}`;
    else out[note.line] = out[note.line]!.replace(ref, ` (${note.text})`);
  }
}
