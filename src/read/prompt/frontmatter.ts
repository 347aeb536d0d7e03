// The chapter metadata. The template puts a `---` YAML block inside `# Source Text`, not at the top
// of the file, so remark sees a thematic break plus a setext heading; we take the raw lines between
// the two `---` lines (found from node positions) and hand them to the yaml package. A ```yaml fenced block
// there serves as well.
import { parse as parseYaml } from "yaml";
import { InputError } from "../../errors.js";
import type { Meta } from "../../model/sheet.js";
import { lineOf, type PromptDoc, type Section } from "./sections.js";
import { labelledMeta } from "./label-meta.js";
import { tomlFrontmatter } from "./toml-meta.js";

/** The YAML library would print its own warnings (a Mermaid `%%{init` line read as a directive) to stderr, naming no
 * file; the reader says what it assumed itself. */
export const QUIET = { logLevel: "error" } as const;

export interface Frontmatter {
  data: Record<string, unknown>;
  /** First and last line of the block including both `---` (1-based), to skip it in the body. */
  startLine: number;
  endLine: number;
}

export function findFrontmatter(doc: PromptDoc, source: Section | undefined): Frontmatter | undefined {
  const top = doc.tree.children[0];
  if (top?.type !== "yaml") return sourceFrontmatter(doc, source);
  const file = { data: parseBlock(top.value, 2), startLine: 1, endLine: top.position?.end.line ?? 1 };
  // A note app's properties at the top of the file (tags, aliases) and the chapter's own block in the Source
  // Text: the chapter's block is the one to skip there, and its keys win.
  const own = source ? sourceFrontmatter(doc, source) : undefined;
  return own ? { ...own, data: { ...file.data, ...own.data } } : file;
}

const CLOSE = /^\s*(?:---|\.\.\.)\s*$/;

function sourceFrontmatter(doc: PromptDoc, source: Section | undefined): Frontmatter | undefined {
  const brk = source?.nodes.find((n) => n.type === "thematicBreak");
  const toml = tomlFrontmatter(doc, source);
  if (toml && (!brk || toml.startLine < lineOf(brk))) return toml;
  if (!brk) return fencedYaml(doc, source) ?? labelledMeta(doc, source);
  const open = lineOf(brk);
  if (!/^\s*---\s*$/.test(doc.lines[open - 1] ?? "")) return undefined;
  // A `---` whose next words are no `key:` line (the rule closing the source text before `## Layout`, a chat
  // model's way of parting sections) opens no metadata; the metadata may stand in a ```yaml block before it.
  const at = doc.lines.findIndex((l, i) => i >= open && l.trim() !== "");
  const next = at < 0 ? "" : doc.lines[at]!;
  const opens = /^\s*[A-Za-z_][\w-]*\s*:/.test(next) || (/^#/.test(next) && commentsToClose(doc.lines, at));
  if (!opens) return fencedYaml(doc, source) ?? labelledMeta(doc, source);
  // Once one `#` line is known to be a comment, every line up to the closing `---` reads as metadata: asked once.
  let comments = false;
  for (let i = open; i < doc.lines.length; i++) {
    const line = doc.lines[i] ?? "";
    // YAML also ends a document with `...`, which some tools write in place of the closing `---`.
    if (CLOSE.test(line)) {
      const body = doc.lines.slice(open, i).join("\n");
      // A `---` pair around prose is a horizontal rule, not metadata.
      if (!/^\s*[A-Za-z_][\w-]*\s*:/m.test(body)) return undefined;
      return { data: parseBlock(body, open + 1), startLine: open, endLine: i + 1 };
    }
    // A `# …` line is YAML's comment while the lines after it still read as metadata up to the closing `---`
    // (a note app's block, copied whole); otherwise it is the heading the unclosed block ran into.
    if (/^#{1,6}\s/.test(line) && !comments) {
      if (!commentsToClose(doc.lines, i)) break;
      comments = true;
    }
  }
  throw new InputError(
    "the metadata block opened with `---` is never closed",
    { line: open },
    "end the title/author/source_url block with a line holding only `---`",
  );
}

/** Whether every line from `from` to the next `---` line reads as YAML (keys, comments, items, indented values). */
function commentsToClose(lines: string[], from: number): boolean {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (CLOSE.test(line)) return true;
    if (!/^(?:\s*#.*|\s*[A-Za-z_][\w-]*\s*:.*|\s+\S.*|\s*-\s.*|\s*)$/.test(line)) return false;
  }
  return false;
}

/**
 * The metadata written as a fenced ```yaml block instead of between `---` lines (as models often do): the
 * first such block in # Source Text, or before the first section, that holds `key: value` lines.
 */
function fencedYaml(doc: PromptDoc, source: Section | undefined): Frontmatter | undefined {
  const before = doc.sections[0]?.kind === "other" ? doc.sections[0].nodes : [];
  const block = [...(source?.nodes ?? []), ...before].find((n) => n.type === "code" && /^ya?ml$/i.test(n.lang ?? "") && /^\s*[A-Za-z_][\w-]*\s*:/m.test(n.value));
  if (block?.type !== "code") return undefined;
  const startLine = lineOf(block);
  return { data: parseBlock(block.value, startLine + 1), startLine, endLine: block.position?.end.line ?? startLine };
}

function parseBlock(body: string, firstLine: number): Record<string, unknown> {
  try {
    const data: unknown = parseYaml(straightQuoted(body), QUIET);
    if (data && typeof data === "object" && !Array.isArray(data)) return data as Record<string, unknown>;
    return {};
  } catch (err) {
    const pos = (err as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new InputError(
      `the metadata block is not valid YAML: ${(err as Error).message.split("\n")[0] ?? ""}`,
      { line: firstLine + (pos ? pos - 1 : 0) },
      'write one `key: value` per line, quoting values with colons, e.g. title: "5. Neural Network Internals"',
    );
  }
}

/**
 * A value wrapped whole in curly quotes (`title: “6. Inference: Sampling”`, as a word processor types it) is a
 * quoted value: YAML knows only straight quotes, and reads the colon inside as a nested key.
 */
function straightQuoted(body: string): string {
  return body.replace(/^(\s*[A-Za-z_][\w-]*\s*:[ \t]*)“([^“”\n]*)”[ \t]*$/gm, (_, key: string, v: string) => `${key}${JSON.stringify(v)}`);
}

function str(v: unknown): string | undefined {
  if (typeof v === "string" && v.trim() !== "") return v.trim();
  if (typeof v === "number") return String(v);
  return undefined;
}

/** Frontmatter keys → Meta; `fallbackTitle` covers documents without a title key. */
export function metaFrom(data: Record<string, unknown>, fallbackTitle: string): Meta {
  const meta: Meta = { title: str(data.title) ?? fallbackTitle };
  const titleKr = str(data.titleKr) ?? str(data.title_kr);
  const author = str(data.author);
  const sourceUrl = str(data.source_url) ?? str(data.sourceUrl) ?? str(data.url);
  const series = str(data.parent) ?? str(data.series);
  const chapterNum = Number(str(data.chapter));
  if (titleKr) meta.titleKr = titleKr;
  if (author) meta.author = author;
  if (sourceUrl) meta.sourceUrl = sourceUrl;
  if (series) meta.series = series;
  if (str(data.chapter) && Number.isFinite(chapterNum)) meta.chapter = chapterNum;
  return meta;
}
