// A text pass that rewrites a document line for line (org-mode, wiki markup, LaTeX source as Markdown): each line
// is handed over without its CR and gets it back after, so a CRLF file stays CRLF and every line keeps its number.

/** `rewrite` gets the lines without their CRs and returns as many, or undefined when the text is not its kind. */
export function linePass(text: string, rewrite: (plain: string[]) => string[] | undefined): string {
  const lines = text.split("\n");
  const out = rewrite(lines.map((l) => l.replace(/\r$/, "")));
  if (!out) return text;
  return out.map((l, i) => (lines[i]!.endsWith("\r") ? `${l}\r` : l)).join("\n");
}
