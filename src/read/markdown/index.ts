// Reader 2: our own editable *.sheet.md (YAML frontmatter + one `##` section per panel) → Sheet.
// Accepted shape, top to bottom:
//   ---  frontmatter (see frontmatter.ts)  ---
//   # Title                      optional; used as meta.title only when the frontmatter has no `title`
//   ## <emoji> Panel title       one per panel; id = slug of the title, or `<!-- id: x -->` right under it
//   ...GFM body (see blocks.ts)
//   ## 📜 Source                 optional, last: `**Summary**: …` and `[mm:ss] text` paragraphs
import { footnotesInPlace } from "../prompt/footnotes.js";
import { drawForeignDiagrams } from "../prompt/foreign-diagrams.js";
import type { Heading, RootContent } from "mdast";
import { InputError } from "../../errors.js";
import type { PageSize, Panel, Row, Sheet, Source } from "../../model/sheet.js";
import { splitTableTails } from "../table-tail.js";
import { fencedLines } from "../limits.js";
import * as schema from "../../model/schema.js";
import { lineOfNode, readSectionBody } from "./blocks.js";
import { ONCE, checkZod, readFrontmatter, type LayoutRow } from "./frontmatter.js";
import { TITLE_RATIO, rowGroups, sharesByNeed } from "../row-groups.js";
import { neededHeight, roomOf } from "../prompt/room.js";
import {
  ID_COMMENT, NO_LEAD_COMMENT, SOURCE_TITLES, SUMMARY_LABELS, parseMarkdown, phrasingToRich, richText, slug, splitEmoji, trimRich,
} from "./syntax.js";

/**
 * `##🤔 Title` (no space after the hashes, as people type it) as the heading it was meant to be: outside fenced
 * code, two to six `#` right before an emoji or a letter. A lone `#` is left alone (`#hashtag` lines). The
 * lines of the headings read so go to `lines`.
 */
