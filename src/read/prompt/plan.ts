// `# Output Structure Plan`: each `## N. <emoji> Title` section becomes content blocks (mind map, tables,
// flow chains, takeaways, plain bullets and paragraphs, ```mermaid diagrams, code). Whatever is not drawn
// is reported with its line.
import { dropFarPointers } from "./far-pointers.js";
import { pictureLeftOut } from "./pictures.js";
import { asideLeftOut } from "./bracket-asides.js";
import { sameAsLeftOut } from "./same-as-notes.js";
import type { RootContent } from "mdast";
import type { Block, Rich } from "../../model/sheet.js";
import type { MermaidBlock } from "../../mermaid/index.js";
import { ganttTitle } from "./gantt.js";
import { quadrantTitle } from "./chart-tables.js";
import { journeyTitle } from "./journey.js";
import { dittoNotes, fillDitto } from "./ditto.js";
import { heldBlocks, listParts, signedItem } from "./list-parts.js";
import { signedItemQuote } from "./signed-items.js";
import { circledLeaves, circledRun, isOutline, leaves, leavesFromLines, tickedLeaves } from "./outline.js";
import { richFromInline, richFromLine, richText } from "./rich.js";
import { checklist, clipped, describe, tableBlock } from "./plan-nodes.js";
import { notedQuote, quoteOf, quotesOf } from "./plan-quotes.js";
import { htmlTable } from "../html-table.js";
import { htmlQuote } from "../html-quote.js";
import { xyTitle } from "./xychart.js";
import { lineOf, plainText } from "./sections.js";
import { codeBlock } from "./plan-code.js";
import { gaugeTable } from "./gauges.js";
import { withoutDrawAsks } from "./draw-asks.js";
import { fenceAsk } from "./fence-asks.js";
import { calloutAsk } from "./callout-asks.js";
import { arrowSteps, chainOf, readLeaves } from "./plan-leaves.js";
import { glossedQuote, oneLine, saidQuote } from "./glossed-quote.js";
import { CIRCLED_NUMBER, FRAMING, INSTRUCTION, instructionItem, isComment, planSubsections } from "./plan-sections.js";
import { boxNumber } from "./box-number.js";
import { numberedPlaces, tableQuotes } from "./quote-table.js";
import { withoutDrawingNote } from "./heading-notes.js";
import { emojisIn, splitEmoji } from "./words.js";
import { alertBody, definitionList, designerNote, dropPanelLabel } from "./plan-forms.js";
import { saidAtQuote, saidWords } from "./timestamps.js";
import { balloonQuotes, QUOTES_TITLE, quotedItems, signedQuote } from "./quote-forms.js";

export { ARROW_SPLIT, chainFlowchart } from "./chain.js";
export { values } from "./outline.js";

export type SectionKind = "mindmap" | "flow" | "takeaways" | "table" | "general";

export interface PlanSection {
  title: string;
  emoji?: string;
  line: number;
  kind: SectionKind;
  blocks: Block[];
  /** The box the title names by number (`②번 칸에：…`, `Box 3 —`), counted in the drawing's order from 1. */
  box?: number;
  /** Quotes the section offers for anywhere on the sheet (`Quotes to sprinkle in:`), with their lines: placed by their words. */
  pooled?: Map<Block, number>;
  /** Quotes noted with the box they go in (`(→ 멀티모달 칸)`; none for `(아무데나)`): placed as the note says. */
  noted?: Map<Block, string | undefined>;
}

export interface Plan {
  sections: PlanSection[];
  /** Concept-table first column, mind-map level-1 labels, left sides of `X = Y` takeaways. */
  keyTerms: string[];
  warnings: string[];
  /** A named chain's chart → the bold line with its name, which goes wherever the chart is placed. */
  chartNames?: Map<Block, Block>;
  /** Sections a section's body hands to a box it names (`Quotes to put in the 💬 box:`), placed after it. */
  spilled?: PlanSection[];
}

