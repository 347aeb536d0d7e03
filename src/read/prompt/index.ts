// Reader 1: a chapter prompt document (the image-model prompt template) → the Sheet model.
// Sections come from remark; the layout diagram, ratio table, style rules and plan are each read
// by their own module, then plan items are placed into the diagram's panels.
import type { Code } from "mdast";
import { InputError } from "../../errors.js";
import { DEFAULT_STYLE, type Block, type MindNode, type PageSize, type Sheet } from "../../model/sheet.js";
import { parseDiagram } from "./ascii-layout.js";
import { assignItems, place, type Item, type Slot } from "./assign.js";
import { findFrontmatter, metaFrom } from "./frontmatter.js";
import { knobsBlock, knobsResult } from "./knobs.js";
import { defaultLayout, layoutFromDiagram, type BuiltLayout } from "./panels.js";
import { chainFlowchart, readPlan, type ParsedMermaid, type Plan } from "./plan.js";
import { parsePlanMermaid } from "./mermaid.js";
import { findRatioTable } from "./ratios.js";
import { boldKeyTerms, richFromLine, richText } from "./rich.js";
import { endLineOf, findSection, lineOf, plainText, parsePromptDoc, type PromptDoc } from "./sections.js";
import { readSource } from "./source.js";
import { readStyle } from "./style.js";

export interface PromptReadResult {
  sheet: Sheet;
  warnings: string[];
}

/** Read a prompt document, its plan's ```mermaid blocks parsed with Mermaid's own parsers. */
export async function readPromptDocumentAsync(text: string): Promise<PromptReadResult> {
  const doc = parsePromptDoc(text.replace(/^\uFEFF/, ""));
  return readDoc(doc, await parsePlanMermaid(doc));
}

/**
 * Read a prompt document synchronously. `mermaid` holds the plan's ```mermaid blocks parsed ahead (by fence
 * line); without it such blocks are reported and left out (readPromptDocumentAsync parses them).
 */
export function readPromptDocument(text: string, mermaid?: ParsedMermaid): PromptReadResult {
  return readDoc(parsePromptDoc(text.replace(/^\uFEFF/, "")), mermaid);
}

function readDoc(doc: PromptDoc, mermaid: ParsedMermaid | undefined): PromptReadResult {
  const warnings: string[] = [];
  const sourceSec = findSection(doc, "source");
  const fm = findFrontmatter(doc, sourceSec);
  const source = readSource(sourceSec, fm);
  const planSec = findSection(doc, "plan");
  const plan: Plan = planSec ? readPlan(planSec.nodes, mermaid) : { sections: [], keyTerms: [], warnings: [] };
  // Every assumption names a line, so `check` can list them: a missing section is reported at the end of the file.
  const lastLine = doc.lines.length;
  if (!planSec) warnings.push(`line ${lastLine}: no # Output Structure Plan section: panels hold only the lines of the layout diagram`);
  warnings.push(...plan.warnings);
  const style = readStyle(findSection(doc, "style")?.nodes ?? []);

  const layout = buildLayout(doc, plan, warnings);
  const fallbackTitle =
    sourceSec?.nodes.filter((n) => n.type === "heading" && !(fm && lineOf(n) <= fm.endLine)).map(plainText)[0] ??
    layout.banner ??
    "Untitled chapter";
  const meta = metaFrom(fm?.data ?? {}, fallbackTitle.trim());
  if (!fm) warnings.push(`line ${sourceSec?.line ?? 1}: no metadata block (--- title: … ---) in # Source Text: the title comes from the first heading`);
  if (layout.banner) meta.banner = layout.banner;

  const items = planItems(plan);
  const mindmaps = plan.sections.flatMap((s) => s.blocks).filter((b) => b.kind === "mindmap").map((b) => b.root);
  if (style.mindmap && mindmaps.length === 0) {
    warnings.push(`line ${findSection(doc, "style")?.line ?? 1}: the Output Style asks for a mind map but the plan has none`);
  }
  addSchematicFlows(layout, items, style.chain);
  const knobs = style.analogy ? knobsItem(style.analogy, source, mindmaps, plan) : undefined;
  if (knobs) items.push(knobs);
  style.quotes.forEach((q, k) => {
    const block: Block = { kind: "quote", text: richFromLine(q) };
    if (meta.author) block.cite = meta.author;
    items.push({ block, role: "quote", title: q, order: 1000 + k });
  });
  const page = pageSize(doc);
  assignItems(layout.slots, items, page);
  keepNamesWithCharts(layout, plan);
  restoreChains(layout);
  if (knobs) fillKnobsResult(layout.slots, knobs);
  dropEchoedLead(layout);
  boldTerms(layout, plan.keyTerms);

  const sheet: Sheet = { meta, page, rows: layout.rows, style: structuredClone(DEFAULT_STYLE) };
  if (source) sheet.source = source;
  return { sheet, warnings };
}

