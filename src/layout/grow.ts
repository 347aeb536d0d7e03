// A schematic alone in a roomy panel (a four-step pipeline across a page-wide band) drawn at body size reads as a
// small sketch lost in white. A designer draws it larger: its labels are labels, not body text, so the page's
// evened-out text sizes do not hold it. Text blocks and lead lines keep the body size.
import type { Panel } from "../model/sheet.js";
import { fillOf } from "./balance.js";
import { arrangeAt, fitsBox, type Arrangement, type Choice, type FitContext } from "./fit.js";
import { DIAGRAMS } from "./stack.js";

/** Panels filled under this share at body size have room to spare for their diagrams. */
const ROOMY = 0.35;
/** Growth stops before the panel reads as full, and before the labels outgrow the panel titles. */
const FULL_ENOUGH = 0.6;
const GROWTHS = [1.6, 1.5, 1.4, 1.3, 1.2];
const MAX_LABEL_PX = 24;

/** The arrangement with its diagrams drawn as large as the panel comfortably holds, and the factor (1: as it was). */
export function grown(panel: Panel, px: number, choice: Choice, ctx: FitContext, now: Arrangement): { arrangement: Arrangement; grow: number } {
  const same = { arrangement: now, grow: 1 };
  if (!panel.blocks.some((b) => DIAGRAMS.includes(b.kind)) || !fitsBox(now, ctx) || fillOf(now, ctx) >= ROOMY) return same;
  for (const grow of GROWTHS) {
    if (px * grow > MAX_LABEL_PX) continue;
    const wider = { ...ctx, grow };
    const a = arrangeAt(panel, px, choice, wider);
    if (fitsBox(a, wider) && fillOf(a, wider) <= FULL_ENOUGH) return { arrangement: a, grow };
  }
  return same;
}
