// Placeholder so the dispatch compiles; replaced by the real layout shortly.
import type { Mindmap } from "../../model/sheet.js";
import type { LayoutBlock } from "../types.js";

export const layoutMindmap: LayoutBlock<Mindmap> = (_block, _env, space) => ({ width: Math.min(space.width, 10), height: 10, marks: [], nodes: [] });