/** ```mermaid blocks of the plan, parsed ahead (Mermaid's parsers load asynchronously), by fence line. */
export type ParsedMermaid = ReadonlyMap<number, MermaidBlock>;

const KIND_TESTS: [SectionKind, RegExp][] = [
  ["mindmap", /mind\s*-?\s*map|마인드\s*맵/i],
  ["flow", /flow|pipeline|process|흐름|파이프라인|과정|순서/i],
  ["takeaways", /takeaway|key points|요점|핵심\s*정리|정리|교훈|기억할|요약|summary|\btl\s*;?\s*dr\b|bottom\s+line/i],
  ["table", /\btable\b|matrix|표\b/i],
];

const HINT_PAREN = /\s*[(（]([^()（）]*)[)）]\s*$/;
const CONCEPT = /concept|개념|용어|term|glossary|정의|definition/i;
/** A section title's number: `3.`, `2)`, `①`; and any other way of counting before an emoji of the section's own
 * (`1️⃣ 🧽 …`, `Step 2 — 🧮 …`, `[3] 🏭 …`, `2단계 🔁 …`, `II. 📟 …`, `Box 4 → ⛽ …`, `Panel 5 of 6: 💬 …`): the emoji names the box,
 * the count only counts. Without an emoji after it, such a prefix may be the title's own words, and stays. */
const COUNT_BEFORE_EMOJI =
  "(?:[0-9]\\uFE0F?\\u20E3|\\u{1F51F}|\\[\\s*\\d{1,2}\\s*\\]|\\(\\s*\\d{1,2}\\s*\\)|\\d{1,2}\\s*\\/\\s*\\d{1,2}|#\\d{1,2}|\\d{1,2}\\s*(?:단계|번째|번|장|부)|[IVX]{1,4}[.)]|[A-Z][.)]|" +
  "(?:step|section|part|panel|box|card|block|area|slide|단계|섹션|박스|패널|칸|영역)\\s*[A-Za-z0-9]{1,2}(?:\\s*(?:of|\\/)\\s*\\d{1,2})?\\s*(?:[:.)]|[—–-]{1,2}|→|->|>)?)";
const SECTION_NUMBER = new RegExp(`^(?:\\d+[.)](?!\\d)|${CIRCLED_NUMBER}|${COUNT_BEFORE_EMOJI}(?=\\s*\\p{Extended_Pictographic}))\\s*`, "iu");

/** A marker before a title that is no emoji (`▸ 오른쪽 열`, `• Box 2`, `→ 정리`): typography, not words. */
const MARKER = /^\s*(?:(?!\p{Extended_Pictographic})[▸▹►▻‣•◦➤➢→»※◆◇■□●○])\s*/u;

export function readPlan(nodes: RootContent[], mermaid: ParsedMermaid = new Map(), ownDepth = 0, drawn = ""): Plan {
  const plan: Plan = { sections: [], keyTerms: [], warnings: [] };
  for (const sub of planSubsections(nodes, plan, ownDepth, drawn)) {
    const numbered = boxNumber(sub.title);
    const heading = dropPanelLabel((numbered ? numbered.rest : sub.title).replace(MARKER, "").replace(SECTION_NUMBER, ""));
    const { emoji, rest: named } = splitEmoji(heading);
    const rest = dropPanelLabel(named);
    const hint = HINT_PAREN.exec(rest)?.[1] ?? "";
    const title = rest.replace(HINT_PAREN, "").trim() || rest;
    const kind = KIND_TESTS.find(([, re]) => re.test(hint) || re.test(title))?.[0] ?? "general";
    const section: PlanSection = { title, line: sub.line, kind, blocks: [] };
    if (emoji) section.emoji = emoji;
    if (numbered) section.box = numbered.box;
    const said = plan.warnings.length;
    readSectionBody(sub.nodes, section, plan, mermaid, POOL.test(sub.title));
    dropFarPointers(section);
    if (section.blocks.length === 0 && sub.nodes.length > 0 && plan.warnings.length === said) {
      plan.warnings.push(`line ${sub.line}: plan section "${title}" has nothing that could be drawn`);
    }
    plan.sections.push(section, ...(plan.spilled ?? []));
    plan.spilled = undefined;
  }
  return plan;
}

