// The body of one `##` panel section → lead lines + blocks.
// Lead rule: if the first content node under the heading (after its marker comments) is a paragraph,
// that paragraph is the lead, one Rich per source line; every later paragraph is a paragraph block.
// `<!-- no lead -->` under the heading turns that first paragraph into a paragraph block instead.
import type { Blockquote, List, Paragraph as MdParagraph, RootContent, Table as MdTable } from "mdast";
import { InputError } from "../../errors.js";
import type { Block, Bullets, Quote, Rich, Table } from "../../model/sheet.js";
import { parseMermaid } from "../../mermaid/index.js";
import { pieTable, rewritten } from "../prompt/mermaid.js";
import type { ForeignData } from "../prompt/foreign-diagrams.js";
import { quadrantTable, sankeyTable } from "../prompt/chart-tables.js";
import { ganttTable } from "../prompt/gantt.js";
import { journeyTable } from "../prompt/journey.js";
import { xyTable } from "../prompt/xychart.js";
import { splitCite, unwrapQuote } from "../prompt/quote-forms.js";
import { phrasingToRich, richLines, richText, trimRich } from "./syntax.js";
import { inlineWarnings } from "../inline.js";
import { alignOf } from "../table-align.js";

export const lineOfNode = (n: { position?: { start: { line: number } } | undefined }): number | undefined =>
  n.position?.start.line;

export interface SectionBody {
  lead: Rich[];
  blocks: Block[];
}

export async function readSectionBody(nodes: RootContent[], noLead: boolean, warnings: string[]): Promise<SectionBody> {
  const lead: Rich[] = [];
  const blocks: Block[] = [];
  let first = true;
  warnings.push(...inlineWarnings(nodes));
  for (const [k, node] of nodes.entries()) {
    if (node.type === "html" && /^<!--[\s\S]*-->$/.test(node.value.trim())) continue; // invisible notes
    // A rule closing the section only separates it from the next one.
    if (node.type === "thematicBreak" && nodes.slice(k + 1).every((n) => n.type === "thematicBreak" || n.type === "html")) continue;
    if (first && node.type === "paragraph" && !noLead) {
      lead.push(...richLines(phrasingToRich(node.children)));
      first = false;
      continue;
    }
    first = false;
    const block = await readBlock(node, warnings);
    const before = blocks[blocks.length - 1];
    // A plain line ending in a colon right above a code fence is that code's caption.
    if (block?.kind === "code" && before?.kind === "paragraph" && before.text.every((s) => !s.bold) && /[:：]$/.test(richText(before.text))) {
      blocks.pop();
      block.caption = richText(before.text);
    }
    if (block) blocks.push(block);
  }
  return { lead, blocks };
}

async function readBlock(node: RootContent, warnings: string[]): Promise<Block | undefined> {
  const line = lineOfNode(node);
  switch (node.type) {
    case "paragraph":
      return { kind: "paragraph", text: trimRich(phrasingToRich(node.children)) };
    case "list":
      return readList(node);
    case "table":
      return readTable(node);
    case "blockquote":
      return readQuote(node);
    case "code": {
      const foreign = node.data as ForeignData | undefined;
      const said = foreign?.drawnNote ?? foreign?.unread;
      if (said) warnings.push(said);
      if ((node.lang ?? "").toLowerCase() === "mermaid") {
        // Diagram types we draw otherwise: a pie, xychart, quadrant chart, sankey, journey or gantt as a table, a sequence, state
        // diagram or timeline as a flowchart. Another kind is Mermaid's error: a sheet is the file one edits.
        const redrawn = pieTable(node.value) ?? xyTable(node.value) ?? quadrantTable(node.value) ?? sankeyTable(node.value) ?? journeyTable(node.value) ?? ganttTable(node.value) ?? rewritten(node.value, line);
        if (redrawn) warnings.push(`line ${("line" in redrawn && redrawn.line) || (line ?? "?")}: ${redrawn.warning}`);
        if (redrawn && "block" in redrawn) return redrawn.block;
        return parseMermaid(redrawn?.source ?? node.value, line, warnings);
      }
      // Any other fence is code, drawn as written.
      return node.lang ? { kind: "code", lang: node.lang, text: node.value } : { kind: "code", text: node.value };
    }
    case "thematicBreak":
      warnings.push(`line ${line ?? "?"}: a --- rule inside a panel is ignored`);
      return undefined;
    case "heading":
      // A sub-heading inside a panel (`### 해결책 1`) is drawn as the bold line a person writes above the part it heads.
      if (node.depth >= 3) return { kind: "paragraph", text: trimRich(phrasingToRich(node.children)).map((s) => ({ ...s, bold: true })) };
      throw new InputError(
        `a level-${node.depth} heading inside a panel is not supported`,
        { line },
        "start a new panel with `## emoji Title`, or write a **bold** line",
      );
    default:
      throw new InputError(
        `unsupported Markdown here (${node.type})`,
        { line },
        "a panel holds paragraphs, lists, tables, > quotes, ```mermaid blocks and fenced code",
      );
  }
}

