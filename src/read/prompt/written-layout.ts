// A layout written out rather than drawn in boxes, tried in this order: a grid of coloured squares (the prose
// reader would take its legend's sentences for boxes), frames with coordinates, a layout described in sentences,
// then `Row N: [A] [B]` lines, a list of rows or a table of boxes (which the sentence reader leaves alone). Its
// row heights: stated with it, else a ratio table beside it, else as the grid sketches them, else shared out.
import { emojiGridLayout } from "./emoji-grid.js";
import { readProseLayout } from "./prose-layout.js";
import { findRatioTable, type RatioTable } from "./ratios.js";
import type { PromptDoc, Section } from "./sections.js";
import { unstatedHeights } from "./text-heights.js";
import { framedLayout, readTextLayout, type TextLayout } from "./text-layout.js";

export function writtenLayout(doc: PromptDoc, section: Section, warnings: string[]): { layout: TextLayout; table: RatioTable | undefined } | undefined {
  const layout = emojiGridLayout(doc, section) ?? framedLayout(doc, section) ?? readProseLayout(doc, section, warnings) ?? readTextLayout(doc, section, warnings);
  if (!layout) return undefined;
  const nodes = section.nodes.filter((n) => n !== layout.layoutTable);
  return { layout, table: layout.table ?? findRatioTable(nodes, layout.rows, warnings) ?? layout.sketched ?? unstatedHeights(layout, warnings) };
}
