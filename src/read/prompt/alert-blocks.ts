// GitHub's alert boxes (`> [!IMPORTANT]`, `> [!TIP]`) used as a box around what a section says, not as a note of
// their own: a list under the marker is the section's list, and lines each a quote in its marks are its quotes.
// Read as a note, the list was lost (a note reads only its paragraphs) and the quotes ran together after `Tip:`.
import type { Blockquote, PhrasingContent, RootContent } from "mdast";
import { quoteLines, wholeInMarks } from "./quote-forms.js";
import { plainText } from "./sections.js";

/** The marker alone on its line; `[!QUOTE]` and `[!CITE]` are quotes already, read by `calloutCite`. */
const MARKER_LINE = /^\s*\[!(?:note|tip|important|warning|caution|info|abstract|summary|tldr|todo|success|question|faq|help|failure|danger|error|bug|example)\][+-]?[ \t]*(?:\n|$)/i;

/**
 * `> [!IMPORTANT]` over `> - point`: the alert's blocks after the marker (the list, a table, a fence), to be read
 * as the section's own. Only when it holds something besides paragraphs; a note of sentences stays a note.
 */
export function alertBody(node: Blockquote): RootContent[] | undefined {
  const [first, ...rest] = node.children;
  if (first?.type !== "paragraph" || rest.length === 0 || !rest.some((c) => c.type !== "paragraph" && c.type !== "blockquote")) return undefined;
  const lead = first.children[0];
  const m = lead?.type === "text" ? MARKER_LINE.exec(lead.value) : null;
  if (!lead || lead.type !== "text" || !m) return undefined;
  const after = lead.value.slice(m[0].length);
  const kept: PhrasingContent[] = [...(after.trim() ? [{ ...lead, value: after }] : []), ...first.children.slice(1)];
  // A title on the marker's next line (`> [!TIP]` / `> Remember`) stays, as the paragraph over the list.
  const title = plainText({ children: kept }).trim() ? [{ ...first, children: kept }] : [];
  return [...title, ...(rest as RootContent[])];
}

/**
 * `> [!TIP]` over `> "…"` lines, every line after the marker a whole quote in its marks: one quote a line, the
 * marker only the box they were typed in (no `Tip:` label). Two lines or more; any other line keeps it a note.
 */
export function alertQuoteLines(children: PhrasingContent[]): PhrasingContent[][] | undefined {
  const lead = children[0];
  const m = lead?.type === "text" ? MARKER_LINE.exec(lead.value) : null;
  if (!lead || lead.type !== "text" || !m) return undefined;
  const after = lead.value.slice(m[0].length);
  const body: PhrasingContent[] = [...(after ? [{ ...lead, value: after }] : []), ...children.slice(1)];
  // The break Markdown keeps at the marker's line end, when the writer ended it with two spaces or `\`.
  while (body[0]?.type === "break") body.shift();
  const lines = quoteLines(body);
  const said = lines.map((l) => plainText({ children: l }).trim()).filter(Boolean);
  if (said.length < 2 || !said.every(wholeInMarks)) return undefined;
  return lines;
}
