// The two Markdown writers:
//   toSheetMarkdown — our editable *.sheet.md (read back by readSheetMarkdown into an equal Sheet);
//   toMarkdown      — the cheat sheet itself in strict Markdown for people (seed's Output Structure Plan).
import type { List, ListItem, PhrasingContent, Root, RootContent, TableRow } from "mdast";
import { Document, isMap, isSeq } from "yaml";
import { toMermaid } from "../mermaid/index.js";
import { DEFAULT_STYLE, panelsOf, type Block, type MindNode, type Mindmap, type Panel, type Rich, type Sheet } from "../model/sheet.js";
import { isSafeLink } from "../model/links.js";
import {
  NO_LEAD, SOURCE_EMOJI, SOURCE_TITLES, canonicalRich, idComment, richText, richToPhrasing, slug, stringifyMarkdown,
} from "../read/markdown/syntax.js";

const text = (value: string): PhrasingContent => ({ type: "text", value });
const strong = (value: string): PhrasingContent => ({ type: "strong", children: [text(value)] });
const emphasis = (value: string): PhrasingContent => ({ type: "emphasis", children: [text(value)] });
const heading = (depth: 1 | 2 | 3, value: string): RootContent => ({ type: "heading", depth, children: [text(value)] });
const paragraph = (children: PhrasingContent[]): RootContent => ({ type: "paragraph", children });
const html = (value: string): RootContent => ({ type: "html", value });

/** Lines joined with hard breaks, so each stays its own line on GitHub too. */
function linesParagraph(lines: Rich[]): RootContent {
  return paragraph(lines.flatMap((l, i) => (i > 0 ? [{ type: "break" } as PhrasingContent, ...richToPhrasing(l)] : richToPhrasing(l))));
}

function tableRow(cells: Rich[]): TableRow {
  return { type: "tableRow", children: cells.map((c) => ({ type: "tableCell", children: richToPhrasing(c, { cell: true }) })) };
}

/** A list, nested as its depths say: nested items are plain `-` items under the one before them. */
function bulletList(block: Extract<Block, { kind: "bullets" }>): RootContent {
  const list = (top: boolean): List => ({
    type: "list",
    ordered: top && block.style === "takeaways",
    ...(top && block.style === "takeaways" ? { start: 1 } : {}),
    spread: false,
    children: [],
  });
  const root = list(true);
  const open: List[] = [root];
  block.items.forEach((rich, i) => {
    const depth = Math.min(block.depths?.[i] ?? 0, open.length - 1);
    open.length = depth + 1;
    const item: ListItem = {
      type: "listItem",
      spread: false,
      ...(depth === 0 && block.style === "checks" ? { checked: block.done?.[i] ?? true } : {}),
      children: [paragraph(richToPhrasing(rich)) as never],
    };
    open[depth]!.children.push(item);
    const sub = list(false);
    item.children.push(sub);
    open.push(sub);
  });
  // Drop the sub-lists nothing was nested into.
  const prune = (l: List): void => {
    for (const it of l.children) {
      it.children = it.children.filter((c) => c.type !== "list" || c.children.length > 0);
      for (const c of it.children) if (c.type === "list") prune(c);
    }
  };
  prune(root);
  return root;
}

/** One model block as Markdown; shared by both writers so they agree on every block's spelling. */
function blockNodes(block: Block): RootContent[] {
  switch (block.kind) {
    case "paragraph":
      return [paragraph(richToPhrasing(block.text))];
    case "bullets":
      return [bulletList(block)];
    case "table":
      return [{ type: "table", align: block.align ?? block.header.map(() => null), children: [tableRow(block.header), ...block.rows.map(tableRow)] }];
    case "quote": {
      const children = [paragraph(richToPhrasing(block.text))];
      if (block.cite) children.push(paragraph([text(`— ${block.cite}`)]));
      return [{ type: "blockquote", children: children as never }];
    }
    case "flowchart":
    case "mindmap":
    case "knobs":
      return [{ type: "code", lang: "mermaid", value: toMermaid(block) }];
    case "code": {
      const fence: RootContent = { type: "code", lang: block.lang ?? null, value: block.text };
      return block.caption ? [paragraph([text(block.caption)]), fence] : [fence];
    }
  }
}

// ---------------------------------------------------------------- *.sheet.md

const META_KEYS = ["title", "banner", "tagline", "titleKr", "author", "sourceUrl", "series", "chapter"] as const;

