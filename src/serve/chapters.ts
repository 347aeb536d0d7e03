// What a preview or a watched build looks at: one input file, or every chapter file directly in a folder.
// Chapters are addressed by their file name only, so a request can never name a path outside the folder.
import { stat } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";

export interface Chapter {
  /** The file name inside `root`; also the chapter's id in URLs. */
  name: string;
  path: string;
}

export interface Inputs {
  /** The folder that is watched; nothing outside it is read. */
  root: string;
  /** The file the user named, or undefined when they named a folder. */
  file: string | undefined;
  chapters: Chapter[];
}

/** Prompt documents (a notebook holding one too) and sheet Markdown; the reader tells the kind from the content. */
export function isChapterFile(name: string): boolean {
  return /\.(md|txt|ipynb)$/i.test(name) && !name.startsWith(".") && !/^readme\.md$/i.test(name);
}

/** Resolve `input` to its folder and chapters; throws the fs error when it does not exist. */
export async function findInputs(input: string): Promise<Inputs> {
  const path = resolve(input);
  if ((await stat(path)).isDirectory()) return { root: path, file: undefined, chapters: await listChapters(path) };
  return { root: dirname(path), file: path, chapters: [{ name: basename(path), path }] };
}

/** The folder's chapters as a series build sees them: told by content, in `chapter` order, then by name. */
export async function listChapters(root: string): Promise<Chapter[]> {
  const { collectChapters } = await import("../cli/series-inputs.js");
  const found = await collectChapters([root], root).catch(() => ({ chapters: [] }));
  return found.chapters.filter((c) => isChapterFile(basename(c.path))).map((c) => ({ name: basename(c.path), path: c.path }));
}
