// Mind-map block: an oval root in the middle, branches fanning out both ways, each level-1 branch in its
// own palette colour carried to its leaves. Labels sit on an underline in the branch colour (or inside
// their Mermaid shape) and the pen curves join underline ends, like a hand-drawn map. This file picks the
// form that fits the space given: the radial map (radial.ts), its leaves joined into lists, or, pressed for
// room, columns (columns.ts) or rows (rows.ts).
import type { Mindmap } from "../../model/sheet.js";
import type { BlockEnv, BlockLayout, LayoutBlock, Space } from "../types.js";
import { joinedLeaves, LIST_JOIN } from "./tree.js";
import { floorCandidate, layoutMap } from "./radial.js";
import { layoutColumns } from "./columns.js";
import { layoutRows } from "./rows.js";
import { layoutStacked } from "./stacked.js";

/** A height every layout of this map is at least (auto-fit skips arrangements that cannot fit it). */
export function mindmapMinHeight(block: Mindmap, env: BlockEnv): number {
  const j = env.joinLeaves ? joinLeaves(block) : undefined;
  const radial = Math.min(floorCandidate(block, env).height, j ? floorCandidate(j, env).height : Infinity);
  return env.tight ? Math.min(radial, columnsFloor(block, env), j ? columnsFloor(j, env) : Infinity, env.mapRows ? rowsFloor(block, env) : Infinity) : radial;
}

/** A map's least height in one of the low-box forms, by minimum size (the form at that size with room to spare). */
type Floors = WeakMap<Mindmap, Map<number, number>>;

function floorOf(floors: Floors, block: Mindmap, env: BlockEnv, at: (px: number, width: number) => BlockLayout | undefined): number {
  let byPx = floors.get(block);
  if (!byPx) floors.set(block, (byPx = new Map()));
  let h = byPx.get(env.minFontPx);
  if (h === undefined) byPx.set(env.minFontPx, (h = at(env.minFontPx, 1e6)?.height ?? Infinity));
  return h;
}

/**
 * The largest size down to the minimum at which one of a form's layouts (`at`, laid out in order, each only
 * if the one before did not fit) meets the height hint, else the shortest of them all.
 */
function largestFitting(env: BlockEnv, space: Space, at: (px: number) => Iterable<BlockLayout | undefined>): BlockLayout | undefined {
  let best: BlockLayout | undefined;
  for (let px = env.fontPx; ; px = Math.max(env.minFontPx, px * 0.92)) {
    for (const c of at(px)) {
      if (c && c.height <= space.height + 0.5) return c;
      if (c && (!best || c.height < best.height)) best = c;
    }
    if (px <= env.minFontPx) break;
  }
  return best;
}

const columnFloors: Floors = new WeakMap();

/** The shortest the map in columns gets: at the minimum size, its columns as wide as their words. */
function columnsFloor(block: Mindmap, env: BlockEnv): number {
  return floorOf(columnFloors, block, env, (px, width) => layoutColumns(block, env, px, width));
}

/**
 * Pressed for room (`env.tight`), a map too tall for its height hint may be drawn in columns (columns.ts):
 * the largest size down to the minimum whose columns meet the hint, else the shortest.
 */
function inColumns(block: Mindmap, env: BlockEnv, space: Space): BlockLayout | undefined {
  if (columnsFloor(block, env) === Infinity) return undefined;
  return largestFitting(env, space, (px) => [layoutColumns(block, env, px, space.width)]);
}

const rowFloors: Floors = new WeakMap();

/** The shortest the map in rows gets: at the minimum size, each branch's list on one line. */
function rowsFloor(block: Mindmap, env: BlockEnv): number {
  return floorOf(rowFloors, block, env, (px, width) => layoutRows(block, env, px, width, "left"));
}

/**
 * Still too tall in columns: the map in rows (rows.ts), root beside them where the width allows, else above;
 * the largest size whose rows meet the hint, else the shortest.
 */
