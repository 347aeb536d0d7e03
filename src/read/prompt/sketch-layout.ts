// A layout given as a picture of a sketch (`![레이아웃 스케치](./sketch.png)`, Obsidian's `![[sketch.png]]`, an HTML
// `<img src=… alt=…>`) with words that describe it: the alt text, a caption under it (`*위: 제목 / 가운데: 3칸*`),
// a paragraph for when the picture does not show (`사진이 안 보이면: 맨 위는 제목 띠(10%), …`). The sheet cannot
// look at the picture, and the descriptions say the same layout more or less fully, so each is read on its own as
// a layout in sentences and the fullest kept; read together, a short caption's rows were taken as extra rows.
// One warning names the picture, so the writer knows the sketch itself was not followed.
import { readProseLayout } from "./prose-layout.js";
import type { PromptDoc, Section } from "./sections.js";
import type { TextLayout } from "./text-layout.js";

const MD_IMAGE = /^!\[([^\]\n]{0,300})\]\(\s*<?([^)\s>]{1,300})>?(?:\s+"[^"\n]{0,200}")?\s*\)$/;
const WIKI_IMAGE = /^!\[\[([^\]|\n]{1,300})(?:\|([^\]\n]{0,300}))?\]\]$/;
const HTML_IMAGE = /^(?:<(?:p|figure|div)\b[^>]{0,200}>\s*)?(<img\b[^>]{0,600}>)(?:\s*<\/(?:p|figure|div)>)?$/i;
const attr = (html: string, name: string): string =>
  new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "i").exec(html)?.slice(1).find((v) => v !== undefined)?.trim() ?? "";

/** A line that is only a picture: where it points and the words it carries. */
export function sketchImage(line: string): { src: string; alt: string } | undefined {
  const text = line.trim();
  const md = MD_IMAGE.exec(text);
  if (md) return { src: md[2]!, alt: md[1]!.trim() };
  const wiki = WIKI_IMAGE.exec(text);
  // Obsidian's `|300` after the name is the picture's width, not words about it.
  if (wiki) return { src: wiki[1]!.trim(), alt: /^\d+(?:x\d+)?$/.test(wiki[2]?.trim() ?? "") ? "" : (wiki[2] ?? "").trim() };
  const html = HTML_IMAGE.exec(text);
  if (html) return { src: attr(html[1]!, "src"), alt: attr(html[1]!, "alt") };
  return undefined;
}

/** The layout the words around a sketch picture describe, or undefined when the section holds no such picture. */
export function sketchLayout(doc: PromptDoc, section: Section, warnings: string[]): TextLayout | undefined {
  const end = (doc.sections[doc.sections.indexOf(section) + 1]?.line ?? doc.lines.length + 1) - 1;
  let picture: { line: number; src: string; alt: string } | undefined;
  // Each description as the lines it stands on: the alt text on the picture's line, each paragraph on its own.
  const parts: { first: number; lines: Map<number, string> }[] = [];
  let paragraph: Map<number, string> | undefined;
  let fence = false;
  for (let n = section.line + 1; n <= end; n++) {
    const raw = doc.lines[n - 1] ?? "";
    if (/^\s*(?:```|~~~)/.test(raw)) fence = !fence;
    if (fence) return undefined; // a drawing in a fence is the layout, whatever picture stands beside it
    const image = sketchImage(raw);
    if (image || !raw.trim()) paragraph = undefined;
    if (image) {
      picture ??= { line: n, ...image };
      if (image.alt) parts.push({ first: n, lines: new Map([[n, image.alt]]) });
      continue;
    }
    if (!raw.trim()) continue;
    if (!paragraph) parts.push({ first: n, lines: (paragraph = new Map()) });
    // A caption set in italics (`*위: 제목 / …*`): the marks are not its words.
    paragraph.set(n, raw.replace(/^(\s*)[*_]([^*_].*[^*_])[*_]\s*$/, "$1$2"));
  }
  if (!picture) return undefined;
  let best: { layout: TextLayout; warnings: string[]; first: number; score: number } | undefined;
  // A description is a line or a paragraph or two; past a dozen the section is no picture with its caption.
  for (const part of parts.slice(0, 12)) {
    const own: string[] = [];
    const lines = doc.lines.map((l, k) => (k + 1 <= section.line || k + 1 > end ? l : (part.lines.get(k + 1) ?? "")));
    // Without its nodes: a ratio table beside the picture is read for the heights later, not taken as the layout.
    const alone = { ...section, nodes: [] };
    const layout = readProseLayout({ ...doc, lines, sections: doc.sections.map((s) => (s === section ? alone : s)) }, alone, own);
    if (!layout) continue;
    // The fullest: most boxes, then most rows, then heights said rather than shared out.
    const boxes = layout.rows.reduce((s, r) => s + r.boxes.length, 0);
    const score = boxes * 10_000 + layout.rows.length * 100 + (layout.table ? 1 : 0);
    if (!best || score > best.score) best = { layout, warnings: own, first: part.first, score };
  }
  const name = picture.src ? `"${picture.src}"` : "";
  if (!best) {
    warnings.push(`line ${picture.line}: the layout sketch image ${name} is not read, and no words beside it describe its rows`.replace("  ", " "));
    return undefined;
  }
  warnings.push(`line ${picture.line}: the layout sketch image ${name} is not read; the layout is taken from its description on line ${best.first}`.replace("  ", " "));
  warnings.push(...best.warnings);
  return best.layout;
}
