// The contract every block kind implements: lay the block out at the origin within the space given.
import type { Mark, PlacedNode } from "../model/positioned.js";

export interface BlockEnv {
  /** Body text size auto-fit is trying, px. Diagram labels and table text derive from it. */
  fontPx: number;
  /** Never draw body text below this, px. */
  minFontPx: number;
  /** The panel's accent colour. */
  accent: string;
  /** The sheet palette (mind-map branches take one colour each). */
  palette: string[];
  /** Pen colour for ordinary text. */
  ink: string;
  /** Base seed for this block's strokes; add small offsets for each stroke. */
  seed: number;
  /** Last resort before overflow: a mind map may write each branch's leaves as one list. */
  joinLeaves?: boolean;
  /** Pressed for room (tight) on a page allowed it as its last rescue: a mind map may be written in rows (mindmap/rows.ts). */
  mapRows?: boolean;
  /** After every other rescue on a page that still overflows: a mind map too wide for its box may be stacked (mindmap/stacked.ts). */
  mapStack?: boolean;
  /** Rescue spacing (auto-fit's tight pass): blocks may save a line where they can, e.g. a quote's cite. */
  tight?: boolean;
  /** The very last rescue before overflow: lines of text set closer (DENSE_LEADING em instead of 1.4 em). */
  dense?: boolean;
  /** After every other rescue, with lines set closer: a code sample may go under the minimum (model/sheet.ts DENSE_CODE). */
  smallCode?: boolean;
  /**
   * The height hint is room the block has to itself (what a one-column stack leaves it), not a column it may
   * share with other blocks: a mind map may grow into all of it (mindmap/radial.ts, all branches on one side).
   */
  ownRoom?: boolean;
}

/** Line spacing of a text block's lines when the panel is pressed past every other rescue (`dense`), em. */
export const DENSE_LEADING = 1.24;

/** Height of one line of text at px: the usual line, or the closer one of the last rescue. */
export function lineHeight(env: Pick<BlockEnv, "dense">, px: number, usual: number): number {
  return env.dense ? px * DENSE_LEADING : usual;
}

export interface BlockLayout {
  /** Size actually used, px; width never exceeds the space given. */
  width: number;
  height: number;
  /** Marks relative to the block's top-left corner. */
  marks: Mark[];
  /** Diagram nodes as placed (relative to the block), for the layout report. */
  nodes?: PlacedNode[];
  /** Cells whose longest word is wider than their column, so broken mid-word (tables; absent when none). */
  broken?: number;
}

/** Available space: `height` is a hint (diagrams use it to choose an aspect); content may be taller. */
export interface Space {
  width: number;
  height: number;
}

export type LayoutBlock<B> = (block: B, env: BlockEnv, space: Space) => BlockLayout;

export const INK = "#22304a";
/** The paper colour: layout uses it to back labels that sit on lines, draw fills the page with it. */
export const PAPER = "#fbfaf5";
