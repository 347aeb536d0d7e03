// A layout written out rather than drawn in boxes, tried in this order: the words describing a sketch picture (read
// alone, the picture's caption added rows), a Quarto slide's columns (their titles are headings, which the heading
// reader would take alone), a grid of coloured squares (the prose reader would take its legend's sentences for
// boxes), frames with coordinates, a spreadsheet's merged ranges, a designer's cards, a layout described in sentences,
// then `Row N: [A] [B]` lines, a list of rows or a table of boxes (which the sentence reader leaves alone). Its
// row heights: stated with it, else a ratio table beside it, else as the grid sketches them, else shared out.
import { emojiGridLayout } from "./emoji-grid.js";
import { columnsLayout } from "./quarto-columns.js";
import { headingLayout } from "./heading-boxes.js";
import { readProseLayout } from "./prose-layout.js";
import { sketchLayout } from "./sketch-layout.js";
import { findRatioTable, type RatioTable } from "./ratios.js";
import type { PromptDoc, Section } from "./sections.js";
import { proseHeights } from "./sentence-heights.js";
import { unstatedHeights } from "./text-heights.js";
import { cardedLayout, framedLayout, rangedLayout, readTextLayout, type TextLayout } from "./text-layout.js";

export function writtenLayout(doc: PromptDoc, section: Section, warnings: string[]): { layout: TextLayout; table: RatioTable | undefined } | undefined {
  const layout = sketchLayout(doc, section, warnings) ?? columnsLayout(doc, section) ?? headingLayout(section) ?? emojiGridLayout(doc, section) ?? framedLayout(doc, section) ?? rangedLayout(doc, section) ?? cardedLayout(doc, section) ?? readProseLayout(doc, section, warnings) ?? readTextLayout(doc, section, warnings);
  if (!layout) return undefined;
  const nodes = section.nodes.filter((n) => n !== layout.layoutTable);
  // A table of boxes with its heights on a line beside it (`행 높이: 1/6, 3/6, 2/6`), as a drawing has them.
  const said = () => (layout.layoutTable ? proseHeights(doc, section, layout.rows, warnings) : undefined);
  return { layout, table: layout.table ?? findRatioTable(nodes, layout.rows, warnings) ?? said() ?? layout.sketched ?? unstatedHeights(layout, warnings) };
}