function buildLayout(doc: PromptDoc, plan: Plan, warnings: string[]): BuiltLayout {
  const layoutSec = findSection(doc, "layout");
  const code = layoutSec?.nodes.find((n): n is Code => n.type === "code" && /[┌╭╔┏]/.test(n.value));
  if (layoutSec && code) {
    const first = lineOf(code) + 1;
    const diagram = parseDiagram(code.value, first);
    const table = findRatioTable(layoutSec.nodes);
    return layoutFromDiagram(diagram, table, [first, endLineOf(code) - 1], warnings);
  }
  if (plan.sections.length === 0) {
    throw new InputError(
      "nothing to lay out: the document has neither a # Layout Structure box diagram nor # Output Structure Plan sections",
      { line: layoutSec?.line ?? 1 },
      "add a # Layout Structure section with a box diagram, or ## N. sections under # Output Structure Plan",
    );
  }
  warnings.push(
    layoutSec
      ? `line ${layoutSec.line}: the # Layout Structure section has no box diagram; using a default layout built from the ${plan.sections.length} plan sections`
      : `line ${findSection(doc, "plan")?.line ?? 1}: no # Layout Structure section: using a default layout (title row + panels for the ${plan.sections.length} Output Structure Plan sections)`,
  );
  return defaultLayout(plan.sections);
}

function planItems(plan: Plan): Item[] {
  const items: Item[] = [];
  let order = 0;
  for (const s of plan.sections) {
    for (const block of s.blocks) {
      const role = block.kind === "flowchart" ? "flow" : s.kind === "takeaways" && block.kind === "bullets" ? "takeaways" : "content";
      const item: Item = { block, role, title: s.title, order: order++ };
      if (s.emoji) item.emoji = s.emoji;
      items.push(item);
    }
  }
  return items;
}

/** Without a flow chain in the plan, the schematic drawn in a box becomes that panel's flowchart. */
function addSchematicFlows(layout: BuiltLayout, items: Item[], styleChain: string[] | undefined): void {
  if (items.some((i) => i.block.kind === "flowchart")) return;
  let added = false;
  for (const [slot, s] of layout.schematics) {
    const chain = s.chains.find((c) => c.length >= 3) ?? (s.nested.length >= 2 ? s.nested : undefined);
    if (!chain) continue;
    place(slot, { block: chainFlowchart(chain), role: "flow", title: slot.panel.title, order: -2 });
    added = true;
  }
  if (!added && styleChain) items.push({ block: chainFlowchart(styleChain), role: "flow", title: "flow", order: -2 });
}

/** An arrow chain written in a box that got no flowchart is that panel's text after all. */
function restoreChains(layout: BuiltLayout): void {
  for (const [slot, s] of layout.schematics) {
    if (slot.panel.blocks.some((b) => b.kind === "flowchart")) continue;
    for (const chain of s.chains) slot.panel.lead.push(richFromLine(chain.join(" → ")));
  }
}