function frontmatter(sheet: Sheet): string {
  const data: Record<string, unknown> = { nanosheet: 1 };
  for (const key of META_KEYS) if (sheet.meta[key] !== undefined) data[key] = sheet.meta[key];
  data["page"] = sheet.page;
  data["layout"] = sheet.rows.map((row) =>
    row.kind === "title"
      ? { ratio: row.ratio, title: true }
      : { ratio: row.ratio, panels: row.panels.map(panelRef) },
  );
  // Only what differs from the defaults, so a sheet file stays short.
  const style = Object.fromEntries(
    Object.entries(sheet.style).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(DEFAULT_STYLE[k as keyof typeof DEFAULT_STYLE])),
  );
  if (Object.keys(style).length > 0) data["style"] = style;
  const doc = new Document(data);
  const layout = doc.get("layout", true);
  if (isSeq(layout)) for (const row of layout.items) if (isMap(row)) row.flow = true;
  const palette = doc.getIn(["style", "palette"], true);
  if (isSeq(palette)) palette.flow = true;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
}

/** A panel's place in the frontmatter layout: its id, or a map when it has a width, span or stacking. */
function panelRef(p: Panel): string | Record<string, unknown> {
  const ref: Record<string, unknown> = { id: p.id };
  if (p.width !== undefined) ref["width"] = p.width;
  if (p.rowSpan !== undefined && p.rowSpan > 1) ref["rowSpan"] = p.rowSpan;
  if (p.below) ref["below"] = true;
  if (p.color !== undefined) ref["color"] = p.color;
  return Object.keys(ref).length > 1 ? ref : p.id;
}

function panelSection(panel: Panel): RootContent[] {
  const nodes: RootContent[] = [heading(2, panel.emoji ? `${panel.emoji} ${panel.title}` : panel.title)];
  // Always written out: the layout names panels by id, so renaming a heading must not change it.
  nodes.push(html(idComment(panel.id)));
  const first = panel.blocks[0];
  if (panel.lead.length === 0 && (first?.kind === "paragraph" || (first?.kind === "code" && first.caption))) nodes.push(html(NO_LEAD));
  if (panel.lead.length > 0) nodes.push(linesParagraph(panel.lead));
  for (const block of panel.blocks) nodes.push(...blockNodes(block));
  return nodes;
}

/** The source section's heading: the first source title whose slug no panel uses. */
function sourceTitle(sheet: Sheet): string {
  const ids = new Set(panelsOf(sheet).map((p) => p.id));
  return SOURCE_TITLES.find((t) => !ids.has(slug(t))) ?? "원문";
}

function sourceNodes(sheet: Sheet): RootContent[] {
  const source = sheet.source;
  if (!source) return [];
  const nodes: RootContent[] = [heading(2, `${SOURCE_EMOJI} ${sourceTitle(sheet)}`)];
  if (source.summary) nodes.push(paragraph([strong("Summary"), text(": "), ...richToPhrasing(source.summary)]));
  for (const p of source.paragraphs) nodes.push(paragraph([text(p.time ? `[${p.time}] ${p.text}` : p.text)]));
  return nodes;
}

/** Our editable sheet Markdown; `readSheetMarkdown(toSheetMarkdown(s))` gives back `s`. */
export function toSheetMarkdown(sheet: Sheet): string {
  const root: Root = { type: "root", children: [{ type: "yaml", value: frontmatter(sheet) }, heading(1, sheet.meta.title)] };
  for (const panel of panelsOf(sheet)) root.children.push(...panelSection(panel));
  root.children.push(...sourceNodes(sheet));
  return stringifyMarkdown(root);
}

// ---------------------------------------------------------------- the cheat sheet for people

const FALLBACK_EMOJI = ["📌", "💡", "🧩", "🔍", "⚙️", "📎"];

/** The emoji a panel's heading carries: its own, else one of a few by its place, the same wherever it is named. */
function headingEmoji(sheet: Sheet, panel: Panel): string {
  return panel.emoji ?? FALLBACK_EMOJI[panelsOf(sheet).indexOf(panel) % FALLBACK_EMOJI.length]!;
}
const LEADING_EMOJI = /^\p{Extended_Pictographic}/u;

function titleLine(sheet: Sheet): string {
  const banner = sheet.meta.banner?.trim();
  if (banner && LEADING_EMOJI.test(banner)) return banner;
  return `📒 ${banner ?? sheet.meta.title}`;
}

function metaLine(sheet: Sheet): RootContent {
  const m = sheet.meta;
  const parts: PhrasingContent[][] = [[strong(m.title)]];
  if (m.tagline) parts.push([emphasis(m.tagline)]);
  if (m.titleKr) parts.push([text(m.titleKr)]);
  if (m.author) parts.push([text(`👤 ${m.author}`)]);
  if (m.series) parts.push([text(`📚 ${m.series}`)]);
  if (m.chapter !== undefined) parts.push([text(`📖 Chapter ${m.chapter}`)]);
  if (m.sourceUrl) parts.push([text("🔗 "), isSafeLink(m.sourceUrl) ? { type: "link", url: m.sourceUrl, children: [text("source")] } : text(m.sourceUrl)]);
  return paragraph(parts.flatMap((p, i) => (i > 0 ? [text(" · "), ...p] : p)));
}

