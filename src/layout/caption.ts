// A short line of text just before a diagram, table or code block titles it (`**추론**`, "Training loop:", a
// list of one lead-in item "토큰 흐름 추적:"). This is the one notion of a caption: layout measures the two as one
// item (`captioned`), so columns, shelves and spreading never part them and the caption sits close above the
// chart's drawing, centred over a diagram or on the left edge of a table or code; a block moved to another
// panel takes its caption along (rehome.ts, rebalance.ts). Its notes too: the footnotes the reader set right
// after the block that refers to them (`[2] DeepSeek-AI (2025) …` after a list carrying `[2]`); left behind,
// a note would explain a block in another panel.
import type { Block, Rich } from "../model/sheet.js";
import { translateMarks } from "../model/positioned.js";
import { richText } from "../model/block-text.js";
import { inkBox } from "../blocks/diagram/geometry.js";
import type { BlockLayout } from "../blocks/types.js";
import type { Item } from "./stack.js";

/** The reason a caption that moved with its block gives (its block's move names both panels). */
export const CAPTION_OF = "room (captions a block moved from ";

/** The reason a note that moved with its block gives. */
export const NOTE_OF = "room (notes a block moved from ";

/** Kinds a caption can title. */
const CAPTIONED = new Set<Block["kind"]>(["flowchart", "mindmap", "knobs", "table", "code"]);
/** Kinds drawn centred in their box: a caption is centred over their drawing. */
const CENTRED = new Set<Block["kind"]>(["flowchart", "mindmap", "knobs"]);

/** Longest caption, in characters: a title, not a sentence. */
const MAX_CAPTION = 40;

/** Gap between a caption's line box and the top of its chart's ink, in body sizes. */
const CAPTION_GAP = 0.3;

function plain(rich: Rich): string {
  return richText(rich).trim();
}

/**
 * The text that may title a chart: a paragraph that is no sentence (a bold word, a name, "Training loop:"), or
 * a list of one item that leads in to what follows ("Pretraining vs Post-training:"). A one-item list that makes
 * a point of its own ("포인트: 지속적 자아 없음") is no caption.
 */
function captionText(block: Block): string | undefined {
  if (block.kind === "paragraph") {
    const text = plain(block.text);
    return /[.!?。]$/.test(text) ? undefined : text;
  }
  if (block.kind === "bullets" && block.style === "plain" && block.items.length === 1) {
    const text = plain(block.items[0]!);
    return /[:：]$/.test(text) ? text : undefined;
  }
  return undefined;
}

/** Whether `block` captions `next`, the block right after it. */
export function isCaption(block: Block | undefined, next: Block | undefined): boolean {
  if (!block || !next) return false;
  const text = captionText(block);
  if (text === undefined || text.length === 0 || [...text].length > MAX_CAPTION || text.includes("\n")) return false;
  // A line leading in with a colon (`신경망 전체를 한 줄로 쓰면:`) titles the line after it too: a formula, a
  // definition; parted from it by a column break, it would lead in to nothing.
  // A pointer home over a list or quote moved out of its panel (whose.ts) titles it as a caption titles a chart.
  const pointer = block.at?.reason?.startsWith(CAPTION_OF) === true && (next.kind === "bullets" || next.kind === "quote");
  return pointer || CAPTIONED.has(next.kind) || (block.kind === "paragraph" && next.kind === "paragraph" && /[:：]$/.test(text));
}

/** Whether `block` is a short label (a title, no sentence: `Takeaways`, `**추론**`) heading `next`, whatever its
 * kind: ending a column with what it heads in the next, it would head nothing. */
export function headsNext(block: Block | undefined, next: Block | undefined): boolean {
  if (block?.kind !== "paragraph" || !next) return false;
  const text = captionText(block);
  return !!text && [...text].length <= MAX_CAPTION && !text.includes("\n");
}

/** Whether `blocks[k]` captions `blocks[k + 1]`. */
export function captionsNext(blocks: readonly Block[], k: number): boolean {
  return isCaption(blocks[k], blocks[k + 1]);
}

/** The caption just before `block` in `blocks`, if it has one. */
export function captionOf(blocks: readonly Block[], block: Block): Block | undefined {
  const k = blocks.indexOf(block);
  return k > 0 && captionsNext(blocks, k - 1) ? blocks[k - 1] : undefined;
}

/** A footnote's number, when `block` is one (a paragraph opening with `[n]`, as the reader sets footnotes). */
function noteNumber(block: Block | undefined): string | undefined {
  return block?.kind === "paragraph" ? /^\[(\d{1,3})\]\s/.exec(plain(block.text))?.[1] : undefined;
}

/** The footnote marks a block's own text carries. */
function marks(block: Block): Set<string> {
  const text = block.kind === "paragraph" || block.kind === "quote" ? plain(block.text) : block.kind === "bullets" ? block.items.map(plain).join(" ") : block.kind === "table" ? [block.header, ...block.rows].flat().map(plain).join(" ") : "";
  return new Set([...text.matchAll(/\[(\d{1,3})\]/g)].map((m) => m[1]!));
}

