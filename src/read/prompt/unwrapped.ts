// A prompt kept inside something else: an email that quotes it (email.ts), the JSON string of an API request body (request-body.ts), one YAML object
// standing for the whole document (yaml-prompt.ts), or a notebook's Markdown cells (notebook.ts). Either is read as the prompt text it holds, and what the reader
// says about that text is moved back onto the lines the writer sees.
import type { PromptReadResult } from "./index.js";
import { bodyNote, errorOnBodyLine, onBodyLine, requestBody } from "./request-body.js";
import { atNotebookLines, errorOnNotebookLine, notebook, notebookNote, onNotebookLine } from "./notebook.js";
import { atYamlLines, errorOnYamlLine, onYamlLine, yamlPrompt } from "./yaml-prompt.js";
import { emailPrompt } from "./email.js";
import { applyReviewNotes } from "./review-notes.js";

export interface Unwrapped {
  /** The prompt text to read. */
  text: string;
  /** The read result with its notes and source lines on the file's own lines. */
  back(read: PromptReadResult): PromptReadResult;
  /** An error thrown reading it, its line the file's own. */
  error(err: unknown): unknown;
}

export function unwrapped(text: string): Unwrapped {
  // First: a notebook is JSON whose longest string could pass for a request body's.
  const nb = notebook(text);
  if (nb) {
    return {
      text: nb.text,
      back: (read) => ({ sheet: atNotebookLines(nb, read.sheet), warnings: [notebookNote(nb), ...read.warnings.map((w) => onNotebookLine(nb, w))] }),
      error: (err) => errorOnNotebookLine(nb, err),
    };
  }
  const yaml = yamlPrompt(text);
  if (yaml) {
    return {
      text: yaml.text,
      back: (read) => ({ sheet: atYamlLines(yaml, read.sheet), warnings: [...yaml.warnings, ...read.warnings.map((w) => onYamlLine(yaml, w))] }),
      error: (err) => errorOnYamlLine(yaml, err),
    };
  }
  const body = requestBody(text);
  if (body) {
    return {
      text: body.text,
      // Its notes on the string's line, the first saying why.
      back: (read) => ({ sheet: read.sheet, warnings: [bodyNote(body), ...read.warnings.map((w) => onBodyLine(body, w))] }),
      error: (err) => errorOnBodyLine(body, err),
    };
  }
  // A prompt saved with the email it came in: its lines keep their numbers, so only the notes are added.
  const mail = emailPrompt(text);
  if (mail) {
    return {
      text: mail.text,
      back: (read) => {
        const done = applyReviewNotes(read.sheet, mail.notes);
        const note = `line 1: read as an email: the prompt quoted under it (${">".repeat(mail.depth)}) is read unquoted; the mail's headers, replies and signature are not drawn`;
        return { sheet: done.sheet, warnings: [note, ...done.warnings, ...read.warnings] };
      },
      error: (err) => err,
    };
  }
  return { text, back: (read) => read, error: (err) => err };
}
