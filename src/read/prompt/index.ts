// Reader 1: a chapter prompt document (the image-model prompt template) → the Sheet model.
// Sections come from remark; the layout diagram, ratio table, style rules and plan are each read
// by their own module, then plan items are placed into the diagram's panels.
import { gridSpans } from "./grid-spans.js";
import { labelledBanner } from "./label-title.js";
import { standInWarnings } from "../stand-ins.js";
import type { RootContent } from "mdast";
import { InputError } from "../../errors.js";
import { DEFAULT_STYLE, type Block, type PageSize, type Sheet } from "../../model/sheet.js";
import { parseDiagram } from "./ascii-layout.js";
import { layoutDrawing } from "./box-art.js";
import { oneRatioNote, unlessStale } from "./later-drawing.js";
import { drawnHeights } from "./box-heights.js";
import { cssHeights } from "./css-heights.js";
import { dataHeights } from "./data-heights.js";
import { assignItems } from "./assign.js";
import { describeSlots, planItems } from "./plan-items.js";
import { dropEmptyPanels } from "./empty-panels.js";
import { fillCountedQuotesBox } from "./counted-quotes.js";
import { moveNamedItems } from "./named-items.js";
import { placeByPosition } from "./positions.js";
import { withLegend } from "./legend.js";
import { findFrontmatter, metaFrom, type Frontmatter } from "./frontmatter.js";
import { frontmatterHeights } from "./frontmatter-heights.js";
import { defaultLayout, layoutFromDiagram, type BuiltLayout } from "./panels.js";
import { readPlan, type ParsedMermaid, type Plan } from "./plan.js";
import { addBoxSketches, addSchematicFlows, boldTerms, dropEchoedLead, emojiFromPlan, fillKnobsResult, keepNamesWithCharts, knobsItem, markPlacements, restoreChains, spansOf, titleFromPlan } from "./placed.js";
import { parsePlanMermaid } from "./mermaid.js";
import { parseBoxCharts, type BoxCharts } from "./box-charts.js";
import { findRatioTable } from "./ratios.js";
import { speakerOf } from "./speaker.js";
import { proseHeights } from "./sentence-heights.js";
import { knownWords } from "./box-text.js";
import { diagramInlineWarnings, richFromLine, richText } from "./rich.js";
import { inlineWarnings, lostLinkWarnings } from "../inline.js";
import { dropDirections, withoutClosingRequest } from "./directions.js";
import { takeKnobsAsks } from "./knob-asks.js";
import { showSourceCode } from "./source-code.js";
import { endLineOf, findSection, lineOf, plainText, parsePromptDoc, type PromptDoc, type Section } from "./sections.js";
import { readSource } from "./source.js";
import { parsedPrompt } from "./text-passes.js";
import { boxSaidAt, titleTime } from "./timestamps.js";
import { footnotesInPlace } from "./footnotes.js";
import { splitListedQuotes } from "./listed-quotes.js";
import { readStyle, unmetAsks } from "./style.js";
import { plannedQuotes } from "./same-quote.js";
import { QUOTES_TITLE } from "./quote-forms.js";
import { gatherQuotesAbove, quotesPointer } from "./quote-pointer.js";
import { jsonPlan } from "./json-plan.js";
import { tablePlan } from "./table-plan.js";
import { gridWords } from "./grid-words.js";
import { captionedDiagrams } from "./captioned-diagrams.js";
import { writtenLayout } from "./written-layout.js";
import { slideLayout } from "./slide-layout.js";
import { withoutSpeakerNotes } from "./speaker-notes.js";
import { pageSize, portraitAsked } from "./page.js";
import { bandWidths, sidebarRows } from "./width-words.js";
import { checkPanelCount } from "../limits.js";
import { rangeBoxes } from "./range-refs.js";
import { interleavedPlan } from "./heading-boxes.js";
import { moveStrayQuotes } from "./stray-quotes.js";
import { addCardQuotes } from "./spec-cards.js";
import { unwrapped } from "./unwrapped.js";
import { joinTranslatedQuotes } from "./translated-quote.js";
import { secondChapter } from "./second-chapter.js";

