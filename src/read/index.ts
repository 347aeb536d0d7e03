// Stage 1, `read`: a prompt document or a sheet Markdown file → the Sheet model.
// The input kind is told from the content, never from the file name.
import { InputError } from "../errors.js";
import type { PageSize, Sheet } from "../model/sheet.js";
import { readPromptDocumentAsync } from "./prompt/index.js";
import { sectionKindOf } from "./prompt/sections.js";
import { TOP_KEYS } from "./markdown/keys.js";
import { xmlSections } from "./xml-sections.js";
import { bannerSections } from "./banner-sections.js";
import { labelSections } from "./label-sections.js";
import { spokenParts } from "./spoken-parts.js";
import { romanSections } from "./roman-sections.js";
import { toggleSections } from "./toggle-sections.js";
import { orgMode } from "./org-mode.js";
import { wikiMarkup } from "./wiki-markup.js";
import { namuWiki } from "./namu-wiki.js";
import { asciidoc } from "./asciidoc.js";
import { typst } from "./typst.js";
import { latexSource } from "./latex-source.js";
import { decodeInput } from "./encoding.js";
import { blogPaste } from "./prompt/blog-paste.js";
import { pdfCopy } from "./prompt/pdf-copy.js";
import { checkEmphasis, checkNesting, checkSheetLimits } from "./limits.js";
import { isSafeLink } from "../model/links.js";
import { standInWarnings } from "./stand-ins.js";
import { bodyNote, requestBody } from "./prompt/request-body.js";
import { yamlPrompt } from "./prompt/yaml-prompt.js";
import { emailPrompt } from "./prompt/email.js";
import { notebook, notebookNote } from "./prompt/notebook.js";
import { chatThread } from "./prompt/chat-thread.js";
import { logseqPage } from "./prompt/logseq.js";

export interface ReadResult {
  sheet: Sheet;
  /** Things the reader decided for the user (e.g. a default layout); the CLI prints them. */
  warnings: string[];
}

export type InputKind = "prompt" | "sheet";