/** A label offering the quotes under it for anywhere: `Quotes to sprinkle in:`, `Quotes (use where they fit):`, `인용구 후보:`. */
const POOL = /sprinkle|anywhere|wherever|throughout|where\s+(?:they|it)\s+fits?|candidates?|to\s+pick\s+from|후보|곳곳|어디(?:든|에나|서든)|적절한\s*곳|(?:어울리는|맞는)\s*(?:곳|칸|자리|박스)|골라/i;

/** `offers`: the section's title offers its quotes for anywhere (`### 인용구 (어울리는 칸에 넣어 주세요)`). */
function readSectionBody(nodes: RootContent[], section: PlanSection, plan: Plan, mermaid: ParsedMermaid, offers = false): void {
  const captions = new Map<RootContent, Block>();
  // Paragraphs already read with what came before them: a list written one paragraph an item, a note under a table.
  const ditto = dittoNotes(nodes);
  const taken = new Set<RootContent>(ditto.notes);
  let pool = false;
  nodes.forEach((node, k) => {
    const next = nodes[k + 1];
    // The label's offer holds for the quotes right under it, one blockquote or several.
    const offered = pool && node.type === "blockquote";
    pool = offered;
    if (pictureLeftOut(node, plan.warnings) || asideLeftOut(node, plan.warnings) || (!taken.has(node) && sameAsLeftOut(node, plan.warnings))) return;
    let html: ReturnType<typeof htmlTable>;
    const asQuotes = node.type === "table" ? tableQuotes(node, section.title) : undefined;
    if (asQuotes) {
      // A note under the quotes numbering their boxes places them and is not drawn.
      const numbered = next?.type === "paragraph" ? numberedPlaces(plainText(next)) : undefined;
      if (numbered) taken.add(next!);
      for (const q of asQuotes) for (const b of quoteOf(q.text, q.cite)) {
        const place = q.place ?? numbered?.get(q.number);
        section.blocks.push(b);
        if (place) (section.noted ??= new Map()).set(b, place);
      }
    } else if (node.type === "table") {
      const table = tableBlock(node);
      section.blocks.push(table);
      if (ditto.tables.has(node)) fillDitto(table.rows);
      const first = plainText(node.children[0]?.children[0]).trim();
      if (CONCEPT.test(section.title) || CONCEPT.test(first)) {
        plan.keyTerms.push(...table.rows.map((r) => richText(r[0] ?? [])).filter(Boolean));
      }
    } else if (node.type === "list" && QUOTES_TITLE.test(section.title) && quotedItems(node, saidWords)) {
      // `### 인용구` over `- "…"` items: each item one quote, placed by its own words when the title offers them.
      quotedItems(node, saidWords)!.forEach((said, n) => {
        const quotes = notedQuote(richFromInline(said), undefined, section);
        section.blocks.push(...quotes);
        if (offers) quotes.forEach((q) => (section.pooled ??= new Map()).set(q, lineOf(node.children[n]!)));
      });
    } else if (node.type === "list" && arrowSteps(node)) {
      section.blocks.push(arrowSteps(node)!);
    } else if (node.type === "list") {
      // A fence inside a list item ("- Create a flowchart:" then ```mermaid) is the item's content: it comes
      // right after that item, which is its caption, and the items after it follow as a list of their own.
      // So is a quote inside an item (`- > "…" — Name`): it follows the item as a quote of its own.
      const todo = checklist(node);
      const parts = listParts(node, next);
      for (const part of parts) {
        const from = section.blocks.length;
        const held = heldBlocks(part);
        // `- “…” — Karpathy` among a panel's points is that panel's quote, drawn as one.
        if (signedItem(part)) {
          section.blocks.push(...notedQuote(leaves(part)[0]!.rich, undefined, section));
          continue;
        }
        // `- 『…』 (카파시)`, maybe over its translation: the quote, its translation in brackets after the words.
        const signed = signedItemQuote(part);
        if (signed) {
          section.blocks.push(...notedQuote(signed.text, signed.name, section));
          continue;
        }
        // `- Create a Mermaid flowchart:` over the fence is the artist's instruction, as a paragraph saying it is.
        const leadsTo = held.some((b) => b.type !== "blockquote") || (part === parts[parts.length - 1] && next?.type === "code");
        if (!(leadsTo && (instructionItem(part) || fenceAsk(part)))) readLeaves(leaves(part), node.ordered === true, section, plan);
        // A to-do list (a box left empty) is drawn with its boxes as written.
        if (todo) for (const b of section.blocks.slice(from)) if (b.kind === "bullets") b.style = "checks";
        for (const inner of held) {
          const blocks = inner.type === "code" ? [codeBlock(inner, mermaid, plan)] : inner.type === "table" ? [tableBlock(inner)] : quotesOf(inner);
          for (const block of blocks) if (block) section.blocks.push(block);
        }
      }
    } else if (node.type === "paragraph") {
      if (taken.has(node)) return;
      const own = circledLeaves(node);
      const run = own ? undefined : circledRun(nodes, k);
      const circled = own ?? run?.leaves;
      if (circled) {
        for (const n of nodes.slice(k, k + (run?.count ?? 1))) taken.add(n);
        readLeaves(circled, true, section, plan);
        return;
      }
      // Lines ticked one by one (`✔ 데이터: …` under `**✔ 핵심 정리**`) are a list drawn with its ticks.
      const ticked = tickedLeaves(node);
      if (ticked) {
        const from = section.blocks.length;
        readLeaves(ticked, false, section, plan);
        for (const b of section.blocks.slice(from)) if (b.kind === "bullets") b.style = "checks";
        return;
      }
      // Bars typed one a line (`모델 자신감   ██████████ 항상 높음`) are a table of them, not one run-on line.
      const gauges = gaugeTable(plainText(node));
      if (gauges) {
        section.blocks.push(gauges);
        return;
      }
      const lines = leavesFromLines(node);
      if (isOutline(lines) || (section.kind === "flow" && lines.some((l) => chainOf(l.text)))) {
        readLeaves(lines, false, section, plan);
        return;
      }
      const balloons = balloonQuotes(node.children);
      if (balloons) {
        const quotes = balloons.quotes.flatMap((l) => quoteOf(richFromInline(l), undefined, true));
        // `Quotes to put in the 💬 box:` names their box by its emoji: they are that box's section, not this one's.
        const box = balloons.label ? emojisIn(balloons.label)[0] : undefined;
        const title = balloons.label?.replace(/\p{Extended_Pictographic}\uFE0F?/gu, "").replace(/\s+/g, " ").replace(/\s*[:：]$/, "").trim();
        if (box && title) (plan.spilled ??= []).push({ title, emoji: box, line: lineOf(node), kind: "general", blocks: quotes });
        else section.blocks.push(...quotes);
        return;
      }
      const terms = definitionList(lines);
      if (terms) {
        section.blocks.push(terms);
        return;
      }
      const written = richFromInline(node.children);
      // `막대로 그려주세요.` asks the designer; the paragraph's other sentences are the content (`⚠️ 경고 박스: "…"`: the words).
      const rich = calloutAsk(written) ?? withoutDrawAsks(written);
      if (written.length > 0 && rich.length === 0) return;
      // A paragraph that is one quote in its marks and the name signing it (`“…” — Andrej Karpathy`) is the
      // quote a `>` would have made: the writer left out only the `>`.
      // So is one quote opened by the time and speaker it was said at (`[2:51:48] Andrej: "…"`).
      if (signedQuote(richText(rich)) || saidAtQuote(richText(rich))) {
        section.blocks.push(...notedQuote(rich, undefined, section));
        return;
      }
      // So is a quote in its marks over its translation in brackets on the next line, or said (`인용: … ["…"]`).
      const spoken = saidQuote(plainText(node));
      if (spoken || glossedQuote(plainText(node))) {
        section.blocks.push(...notedQuote(spoken ?? oneLine(rich), undefined, section));
        return;
      }
      const said = richText(rich);
      // `Quotes to sprinkle in:` over the quotes labels them; the quotes say themselves.
      const labelsQuotes = /quot|인용|명언|어록/i.test(said) && next?.type === "blockquote";
      const framing = FRAMING.test(said) && (INSTRUCTION.test(said) || labelsQuotes) && next !== undefined && /^(list|table|code|blockquote)$/.test(next.type);
      pool = labelsQuotes && framing && POOL.test(said);
      if (rich.length && !framing) section.blocks.push({ kind: "paragraph", text: rich });
      if (rich.length && !framing && FRAMING.test(said) && next?.type === "code" && (next.lang ?? "").toLowerCase() !== "mermaid") {
        captions.set(next, section.blocks.pop() as Block);
      }
    } else if (node.type === "blockquote" && designerNote(plainText(node))) {
      plan.warnings.push(`line ${lineOf(node)}: the callout "${clipped(plainText(node).trim().replace(/\s+/g, " "))}" tells the designer how to draw; it is not drawn`);
    } else if (node.type === "blockquote" && alertBody(node)) {
      readSectionBody(alertBody(node)!, section, plan, mermaid);
    } else if (node.type === "blockquote") {
      const quotes = quotesOf(node, section);
      section.blocks.push(...quotes);
      // One quote a line when each line is signed: each keeps its own line for the report.
      const last = node.position?.end.line ?? lineOf(node);
      if (offered) quotes.forEach((q, n) => (section.pooled ??= new Map()).set(q, Math.min(lineOf(node) + n, last)));
    } else if (node.type === "code") {
      const block = codeBlock(node, mermaid, plan);
      // An xychart's title names the table drawn for it, above it wherever it goes.
      const named = block && (node.lang ?? "").toLowerCase() === "mermaid" ? xyTitle(node.value) ?? quadrantTitle(node.value) ?? journeyTitle(node.value) ?? ganttTitle(node.value) : undefined;
      if (block && named) {
        const title: Block = { kind: "paragraph", text: [{ text: named, bold: true }] };
        section.blocks.push(title);
        (plan.chartNames ??= new Map()).set(block, title);
      }
      const caption = captions.get(node);
      // The line that introduced the code stays with it, above the card, wherever auto-fit puts the card.
      if (block?.kind === "code" && caption?.kind === "paragraph") block.caption = richText(caption.text);
      else if (caption) section.blocks.push(caption);
      if (block) section.blocks.push(block);
    } else if (node.type === "heading") {
      // A `###` inside a section is a sub-heading of its content: drawn as a bold line.
      const rich = withoutDrawingNote(richFromInline(node.children));
      if (rich.length) section.blocks.push({ kind: "paragraph", text: rich.map((s) => ({ ...s, bold: true })) });
    } else if (node.type === "html" && (html = htmlTable(node.value))) {
      const cell = (c: string): Rich => c.split("\n").flatMap((l, k) => (k > 0 ? [{ text: "\n" }, ...richFromLine(l)] : richFromLine(l)));
      section.blocks.push({ kind: "table", header: html.header.map(cell), rows: html.rows.map((r) => r.map(cell)) });
    } else if (node.type === "html" && htmlQuote(node.value)) {
      for (const q of htmlQuote(node.value)!) section.blocks.push(...quoteOf(richFromLine(q.text), q.cite));
    } else if (node.type !== "thematicBreak" && !isComment(node)) {
      plan.warnings.push(`line ${lineOf(node)}: ${describe(node)} in the Output Structure Plan is not drawn`);
    }
  });
}
