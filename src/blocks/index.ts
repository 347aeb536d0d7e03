// The one dispatch over block kinds. Exhaustive: a new kind in the model fails to compile until it is handled here.
import type { Block } from "../model/sheet.js";
import type { BlockEnv, BlockLayout, Space } from "./types.js";
import { layoutParagraph } from "./paragraph/layout.js";
import { layoutBullets } from "./bullets/layout.js";
import { layoutTable } from "./table/layout.js";
import { layoutQuote } from "./quote/layout.js";
import { layoutFlowchart } from "./flowchart/layout.js";
import { layoutMindmap, mindmapMinHeight } from "./mindmap/layout.js";
import { layoutKnobs } from "./knobs/layout.js";
import { layoutCode } from "./code/layout.js";

/**
 * Wall time spent laying out diagrams (flowcharts, mind maps, knobs) since the process started, ms. Auto-fit
 * lays each diagram out many times; the build reports the diagrams' share of the layout stage from this.
 */
let diagramMs = 0;

export function diagramLayoutMs(): number {
  return diagramMs;
}

export function layoutBlock(block: Block, env: BlockEnv, space: Space): BlockLayout {
  if (block.kind !== "flowchart" && block.kind !== "mindmap" && block.kind !== "knobs") return layoutKind(block, env, space);
  const t0 = performance.now();
  try {
    return layoutKind(block, env, space);
  } finally {
    diagramMs += performance.now() - t0;
  }
}

function layoutKind(block: Block, env: BlockEnv, space: Space): BlockLayout {
  switch (block.kind) {
    case "paragraph":
      return layoutParagraph(block, env, space);
    case "bullets":
      return layoutBullets(block, env, space);
    case "table":
      return layoutTable(block, env, space);
    case "quote":
      return layoutQuote(block, env, space);
    case "flowchart":
      return layoutFlowchart(block, env, space);
    case "mindmap":
      return layoutMindmap(block, env, space);
    case "knobs":
      return layoutKnobs(block, env, space);
    case "code":
      return layoutCode(block, env, space);
    default: {
      const never: never = block;
      throw new Error(`unknown block kind ${(never as Block).kind}`);
    }
  }
}

/**
 * A height the block's layout is at least, whatever the space: auto-fit skips an arrangement that cannot fit
 * even so. Only the mind map knows one cheaply (its shortest layout); 0 for the rest.
 */
export function minBlockHeight(block: Block, env: BlockEnv): number {
  return block.kind === "mindmap" ? mindmapMinHeight(block, env) : 0;
}

/** Diagrams and code read best across the full panel width; text blocks can share columns. */
export function isWide(block: Block): boolean {
  return block.kind === "flowchart" || block.kind === "code";
}