function itemRich(item: List["children"][number]): Rich {
  const parts: Rich = [];
  for (const child of item.children) {
    if (child.type === "list") continue; // nested items: read by readList

    if (child.type !== "paragraph") {
      throw new InputError(`a list item can only hold text, not ${child.type}`, { line: lineOfNode(child) }, "keep list items to one paragraph of text");
    }
    if (parts.length > 0) parts.push({ text: "\n" });
    parts.push(...phrasingToRich(child.children));
  }
  return trimRich(parts);
}

/**
 * `-` → plain, `1.` → takeaways, `- [ ]` → checks (any task item makes the list a checklist); lists nested in
 * items are read in order with their depths.
 */
function readList(list: List): Bullets {
  const style = list.children.some((i) => typeof i.checked === "boolean") ? "checks" : list.ordered ? "takeaways" : "plain";
  const items: Rich[] = [];
  const depths: number[] = [];
  const done: boolean[] = [];
  const walk = (l: List, depth: number): void => {
    for (const item of l.children) {
      items.push(itemRich(item));
      depths.push(Math.min(depth, 5));
      done.push(item.checked !== false);
      for (const child of item.children) if (child.type === "list") walk(child, depth + 1);
    }
  };
  walk(list, 0);
  const block: Bullets = { kind: "bullets", style, items };
  if (depths.some((d) => d > 0)) block.depths = depths;
  // `- [ ]` is an empty box, as written; a list of ticked boxes needs no record of it.
  if (style === "checks" && done.some((d) => !d)) block.done = done;
  return block;
}

function readTable(table: MdTable): Table {
  const [head, ...rows] = table.children.map((row) => row.children.map((cell) => trimRich(phrasingToRich(cell.children))));
  // A header row of empty cells is how Markdown writes a table with none (`| | | |`, as the sheet writer does for
  // gauges or a table asked for in a line): read back as none, not as an empty tinted row.
  const none = !head || head.every((cell) => cell.every((s) => s.text.trim() === ""));
  return { kind: "table", header: none ? [] : head, rows, ...alignOf(table.align) };
}

const CITE = /^\s*(?:—|―|–|--)\s*/;

/** `> text` with an optional last line `— cite` (its own paragraph or the last line of the text). */
function readQuote(quote: Blockquote): Quote {
  const paragraphs = quote.children.filter((c): c is MdParagraph => c.type === "paragraph");
  if (paragraphs.length !== quote.children.length) {
    throw new InputError("a > quote can only hold text", { line: lineOfNode(quote) }, "write the quote as plain `>` lines, then `> — who said it`");
  }
  const riches = paragraphs.map((p) => trimRich(phrasingToRich(p.children)));
  let cite: string | undefined;
  const last = riches[riches.length - 1];
  if (last) {
    const lines = richLines(last);
    const lastLine = lines[lines.length - 1];
    if (lastLine && CITE.test(richText(lastLine))) {
      cite = richText(lastLine).replace(CITE, "").trim();
      const kept = lines.slice(0, -1);
      riches[riches.length - 1] = kept.flatMap((l, i) => (i > 0 ? [{ text: "\n" }, ...l] : l));
    }
  }
  let text = trimRich(riches.filter((r) => r.length > 0).flatMap((r, i) => (i > 0 ? [{ text: "\n" }, ...r] : r)));
  // `> "…" -- Andrej Karpathy` on one line: the name after the closing mark is the signature.
  if (!cite) {
    const split = splitCite(text);
    if (split.cite) [text, cite] = [trimRich(split.text), split.cite];
  }
  // Marks around the whole quote are the drawn quote's own: written too, they would show twice.
  text = trimRich(unwrapQuote(text));
  const q: Quote = { kind: "quote", text };
  if (cite) q.cite = cite;
  return q;
}