/** A chain's name sits right above its chart, in whichever panel the chart went to. */
function keepNamesWithCharts(layout: BuiltLayout, plan: Plan): void {
  for (const [chart, name] of plan.chartNames ?? []) {
    for (const { panel } of layout.slots) panel.blocks = panel.blocks.filter((b) => b !== name);
    const home = layout.slots.find((s) => s.panel.blocks.includes(chart));
    home?.panel.blocks.splice(home.panel.blocks.indexOf(chart), 0, name);
  }
}

function knobsItem(analogy: string, source: Sheet["source"], mindmaps: MindNode[], plan: Plan): Item {
  const sourceText = source?.paragraphs.map((p) => p.text).join("\n") ?? "";
  const block = knobsBlock({ analogy, sourceText, mindmaps, conceptTerms: plan.keyTerms });
  return { block, role: "knobs", title: analogy, order: -1 };
}

function fillKnobsResult(slots: Slot[], item: Item): void {
  const slot = slots.find((s) => s.panel.blocks.includes(item.block));
  const result = slot ? knobsResult(slot.panel.lead.map(richText)) : undefined;
  if (result && item.block.kind === "knobs") item.block.result = result;
}

/**
 * A box in the layout sketch often shows a short version of what the plan then lists in it (the sketch
 * says "IDs in, IDs out" and the takeaways list it again, or the box shows lines of the plan's code). Written twice it only crowds a small box:
 * lead lines that, alone or together, say exactly what one of the panel's items says are dropped.
 */
const SKETCHED_RETURN = /^[↑↓↖↗|└┘]?\s*[_‾]{3,}[^_‾]{0,40}[_‾]{3,}\s*[|↑↓┘└]?$/;

function dropEchoedLead(layout: BuiltLayout): void {
  const norm = (t: string): string => t.toLowerCase().replace(/[\s\p{P}]+/gu, "");
  const plain = (r: { text: string }[]): string => r.map((s) => s.text).join("");
  for (const { panel } of layout.slots) {
    if (panel.lead.length === 0) continue;
    // A return arrow sketched under a chain in the box (`↑_____ next batch _____|`) is what the panel's
    // chart draws as its back edge.
    if (panel.blocks.some((b) => b.kind === "flowchart")) panel.lead = panel.lead.filter((l) => !SKETCHED_RETURN.test(plain(l).trim()));
    const items = new Set(
      panel.blocks.flatMap((b) => (b.kind === "bullets" ? b.items.map(plain) : b.kind === "paragraph" ? [plain(b.text)] : b.kind === "code" ? b.text.split("\n") : [])).map(norm).filter(Boolean),
    );
    if (items.size === 0) continue;
    if (items.has(norm(panel.lead.map(plain).join(" ")))) panel.lead = [];
    else panel.lead = panel.lead.filter((l) => !items.has(norm(plain(l))));
  }
}

function boldTerms(layout: BuiltLayout, terms: string[]): void {
  if (terms.length === 0) return;
  for (const { panel } of layout.slots) {
    panel.lead = panel.lead.map((l) => boldKeyTerms(l, terms));
    for (const b of panel.blocks) {
      if (b.kind === "paragraph") b.text = boldKeyTerms(b.text, terms);
      if (b.kind === "bullets") b.items = b.items.map((i) => boldKeyTerms(i, terms));
    }
  }
}

/** `16:9` only when it is the first ratio the image request names; A4 landscape otherwise. */
function pageSize(doc: PromptDoc): PageSize {
  const image = findSection(doc, "image");
  const source = findSection(doc, "source");
  const text = image
    ? image.nodes.map(plainText).join("\n")
    : doc.sections.filter((s) => s !== source).map((s) => [s.title, ...s.nodes.map(plainText)].join("\n")).join("\n");
  const wide = text.search(/16\s*:\s*9/);
  const a4 = text.search(/\bA4\b/i);
  return wide >= 0 && (a4 < 0 || wide < a4) ? "16:9" : "a4";
}