export interface PromptReadResult {
  sheet: Sheet;
  warnings: string[];
}

/** Read a prompt document, its plan's ```mermaid blocks and the charts typed in its drawing's boxes parsed with
 * Mermaid's own parsers. `page`: the page it will be drawn on, when the caller sets one (`--page`). */
export async function readPromptDocumentAsync(text: string, page?: PageSize): Promise<PromptReadResult> {
  const w = unwrapped(text);
  try {
    const doc = parsedPrompt(w.text);
    return w.back(readDoc(doc, await parsePlanMermaid(doc), page, await parseBoxCharts(doc, page ?? pageSize(doc))));
  } catch (err) {
    throw w.error(err);
  }
}

/**
 * Read a prompt document synchronously. `mermaid` holds the plan's ```mermaid blocks parsed ahead (by fence
 * line), `boxCharts` the charts typed in the drawing's boxes (by their text); without them such blocks are
 * reported and left out, and such charts reported and kept as the box's text (readPromptDocumentAsync parses them).
 */
export function readPromptDocument(text: string, mermaid?: ParsedMermaid, boxCharts?: BoxCharts): PromptReadResult {
  const w = unwrapped(text);
  try {
    return w.back(readDoc(parsedPrompt(w.text), mermaid, undefined, boxCharts));
  } catch (err) {
    throw w.error(err);
  }
}