function spacedHeadings(text: string, lines: number[]): string {
  const all = text.split("\n");
  const code = fencedLines(all);
  return all
    .map((line, k) => {
      if (code[k]) return line;
      const m = /^(#{2,6})(?=[\p{L}\p{Extended_Pictographic}])/u.exec(line);
      if (!m) return line;
      lines.push(k + 1);
      return `${m[1]} ${line.slice(m[1]!.length)}`;
    })
    .join("\n");
}

interface Section {
  id: string;
  emoji?: string;
  title: string;
  line: number;
  noLead: boolean;
  body: RootContent[];
}

export async function readSheetMarkdown(text: string): Promise<{ sheet: Sheet; warnings: string[] }> {
  const unspaced: number[] = [];
  const source = spacedHeadings(text.replace(/^\uFEFF/, ""), unspaced);
  const root = parseMarkdown(source);
  // A Graphviz or PlantUML fence added by hand is drawn as the flowchart it describes, as in a prompt.
  drawForeignDiagrams(root);
  const tails: string[] = [];
  splitTableTails(root, source.split("\n"), parseMarkdown, tails);
  const [yamlNode, ...rest] = root.children;
  if (!yamlNode || yamlNode.type !== "yaml" || lineOfNode(yamlNode) !== 1) {
    throw new InputError("a sheet Markdown file starts with YAML frontmatter between `---` lines", { line: 1 }, "begin the file with `---`, `nanosheet: 1`, a `layout:` list, and `---`");
  }
  const fm = readFrontmatter(yamlNode.value, 2);
  const warnings = [...fm.warnings, ...unspaced.map((l) => `line ${l}: a heading needs a space after its \`##\` (read as a heading; GitHub shows it as text)`), ...tails];

  let h1: string | undefined;
  let tagline: string | undefined;
  const sections: Section[] = [];
  // Footnotes (`[^1]` … `[^1]: …` at the end) are drawn as numbered notes in the panel that refers to them.
  for (const node of footnotesInPlace(rest)) {
    if (node.type === "heading" && node.depth === 1 && sections.length === 0 && h1 === undefined) {
      h1 = splitEmoji(richText(phrasingToRich(node.children))).title;
    } else if (node.type === "heading" && node.depth === 2) {
      sections.push(startSection(node));
    } else if (sections.length === 0) {
      if (node.type === "html" && /^<!--[\s\S]*-->$/.test(node.value.trim())) continue;
      // One short line under the title is its tagline, as a title box's second line is.
      const line = node.type === "paragraph" && tagline === undefined ? richText(phrasingToRich(node.children)).trim() : undefined;
      if (line && line.length <= TAGLINE_MAX && !line.includes("\n")) {
        tagline = line;
        continue;
      }
      throw new InputError("content before the first `##` section belongs to no panel", { line: lineOfNode(node) }, "put it under a `## emoji Title` panel heading");
    } else {
      sections[sections.length - 1]?.body.push(node);
    }
  }
  sections.forEach((s, k) => takeMarkers(s, k));

  const layoutIds = new Set((fm.layout ?? []).flatMap((r) => (r.kind === "panels" ? r.panels.map((p) => p.id) : [])));
  // The source is written last, but a panel added below it by hand must not turn it into a panel: with a
  // layout, a source-titled section the layout does not place is the source wherever it is.
  const isSource = (s: Section | undefined): boolean =>
    s !== undefined && !layoutIds.has(s.id) && SOURCE_TITLES.some((t) => t.toLowerCase() === s.title.toLowerCase());
  const at = fm.layout ? sections.map(isSource).lastIndexOf(true) : isSource(sections[sections.length - 1]) ? sections.length - 1 : -1;
  const sourceSection = at >= 0 ? sections.splice(at, 1)[0] : undefined;

  const byId = new Map<string, Section>();
  for (const s of sections) {
    const seen = byId.get(s.id);
    if (seen) throw new InputError(`duplicate panel id '${s.id}' (also at line ${seen.line})`, { line: s.line }, "give one of them `<!-- id: another-id -->` under its heading");
    byId.set(s.id, s);
  }
  const rows: Row[] = [];
  const placed = new Map<string, number>();
  const layout = fm.layout ?? rowsInOrder(sections, warnings);
  for (const row of layout) rows.push(await buildRow(row, byId, placed, warnings));
  if (!fm.layout) shareByNeed(rows, fm.page);
  for (const s of sections) {
    if (!placed.has(s.id)) {
      throw new InputError(`section '${s.id}' is not placed in the layout`, { line: s.line }, `add ${s.id} to a \`panels:\` list in the frontmatter layout (or delete the section)`);
    }
  }

  const title = fm.meta.title ?? h1;
  if (!title) throw new InputError("the sheet has no title", { line: 2 }, "add `title: ...` to the frontmatter");
  const candidate: Record<string, unknown> = { meta: { ...(tagline ? { tagline } : {}), ...fm.meta, title }, page: fm.page, rows, style: fm.style };
  if (sourceSection) candidate["source"] = readSource(sourceSection);
  const sheet = checkZod(schema.Sheet.safeParse(candidate, ONCE), [], (path) => lineOfSheetPath(path, fm, rows, byId));
  return { sheet, warnings };
}

/** A line under the title longer than this is text for a panel, not a tagline. */
const TAGLINE_MAX = 120;

/**
 * No `layout` in the frontmatter: a title row and the panels in document order, up to three a row
 * (rowGroups), the rows sharing the page equally; auto-fit sizes what is in them.
 */
function rowsInOrder(sections: Section[], warnings: string[]): LayoutRow[] {
  if (sections.length === 0) throw new InputError("the sheet has no `## ` panel sections", { line: 2 }, "write each panel as a `## emoji Title` section with its content under it");
  const groups = rowGroups(sections.length);
  const fit = groups.reduce((s, g) => s + g, 0);
  const first = sections[fit];
  if (first) {
    throw new InputError(
      `${sections.length} panels and no \`layout\` in the frontmatter: rows made in document order hold ${fit} at most`,
      { line: first.line },
      "add `layout:` rows to the frontmatter placing every panel, or merge sections",
    );
  }
  const ratio = Math.round(((100 - TITLE_RATIO) / groups.length) * 100) / 100;
  const rows: LayoutRow[] = [{ kind: "title", ratio: TITLE_RATIO, line: 1 }];
  let next = 0;
  for (const size of groups) {
    rows.push({ kind: "panels", ratio, line: 1, panels: sections.slice(next, next + size).map((s) => ({ id: s.id, line: s.line })) });
    next += size;
  }
  warnings.push(`no \`layout\` in the frontmatter: ${sections.length} panels placed in document order, ${groups.join(" + ")} a row (add \`layout:\` rows to arrange them yourself)`);
  return rows;
}

/** Rows made in document order share the page by what their fullest panel needs (read/prompt/room.ts estimate). */
function shareByNeed(rows: Row[], page: PageSize): void {
  const panelRows = rows.filter((r): r is Extract<Row, { kind: "panels" }> => r.kind === "panels");
  const title = rows.filter((r) => r.kind === "title").reduce((s, r) => s + r.ratio, 0);
  const needs = panelRows.map((r) => Math.max(...r.panels.map((p) => neededHeight(roomOf(page, r.ratio, 1 / r.panels.length), p.lead, p.blocks))));
  sharesByNeed(needs, 100 - title).forEach((share, k) => (panelRows[k]!.ratio = share));
}

function startSection(node: Heading): Section {
  const line = lineOfNode(node) ?? 1;
  const { emoji, title } = splitEmoji(richText(phrasingToRich(node.children)));
  const section: Section = { id: slug(title), title, line, noLead: false, body: [] };
  if (emoji) section.emoji = emoji;
  return section;
}

/** Marker comments right under the heading: `<!-- id: x -->` and `<!-- no lead -->`. A heading with no Latin
 * letters or digits to make an id from (`## 🧠 토큰화란?`) gets `panel-<n>`, its place among the sections. */
function takeMarkers(s: Section, k: number): void {
  let hasId = false;
  while (s.body[0]?.type === "html") {
    const value = s.body[0].value.trim();
    const id = ID_COMMENT.exec(value)?.[1];
    if (id) {
      s.id = id;
      hasId = true;
    } else if (NO_LEAD_COMMENT.test(value)) s.noLead = true;
    else break;
    s.body.shift();
  }
  if (!hasId && s.id === "") s.id = `panel-${k + 1}`;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(s.id)) {
    throw new InputError(`bad panel id '${s.id}'`, { line: s.line + 1 }, "panel ids are lowercase letters, digits and dashes");
  }
}