function inRows(block: Mindmap, env: BlockEnv, space: Space): BlockLayout | undefined {
  if (rowsFloor(block, env) === Infinity) return undefined;
  return largestFitting(env, space, function* (px) {
    yield layoutRows(block, env, px, space.width, "left");
    yield layoutRows(block, env, px, space.width, "top");
  });
}

/**
 * The map stacked (stacked.ts) at the largest size down to the minimum that meets the height hint, its leaves
 * as drawn or, where that is too tall, each branch's leaves written as one list; else the shortest.
 */
function inStack(block: Mindmap, env: BlockEnv, space: Space): BlockLayout | undefined {
  const j = joinLeaves(block);
  return largestFitting(env, space, (px) => [layoutStacked(block, env, px, space.width), j && layoutStacked(j, env, px, space.width)]);
}

const joined = new WeakMap<Mindmap, Mindmap | null>();

/**
 * The map with each branch's leaves written as one list ("a · b · c") under the branch, as a person with a
 * pen does when a twenty-leaf map must fit a short box; undefined when no branch has two leaves to join.
 */
function joinLeaves(block: Mindmap): Mindmap | undefined {
  let j = joined.get(block);
  if (j === undefined) {
    let any = false;
    const children = block.root.children.map((b) => {
      if (b.children.length < 2 || b.children.some((c) => c.children.length > 0)) return b;
      any = true;
      const leaf = { label: b.children.map((c) => c.label).join(LIST_JOIN), children: [] };
      joinedLeaves.add(leaf);
      return { ...b, children: [leaf] };
    });
    j = any ? { ...block, root: { ...block.root, children } } : null;
    joined.set(block, j);
  }
  return j ?? undefined;
}

/**
 * When every layout of the map is too tall for the height hint even at its tightest, and auto-fit allows
 * it as its last rescue (`env.joinLeaves`), the map with its leaves joined into lists is tried too (if it
 * can meet the hint), and the shorter kept.
 */
export const layoutMindmap: LayoutBlock<Mindmap> = (block, env, space) => {
  const radial = radialMap(block, env, space);
  // On a page that overflows after every rescue (`env.mapStack`), a radial map wider than its box (a tall, narrow
  // sidebar) would cross the border: the map stacked branch under branch is drawn instead when it fits the width.
  if (env.mapStack && radial.width > space.width + 0.5) {
    const s = inStack(block, env, space);
    if (s) return s;
  }
  // At the last rescue, a radial map too wide for its panel (a tall narrow box) would cross the border however
  // short it is: the map in columns is drawn instead when it fits there whole.
  if (env.tight && env.mapRows && radial.width > space.width + 0.5 && radial.height <= space.height + 0.5) {
    const c = inColumns(block, env, space);
    return c && c.width <= space.width + 0.5 && c.height <= space.height + 0.5 ? c : radial;
  }
  if (!env.tight || radial.height <= space.height + 0.5) return radial;
  const j = env.joinLeaves ? joinLeaves(block) : undefined;
  let best = radial;
  // A radial map too wide for the space crosses the border whatever its height: columns that fit the width win.
  for (const c of [inColumns(block, env, space), j && inColumns(j, env, space)]) if (c && c.width <= space.width && (c.height < best.height - 0.5 || best.width > space.width + 0.5)) best = c;
  if (best.height <= space.height + 0.5 || !env.mapRows) return best;
  const r = inRows(block, env, space);
  return r && r.height < best.height - 0.5 ? r : best;
};

function radialMap(block: Mindmap, env: BlockEnv, space: Space): BlockLayout {
  const direct = layoutMap(block, env, space);
  const j = env.joinLeaves ? joinLeaves(block) : undefined;
  if (!j || direct.height <= space.height + 0.5 || floorCandidate(block, env).height <= space.height + 0.5) return direct;
  // Only worth laying out when the joined map can meet the hint (auto-fit asks about many hints no map meets).
  if (floorCandidate(j, env).height > space.height + 0.5) return direct;
  const alt = layoutMap(j, env, space);
  return alt.height < direct.height - 0.5 && alt.width <= space.width ? alt : direct;
}
