// Stage 1, `read`: a prompt document or a sheet Markdown file → the Sheet model.
// The input kind is told from the content, never from the file name.
import { InputError } from "../errors.js";
import type { Sheet } from "../model/sheet.js";
import { readPromptDocumentAsync } from "./prompt/index.js";

export interface ReadResult {
  sheet: Sheet;
  /** Things the reader decided for the user (e.g. a default layout); the CLI prints them. */
  warnings: string[];
}

export type InputKind = "prompt" | "sheet";

/** Tell a prompt document from a sheet Markdown file by what is in it. */
export function detectInputKind(text: string): InputKind {
  if (/^---\r?\n[\s\S]*?^nanosheet\s*:/m.test(text.slice(0, 4000)) && text.startsWith("---")) return "sheet";
  const promptHeading =
    /^#{1,2}\s*(Layout Structure|Source Text|Output Structure Plan|Role Definition|Output Style|원문|원본 텍스트|레이아웃 구조|레이아웃|출력 구조|출력 스타일|역할 정의)/im;
  if (promptHeading.test(text)) {
    return "prompt";
  }
  if (text.startsWith("---") && /^layout\s*:/m.test(text)) return "sheet";
  throw new InputError(
    "not a nanosheet input: found neither a prompt document (# Source Text / # Layout Structure sections) nor sheet Markdown (frontmatter with `nanosheet: 1`)",
    { line: 1 },
    "pass a chapter prompt document or a *.sheet.md file (see examples/)",
  );
}

function checkText(text: string): void {
  if (text.trim() === "") {
    throw new InputError("the file is empty", { line: 1 }, "write a prompt document or sheet Markdown into it");
  }
  const nul = text.indexOf("\u0000");
  if (nul >= 0 || text.includes("\uFFFD")) {
    const at = nul >= 0 ? nul : text.indexOf("\uFFFD");
    const line = text.slice(0, at).split("\n").length;
    throw new InputError("this looks like a binary file, not UTF-8 text", { line }, "pass a UTF-8 text file");
  }
}

/** Read either input kind into a Sheet. Errors are InputErrors pinned to `file` when given. */
export async function readSheet(text: string, opts: { file?: string } = {}): Promise<ReadResult> {
  try {
    const clean = text.replace(/^\uFEFF/, "");
    checkText(clean);
    const kind = detectInputKind(clean);
    if (kind === "prompt") return await readPromptDocumentAsync(clean);
    // Loaded when needed: it checks what it reads with zod, which a prompt document never needs.
    const { readSheetMarkdown } = await import("./markdown/index.js");
    return await readSheetMarkdown(clean);
  } catch (err) {
    if (err instanceof InputError && opts.file) throw err.inFile(opts.file);
    throw err;
  }
}