/** A layout entry written as the panel's title (`Why models hallucinate`, `🧠 토큰화란?`) instead of its id. */
function byTitle(byId: Map<string, Section>, entry: string): Section | undefined {
  const want = splitEmoji(entry).title.trim().toLowerCase();
  const wantSlug = slug(want);
  return [...byId.values()].find((s) => s.title.trim().toLowerCase() === want || (wantSlug !== "" && s.id === wantSlug));
}

async function buildRow(row: LayoutRow, byId: Map<string, Section>, placed: Map<string, number>, warnings: string[]): Promise<Row> {
  if (row.kind === "title") return { kind: "title", ratio: row.ratio };
  const panels: Panel[] = [];
  for (const ref of row.panels) {
    const section = byId.get(ref.id) ?? byTitle(byId, ref.id);
    if (!section) {
      const known = [...byId.keys()].join(", ") || "(none)";
      throw new InputError(`unknown panel id '${ref.id}'; sections are: ${known}`, { line: ref.line }, "use a section's id (its heading slug or its `<!-- id: x -->`)");
    }
    const before = placed.get(section.id);
    if (before !== undefined) throw new InputError(`panel '${ref.id}' is placed twice in the layout (also at line ${before})`, { line: ref.line }, "place each panel once");
    placed.set(section.id, ref.line);
    const { lead, blocks } = await readSectionBody(section.body, section.noLead, warnings);
    const panel: Panel = { id: section.id, title: section.title, lead, blocks };
    if (section.emoji) panel.emoji = section.emoji;
    if (ref.width !== undefined) panel.width = ref.width;
    if (ref.color !== undefined) panel.color = ref.color;
    if (ref.rowSpan !== undefined) panel.rowSpan = ref.rowSpan;
    if (ref.below) panel.below = true;
    panels.push(panel);
  }
  return { kind: "panels", ratio: row.ratio, panels };
}

const TIME = /^\[(\d{1,2}(?::\d{2}){1,2})\]\s*/;

function readSource(s: Section): Source {
  const source: Source = { paragraphs: [] };
  for (const node of s.body) {
    if (node.type === "html" && /^<!--[\s\S]*-->$/.test(node.value.trim())) continue;
    if (node.type !== "paragraph") {
      throw new InputError("the source section holds only paragraphs", { line: lineOfNode(node) }, "write `**Summary**: …` and `[mm:ss] text` paragraphs");
    }
    const rich = phrasingToRich(node.children);
    const [head, next] = rich;
    const label = head?.bold ? head.text.trim().replace(/:$/, "") : undefined;
    if (source.summary === undefined && label && SUMMARY_LABELS.some((l) => l.toLowerCase() === label.toLowerCase())) {
      const restText = next && !next.bold ? [{ text: next.text.replace(/^\s*:?/, "") }] : [];
      source.summary = trimRich([...restText, ...rich.slice(next && !next.bold ? 2 : 1)]);
      continue;
    }
    const text = richText(rich);
    const time = TIME.exec(text);
    source.paragraphs.push(time?.[1] ? { time: time[1], text: text.slice(time[0].length).trim() } : { text: text.trim() });
  }
  return source;
}

/** A Sheet path from zod → the file line that holds it. */
function lineOfSheetPath(path: (string | number)[], fm: ReturnType<typeof readFrontmatter>, rows: Row[], byId: Map<string, Section>): number {
  const [top, a, b, c] = path;
  if (top === "meta" && typeof a === "string") return fm.lineOf([a]);
  if (top === "style" || top === "page") return fm.lineOf(path);
  if (top === "rows" && typeof a === "number") {
    const row = rows[a];
    if (b === "panels" && typeof c === "number" && row?.kind === "panels") {
      const section = byId.get(row.panels[c]?.id ?? "");
      return path.length > 4 && section ? section.line : fm.lineOf(["layout", a, "panels", c]);
    }
    return fm.lineOf(["layout", a]);
  }
  return 1;
}