/** The notes right after `blocks[k]` that explain it: footnotes whose numbers it carries. */
function notesAfter(blocks: readonly Block[], k: number): Block[] {
  const block = blocks[k];
  if (!block || noteNumber(block) !== undefined) return [];
  const own = marks(block);
  const out: Block[] = [];
  for (let j = k + 1; j < blocks.length; j++) {
    const n = noteNumber(blocks[j]);
    if (n === undefined || !own.has(n)) break;
    out.push(blocks[j]!);
  }
  return out;
}

/** The notes that explain `block`, set right after it. */
export function notesOf(blocks: readonly Block[], block: Block): Block[] {
  return notesAfter(blocks, blocks.indexOf(block));
}

/** Whether `blocks[k]` only goes along with another block: the caption of the next, or a note on one before. */
export function rides(blocks: readonly Block[], k: number): boolean {
  if (captionsNext(blocks, k)) return true;
  if (noteNumber(blocks[k]) === undefined) return false;
  let j = k - 1;
  while (j >= 0 && noteNumber(blocks[j]) !== undefined) j--;
  return j >= 0 && notesAfter(blocks, j).includes(blocks[k]!);
}

/** The blocks that go wherever `block` goes: its caption and its notes. */
export function companionsOf(blocks: readonly Block[], block: Block): Block[] {
  const caption = captionOf(blocks, block);
  return [...(caption ? [caption] : []), ...notesOf(blocks, block)];
}

/** `blocks` with `caption` set again just before `block`. */
export function captionBefore(blocks: Block[], block: Block, caption: Block): Block[] {
  const k = blocks.indexOf(block);
  return k < 0 ? blocks : [...blocks.slice(0, k), caption, ...blocks.slice(k)];
}

/** A piece of a captioned item: the caption or the chart, at its offset in the item. */
export interface Part {
  item: Item;
  dx: number;
  dy: number;
}

/**
 * Caption and chart as one item. A chart's box is often larger than its drawing (dagre's margins, a diagram
 * centred in the hint it was given), so the caption is set against the ink: close above its top, centred over
 * a diagram, on the left edge of a table or code, and a list item always on the left edge (a centred bullet
 * reads oddly). The item is never wider than the wider of the two.
 */
export function captioned(caption: Item, chart: Item, px: number): Item {
  const c = caption.layout;
  const l = chart.layout;
  const ink = inkBox(l.marks) ?? { x: 0, y: 0, width: l.width, height: l.height };
  const width = Math.max(c.width, l.width);
  const centred = CENTRED.has(chart.kind) && caption.kind === "paragraph";
  // The caption's left edge, relative to the chart's box.
  // A list starts at its box: its pen dots' ink wobbles a pixel or two either side of it.
  const anchor = centred ? ink.x + ink.width / 2 - c.width / 2 : chart.kind === "bullets" ? 0 : ink.x;
  const chartX = clamp(-anchor, 0, width - l.width);
  const capX = clamp(chartX + anchor, 0, width - c.width);
  const gap = px * CAPTION_GAP;
  const chartY = Math.max(0, c.height + gap - ink.y);
  const capY = chartY + ink.y - gap - c.height;
  const layout: BlockLayout = {
    width,
    height: chartY + l.height,
    marks: [...translateMarks(c.marks, capX, capY), ...translateMarks(l.marks, chartX, chartY)],
    ...(l.nodes ? { nodes: l.nodes.map((n) => ({ ...n, box: { ...n.box, x: n.box.x + chartX, y: n.box.y + chartY } })) } : {}),
  };
  const parts: Part[] = [
    { item: caption, dx: capX, dy: capY },
    { item: chart, dx: chartX, dy: chartY },
  ];
  return { ...chart, layout, parts };
}

/** The item with its (chart's) layout replaced: a captioned item is set again around the new chart. */
export function relaid(item: Item, layout: BlockLayout, px: number): Item {
  const [caption, chart] = item.parts ?? [];
  return caption && chart ? captioned(caption.item, { ...chart.item, layout }, px) : { ...item, layout };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}

/** Kinds whose twin from one section is read against it: a bad answer's code beside the good one's. */
const TWINNED = new Set<Block["kind"]>(["code", "table"]);

/**
 * Whether `block` has a twin in `blocks`: another of its kind from the same section of the document, captioned
 * and set right before or after it (`❌ Bad` over one code fence, `✅ Good` over the next). The two are a
 * comparison; moved apart into two panels, each answer loses what it is set against. Only the neighbours are
 * looked at, so a panel of many blocks costs one scan.
 */
export function hasTwin(blocks: readonly Block[], block: Block): boolean {
  const k = blocks.indexOf(block);
  if (!TWINNED.has(block.kind) || block.at?.line === undefined || k < 1 || !captionsNext(blocks, k - 1)) return false;
  const twin = (j: number): boolean => {
    const b = blocks[j];
    return !!b && b.kind === block.kind && b.at?.line === block.at?.line && captionsNext(blocks, j - 1);
  };
  return twin(k + 2) || twin(k - 2);
}