function readDoc(whole: PromptDoc, mermaid: ParsedMermaid | undefined, drawnOn?: PageSize, boxCharts?: BoxCharts): PromptReadResult {
  const warnings: string[] = [];
  // Several chapters pasted into one file: the first is read alone (its lines keep their numbers).
  const next = secondChapter(whole);
  const doc = next ? parsePromptDoc(whole.lines.slice(0, next - 1).join("\n")) : whole;
  if (next) warnings.push(`line ${next}: a second chapter starts here (its own ${whole.sections.find((s) => s.line === next)?.title}); only the first is drawn: put each chapter in a file of its own and build them together`);
  const sourceSec = findSection(doc, "source");
  const fm = findFrontmatter(doc, sourceSec);
  const source = readSource(sourceSec, fm);
  // A layout written as headings with each box's content under its own (heading-boxes.ts) is the plan too.
  const planSec = findSection(doc, "plan") ?? interleavedPlan(doc, warnings);
  // The layout part's text: an unnumbered plan section among numbered ones is drawn when the drawing names it.
  const layoutSec = findSection(doc, "layout");
  const drawn = layoutSec ? doc.text.split("\n").slice(layoutSec.line - 1, endLineOf(layoutSec.nodes.at(-1) ?? {})).join("\n") : "";
  const plan: Plan = planSec ? readPlan(tablePlan(jsonPlan(withoutClosingRequest(footnotesInPlace(withoutSpeakerNotes(planSec.nodes)), warnings)), planSec.depth), mermaid, planSec.depth, drawn) : { sections: [], keyTerms: [], warnings: [] };
  // A point asking for the log the source holds (`위 로그 블록에서 몇 줄만 … 보여주기`) is that log.
  showSourceCode(plan, sourceSec?.nodes ?? []);
  const asked = takeKnobsAsks(plan);
  // Every assumption names a line, so `check` can list them: a missing section is reported at the end of the file.
  const lastLine = doc.lines.length;
  if (!planSec) warnings.push(`line ${lastLine}: no # Output Structure Plan section: panels hold only the lines of the layout diagram`);
  warnings.push(...plan.warnings);
  warnings.push(...diagramInlineWarnings(findSection(doc, "layout")?.nodes ?? []));
  const style = readStyle(styleNodes(doc), doc.text);
  // A designer's brief names each panel's quote on its card (spec-cards.ts).
  if (layoutSec) addCardQuotes(style, doc.lines.slice(layoutSec.line, sectionEnd(doc, layoutSec)), layoutSec.line + 1);
  splitListedQuotes(plan, style.quotes);
  captionedDiagrams(plan);
  moveStrayQuotes(plan);
  joinTranslatedQuotes(plan);

  const layout = buildLayout(doc, plan, warnings, boxCharts, drawnOn ?? pageSize(doc), fm);
  checkPanelCount(layout.slots.length, () => findSection(doc, "layout")?.line);
  const fallbackTitle =
    sourceSec?.nodes.filter((n) => n.type === "heading" && !(fm && lineOf(n) <= fm.endLine)).map(plainText)[0] ??
    // An emoji alone (a title label's) is no title.
    (layout.banner && !/[\p{L}\p{N}]/u.test(layout.banner) ? undefined : layout.banner) ??
    "Untitled chapter";
  const meta = metaFrom(fm?.data ?? {}, fallbackTitle.trim());
  if (!fm) warnings.push(`line ${sourceSec?.line ?? 1}: no metadata block (--- title: … ---) in # Source Text: the title comes from the first heading`);
  // A title row that only labelled itself (`[🪞 제목 배너]`) prints the chapter's title under its emoji.
  // A title row said to be there and given no words (`맨 위에 제목 띠`) prints the chapter's title, as a label does.
  const banner = labelledBanner(layout.banner, meta.title) || meta.title;
  // The clip's range written after the banner (`[2:48:17~3:01:46]`) goes to the small line under it.
  const clip = banner ? titleTime(banner) : undefined;
  if (clip) meta.banner = clip.title;
  const tagline = [layout.tagline, clip?.time].filter(Boolean).join(" · ");
  if (tagline) meta.tagline = tagline;

  const lines = new Map<Block, number>();
  // A section that only says "the quotes above, here" holds them, as if they were written under its heading.
  const quotesHome = style.quotes.length > 0 ? quotesPointer(plan.sections) : undefined;
  if (style.quotes.length === 0) gatherQuotesAbove(plan.sections);
  rangeBoxes(doc, layoutSec, plan, layout.slots.length);
  const items = planItems(plan, lines);
  const mindmaps = plan.sections.flatMap((s) => s.blocks).filter((b) => b.kind === "mindmap").map((b) => b.root);
  if (style.mindmap && mindmaps.length === 0) {
    warnings.push(`line ${findSection(doc, "style")?.line ?? 1}: the Output Style asks for a mind map but the plan has none`);
  }
  warnings.push(...unmetAsks(style, planSec ? doc.text.split("\n").slice(planSec.line - 1, endLineOf(planSec.nodes.at(-1) ?? {})).join("\n") : ""));
  addBoxSketches(layout);
  addSchematicFlows(layout, items, style.chain);
  items.push(...knobsItem(style.analogy, source, mindmaps, plan, asked));
  // A quotable insight the plan already quotes in a section is drawn once, where the plan put it.
  // So is one the plan's text already quotes in its running words (`Karpathy의 말처럼 “…” — …`).
  const drawnAlready = plannedQuotes(items.map((i) => i.block));
  style.quotes.forEach((q, k) => {
    if (drawnAlready(q, style.quoteNamed?.[k])) return;
    const block: Block = { kind: "quote", text: richFromLine(q) };
    // Said by someone else than the chapter's author (`— DeepSeek-R1`): theirs; `— Andrej` is the author's full name.
    const said = style.quoteCites?.[k];
    const cite = said && !meta.author?.includes(said) ? said : speakerOf(meta.author);
    if (cite) block.cite = cite;
    const where = style.quotePlaces?.[k] ?? boxSaidAt(layout.slots.map((s) => s.panel.title), said);
    if (quotesHome && !where) items.push({ block, role: "content", title: quotesHome.title, order: 1000 + k, ...(quotesHome.emoji ? { emoji: quotesHome.emoji } : {}), ...(quotesHome.box !== undefined ? { box: quotesHome.box } : {}) });
    else items.push({ block, role: "quote", title: richText(block.text), order: 1000 + k, ...(where ? { where } : {}) });
    const line = style.quoteLines[k];
    if (line) lines.set(block, line);
  });
  const page = pageSize(doc);
  portraitAsked(doc, drawnOn ?? page, warnings);
  const matches = new Map<Block, string[]>();
  const near = new Map<Block, string[]>();
  const alternatives = assignItems(layout.slots, placeByPosition(layout.rows, layout.slots, items), page, matches, { out: near, names: plan.chartNames });
  fillCountedQuotesBox(layout.slots, items, alternatives);
  keepNamesWithCharts(layout, plan);
  // A named chart moves with its name only in the reader: layout leaves it where it is.
  for (const [chart, name] of plan.chartNames ?? []) {
    for (const m of [alternatives, matches]) {
      m.delete(chart);
      m.delete(name);
    }
  }
  moveNamedItems(layout.slots, lines, new Set(items.filter((i) => i.role === "takeaways").map((i) => i.block)));
  emojiFromPlan(layout.slots, items);
  // A panel renamed after its plan section: the reader's lists of panels name it by its new id.
  const renamed = titleFromPlan(layout.slots, items);
  for (const m of [alternatives, matches, near]) for (const [b, ids] of m) m.set(b, ids.map((id) => renamed.get(id) ?? id));
  markPlacements(layout.slots, lines, alternatives, matches, near);
  restoreChains(layout);
  fillKnobsResult(layout.slots, asked?.block ?? items.find((i) => i.role === "knobs")?.block);
  dropEchoedLead(layout);
  for (const { panel } of layout.slots) dropDirections(panel);
  dropEmptyPanels(layout, layoutSec?.line ?? 1, warnings);
  boldTerms(layout, plan.keyTerms);
  if (planSec) {
    const spans = layout.slots.flatMap((s) => spansOf(s.panel));
    warnings.push(...inlineWarnings(planSec.nodes, undefined, spans.map((s) => s.text).join(""), false));
    warnings.push(...lostLinkWarnings(planSec.nodes, spans));
  }

  const sheet: Sheet = { meta, page, rows: layout.rows, style: structuredClone(DEFAULT_STYLE) };
  if (source) sheet.source = source;
  warnings.push(...standInWarnings(sheet));
  return { sheet, warnings };
}