/** The overview mindmap: the sheet's own first mindmap, else one built from panels and their lead lines. */
function overviewMindmap(sheet: Sheet): Mindmap {
  for (const panel of panelsOf(sheet)) for (const b of panel.blocks) if (b.kind === "mindmap") return b;
  const children: MindNode[] = panelsOf(sheet).map((p) => ({
    label: p.title,
    children: p.lead.slice(0, 4).map((l) => ({ label: richText(l), children: [] })),
  }));
  return { kind: "mindmap", root: { label: sheet.meta.title, shape: "circle", children } };
}

/** What may sit between a bold term and its definition: `=`, `:`, dashes, an arrow, or Korean 란/이란. */
const DEFINES = /^\s*(?:[=:—–→-]|이란|란)\s*/;

/**
 * `**Term** = definition` / `**Term**: definition` lines anywhere in a panel → concept rows, one per term:
 * a term the takeaways define again keeps the definition its own panel gave first.
 */
function conceptRows(sheet: Sheet): Rich[][] {
  const rows: Rich[][] = [];
  const seen = new Set<string>();
  for (const panel of panelsOf(sheet)) {
    const lines = [
      ...panel.lead,
      ...panel.blocks.flatMap((b) => (b.kind === "bullets" ? b.items : b.kind === "paragraph" ? [b.text] : [])),
    ];
    for (const line of lines) {
      const [term, ...rest] = line;
      if (!term?.bold || rest.length === 0) continue;
      const definition = canonicalRich(rest.map((s) => ({ ...s })));
      const first = definition[0];
      if (!first || first.bold || !DEFINES.test(first.text)) continue;
      // Only the lead-in goes: the space before a bold word that follows is the definition's own.
      first.text = first.text.replace(DEFINES, "").trimStart();
      const last = definition[definition.length - 1]!;
      last.text = last.text.trimEnd();
      const def = canonicalRich(definition);
      const key = term.text.trim().toLowerCase();
      if (def.length === 0 || seen.has(key)) continue;
      seen.add(key);
      rows.push([[{ text: term.text.trim(), bold: true }], def, [{ text: `${headingEmoji(sheet, panel)} ${panel.title}` }]]);
    }
  }
  return rows.slice(0, 12);
}

/** The strict Markdown cheat sheet: emoji on every heading, mermaid diagrams, tables, quotes, source. */
export function toMarkdown(sheet: Sheet): string {
  const overview = overviewMindmap(sheet);
  const root: Root = { type: "root", children: [heading(1, titleLine(sheet)), metaLine(sheet)] };
  root.children.push(heading(2, "🗺️ Topic Overview"), ...blockNodes(overview));
  const concepts = conceptRows(sheet);
  if (concepts.length > 0) {
    const header: Rich[] = [[{ text: "Concept" }], [{ text: "Definition" }], [{ text: "Where" }]];
    root.children.push(heading(2, "📚 Key Concepts"), { type: "table", align: [null, null, null], children: [tableRow(header), ...concepts.map(tableRow)] });
  }
  panelsOf(sheet).forEach((panel) => {
    const emoji = headingEmoji(sheet, panel);
    const blocks = panel.blocks.filter((b) => b !== overview); // already drawn as the Topic Overview
    if (panel.lead.length === 0 && blocks.length === 0) return;
    root.children.push(heading(2, `${emoji} ${panel.title}`));
    if (panel.lead.length > 0) root.children.push(linesParagraph(panel.lead));
    for (const block of blocks) root.children.push(...blockNodes(block));
  });
  root.children.push(...humanSource(sheet));
  return stringifyMarkdown(root);
}

function humanSource(sheet: Sheet): RootContent[] {
  const { source, meta } = sheet;
  if (!source && !meta.sourceUrl) return [];
  const nodes: RootContent[] = [heading(2, "📜 Source")];
  if (meta.sourceUrl) nodes.push(paragraph([text("🔗 "), isSafeLink(meta.sourceUrl) ? { type: "link", url: meta.sourceUrl, children: [text(meta.sourceUrl)] } : text(meta.sourceUrl)]));
  if (source?.summary) nodes.push(paragraph([strong("요약"), text(": "), ...richToPhrasing(source.summary)]));
  if (source && source.paragraphs.length > 0) {
    nodes.push(html("<details>\n<summary>📜 Source text (timestamped)</summary>"));
    for (const p of source.paragraphs) nodes.push(paragraph(p.time ? [strong(`[${p.time}]`), text(` ${p.text}`)] : [text(p.text)]));
    nodes.push(html("</details>"));
  }
  return nodes;
}