/** Tell a prompt document from a sheet Markdown file by what is in it. */
export function detectInputKind(written: string): InputKind {
  // A notebook handed over as its `.ipynb` JSON is told by what its Markdown cells hold.
  const nb = notebook(written);
  if (nb) return detectInputKind(nb.text);
  // A prompt pasted as the JSON string of an API request body is told by the document the string holds.
  const body = requestBody(written);
  if (body) return detectInputKind(body.text);
  // A prompt saved with the email it came in is told by the prompt it quotes.
  const mail = emailPrompt(written);
  if (mail) return detectInputKind(sheetStart(mail.text));
  // A prompt written as one YAML object (a layout and the boxes' content among its keys) is a prompt.
  if (yamlPrompt(written)) return "prompt";
  // A chat export's messages are told by what they paste, their authors and times set aside.
  const text = romanSections(spokenParts(labelSections(bannerSections(xmlSections(toggleSections(asciidoc(wikiMarkup(namuWiki(orgMode(latexSource(typst(chatThread(blogPaste(logseqPage(pdfCopy(written))))))))))))))));
  if (/^---\r?\n[\s\S]*?^nanosheet\s*:/m.test(text.slice(0, 4000)) && text.startsWith("---")) return "sheet";
  const promptHeading =
    /^#{1,2}\s*(Layout Structure|Source Text|Output Structure Plan|Role Definition|Output Style|원문|원본 텍스트|레이아웃 구조|레이아웃|출력 구조|출력 스타일|역할 정의)/im;
  if (promptHeading.test(text)) {
    return "prompt";
  }
  if (text.startsWith("---") && /^layout\s*:/m.test(text)) return "sheet";
  // The template's sections as others write them: `# 📐 Layout Structure`, `# 3. Output Structure Plan`,
  // `### LAYOUT` under a chapter title, `**Layout Structure**` on its own line. A layout, plan or source section, or any two of the template's.
  // Setext headings too: a part's name with a line of `=` or `-` under it (`Source Text` / `===========`).
  const kinds = new Set([...text.matchAll(/^(?:#{1,3}[ \t]*(.+)|\*\*(.+?)\*\*.*|([^\s=|-][^\n]*)\r?\n(?:=+|-+)[ \t]*\r?$)$/gm)].flatMap((m) => sectionKindOf((m[1] ?? m[2] ?? m[3])!) ?? []));
  if (kinds.has("layout") || kinds.has("plan") || kinds.has("source") || kinds.size >= 2) return "prompt";
  // Sheet Markdown written by hand, without `nanosheet: 1`: a title among frontmatter keys a sheet knows, then
  // `##` panel sections. Notes with other keys (an Obsidian note's `tags:`) are not taken for a chapter.
  const keys = [...(/^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text)?.[1] ?? "").matchAll(/^([A-Za-z][\w-]*)\s*:/gm)].map((m) => m[1]!);
  if (keys.includes("title") && keys.every((k) => TOP_KEYS.includes(k))) {
    if (/^##[ \t]+\S/m.test(text)) return "sheet";
    throw new InputError(
      "frontmatter but no `##` panel sections: sheet Markdown draws one panel per `## emoji Title` section",
      { line: firstHeadingLine(text) },
      "write each panel as `## emoji Title` with its content under it (the `# ` heading is the sheet's title), or pass a chapter prompt document",
    );
  }
  throw new InputError(
    "not a nanosheet input: found neither a prompt document (# Source Text / # Layout Structure sections) nor sheet Markdown (frontmatter with `nanosheet: 1`)",
    { line: 1 },
    "pass a chapter prompt document or a *.sheet.md file (see examples/)",
  );
}

/** An email's text with the blank lines its headers left taken off: sheet Markdown opens with its frontmatter. */
const sheetStart = (text: string): string => text.replace(/^(?:[ \t]*\r?\n)+/, "");

/** Sheet Markdown, read out of a request body's string when it was pasted as one (its notes then name that text's
 * lines), or out of the email that quotes it (counted from its frontmatter). */
async function readSheetMarkdownIn(text: string): Promise<ReadResult> {
  const nb = notebook(text);
  const body = nb ? undefined : requestBody(text);
  const mail = nb || body ? undefined : emailPrompt(text);
  const read = await (await import("./markdown/index.js")).readSheetMarkdown(nb?.text ?? body?.text ?? (mail && sheetStart(mail.text)) ?? text);
  if (body) read.warnings.unshift(bodyNote(body));
  if (nb) read.warnings.unshift(notebookNote(nb));
  return read;
}

/** The line of the first `#` heading after the frontmatter (else the line after it): where panels were expected. */
function firstHeadingLine(text: string): number {
  const lines = text.split("\n");
  const close = lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l));
  const heading = lines.findIndex((l, i) => i > close && /^#{1,6}\s/.test(l));
  return (heading >= 0 ? heading : close + 1) + 1;
}

/** Inputs are one chapter (the real ones are ~10–20 kB); past this, reading and fitting would take minutes. */
export const MAX_INPUT_BYTES = 1_000_000;

/** Size, emptiness, binary content and line endings, before any parser sees the text. */
export function checkText(text: string): void {
  // A cheap upper bound first: UTF-8 takes at most 3 bytes per UTF-16 unit.
  const bytes = text.length * 3 > MAX_INPUT_BYTES ? Buffer.byteLength(text) : 0;
  if (bytes > MAX_INPUT_BYTES) {
    throw new InputError(
      `the file is ${(bytes / 1e6).toFixed(1)} MB; nanosheet reads inputs of at most ${MAX_INPUT_BYTES / 1e6} MB`,
      { line: 1 },
      "one input is one chapter: split it, or shorten its source text",
    );
  }
  if (text.trim() === "") {
    throw new InputError("the file is empty", { line: 1 }, "write a prompt document or sheet Markdown into it");
  }
  // U+FFFD is a character like any other in valid UTF-8; only the CLI's decoder can tell bad bytes.
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    const line = text.slice(0, nul).split("\n").length;
    throw new InputError("this looks like a binary file, not UTF-8 text (it holds a NUL byte)", { line }, "pass a UTF-8 text file");
  }
  if (!text.includes("\n") && text.includes("\r")) {
    throw new InputError("the lines end in a carriage return alone (old Mac line endings)", { line: 1 }, "save the file with LF (or CRLF) line endings");
  }
}

/**
 * Read either input kind into a Sheet. Errors are InputErrors pinned to `file` when given. `page`, the page the
 * caller will lay it out on when it sets one (`--page`), is the page its warnings name.
 */
export async function readSheet(input: string | Uint8Array, opts: { file?: string; page?: PageSize } = {}): Promise<ReadResult> {
  try {
    // A file's bytes are decoded here, so every caller reads Korean CP949 and UTF-16 files alike and says so.
    const decoded = typeof input === "string" ? undefined : decodeInput(input);
    const text = decoded?.text ?? (input as string);
    // Zero-width spaces and word joiners copied from a web page are not seen, so they are not read either.
    const clean = text.replace(/[\u200B\u2060\uFEFF]/g, "");
    checkText(clean);
    checkNesting(clean);
    checkEmphasis(clean);
    const kind = detectInputKind(clean);
    // Loaded when needed: it checks what it reads with zod, which a prompt document never needs.
    const result = kind === "prompt" ? await readPromptDocumentAsync(clean, opts.page) : await readSheetMarkdownIn(clean);
    checkSheetLimits(result.sheet, clean);
    if (decoded?.note) result.warnings.unshift(decoded.note);
    // The prompt reader says these itself; a sheet Markdown file here.
    if (kind === "sheet") result.warnings.push(...standInWarnings(result.sheet));
    const url = result.sheet.meta.sourceUrl;
    if (url !== undefined && !isSafeLink(url)) {
      const line = clean.slice(0, Math.max(0, clean.indexOf(url))).split("\n").length;
      result.warnings.push(`line ${line}: the source URL "${url}" is not an http(s) or mailto link; it is written as plain text`);
    }
    return result;
  } catch (err) {
    if (err instanceof InputError) throw opts.file ? err.inFile(opts.file) : err;
    // Whatever a parser or library throws on odd input is still a problem with the input, never an internal error.
    const message = err instanceof Error ? err.message.split("\n")[0] : String(err);
    const wrapped = new InputError(`could not read this input (${message})`, { file: opts.file }, "look for unusual structure near the end of what you last changed; --debug shows where it failed");
    if (err instanceof Error) wrapped.stack = err.stack;
    throw wrapped;
  }
}