/** The style's nodes, and after them each later style part (`# Quotes`) under a heading with its title. */
function styleNodes(doc: PromptDoc): RootContent[] {
  return doc.sections
    .filter((s) => s.kind === "style")
    // A first part that is itself the quotes (`### 🗣️ 인용`) keeps its title too: it says what the list under it is.
    .flatMap((s, k) => (k === 0 && !QUOTES_TITLE.test(s.title) ? s.nodes : [{ type: "heading", depth: 1, children: [{ type: "text", value: s.title }], position: { start: { line: s.line, column: 1 }, end: { line: s.line, column: 1 } } } as RootContent, ...s.nodes]));
}

function buildLayout(doc: PromptDoc, plan: Plan, warnings: string[], boxCharts: BoxCharts | undefined, drawnOn: PageSize, fm?: Frontmatter): BuiltLayout {
  const layoutSec = findSection(doc, "layout");
  const drawing = layoutSec && layoutDrawing(doc, layoutSec, drawnOn);
  if (drawing?.note) warnings.push(drawing.note);
  const code = drawing?.code;
  if (layoutSec && code) {
    const first = lineOf(code) + 1;
    const diagram = withLegend(parseDiagram(code.value, first, warnings, boxCharts), layoutSec.nodes);
    const drawn = drawnHeights(diagram);
    const written = findRatioTable(layoutSec.nodes, diagram, warnings, drawnOn);
    const table = (drawing.revised ? unlessStale(written, diagram.length, warnings) : written) ?? drawn ?? dataHeights(layoutSec.nodes, diagram) ?? frontmatterHeights(fm, diagram, doc.lines) ?? cssHeights(layoutSec.nodes, diagram) ?? proseHeights(doc, layoutSec, diagram, warnings);
    if (table?.rows.length === diagram.length) bandWidths(proseLines(doc, layoutSec), diagram.map((r) => r.boxes.length), table.rows, sidebarRows(diagram));
    if (table?.rows.length === diagram.length) gridSpans(proseLines(doc, layoutSec), diagram, table.rows);
    const before = warnings.length;
    // The words the document writes outside the drawing: a title's broken half (`IAD`) is written only in it.
    const built = layoutFromDiagram(diagram, table, [first, endLineOf(code) - 1], warnings, pageSize(doc), knownWords(doc.text.replace(code.value, "")), plan.sections.map((s) => s.title));
    if (drawing.revised) oneRatioNote(warnings, first);
    if (table) describeSlots(built.slots, table.rows.map((r) => r.content ?? ""));
    // A drawing of the title box alone leaves the plan nowhere to go: its sections get the default panels
    // under that title, rather than being dropped.
    if (built.slots.length === 0 && plan.sections.length > 0) {
      const n = plan.sections.length;
      // What the diagram's rows would have been given no longer applies.
      warnings.splice(before);
      warnings.push(`line ${first}: the layout diagram draws only the title box; the ${n} plan section${n === 1 ? "" : "s"} get${n === 1 ? "s" : ""} a default layout of panels under it`);
      const body = defaultLayout(plan.sections);
      return { ...body, ...(built.banner !== undefined ? { banner: built.banner } : {}), ...(built.tagline !== undefined ? { tagline: built.tagline } : {}) };
    }
    return built;
  }
  // Slides said row by row (`Slides 2–4 go in the top row`): the plan's slides in those rows, the title slide the banner.
  const slides = layoutSec ? slideLayout(doc, layoutSec, plan.sections) : undefined;
  if (slides) {
    plan.sections = plan.sections.filter((s) => !slides.dropped.has(s));
    const built = defaultLayout(slides.sections, slides.shape);
    return { ...built, ...(slides.shape.banner ? { banner: slides.shape.banner } : {}) };
  }
  // A layout written out rather than drawn (written-layout.ts).
  const written = layoutSec && writtenLayout(doc, layoutSec, warnings);
  if (written) {
    const { layout: text, table } = written;
    const built = layoutFromDiagram(text.rows, table, text.lines, warnings, pageSize(doc));
    if (table) describeSlots(built.slots, table.rows.map((r) => r.content ?? ""));
    return built;
  }
  // A grid said in words (`3×2 그리드 + 하단 전체 폭 띠`): the plan's sections fill it in order.
  const grid = layoutSec && plan.sections.length > 0 ? gridWords(doc, layoutSec, plan.sections.length, warnings) : undefined;
  if (grid) return { ...defaultLayout(plan.sections, grid), ...(grid.banner ? { banner: grid.banner } : {}) };
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

/** The layout section's lines of prose: no fenced drawing, no table row. */
function proseLines(doc: PromptDoc, sec: Section): { text: string; line: number }[] {
  const end = (doc.sections[doc.sections.indexOf(sec) + 1]?.line ?? doc.lines.length + 1) - 1;
  const out: { text: string; line: number }[] = [];
  let fence = false;
  for (let n = sec.line + 1; n <= end; n++) {
    const text = doc.lines[n - 1] ?? "";
    if (/^\s*(?:```|~~~)/.test(text)) fence = !fence;
    else if (!fence && !/^\s*\|/.test(text)) out.push({ text, line: n });
  }
  return out;
}

/** The last line of a section's lines: the line before the next section, or the document's last. */
const sectionEnd = (doc: PromptDoc, section: Section): number => (doc.sections[doc.sections.indexOf(section) + 1]?.line ?? doc.lines.length + 1) - 1;
