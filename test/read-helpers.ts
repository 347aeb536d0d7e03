// What the reader tests share: a panel by its title, the titles row by row, a panel's block kinds, and small prompt
// documents built around a drawing.
import { panelsOf, type Panel, type Sheet } from "../src/model/sheet.js";

export const panel = (sheet: Sheet, title: RegExp): Panel => {
  const p = panelsOf(sheet).find((x) => title.test(x.title));
  if (!p) throw new Error(`no panel ${title} in ${panelsOf(sheet).map((x) => x.title).join(", ")}`);
  return p;
};
export const titles = (sheet: Sheet): string[][] => sheet.rows.map((r) => (r.kind === "panels" ? r.panels.map((p) => p.title) : ["title"]));
export const kinds = (p: Panel): string[] => p.blocks.map((b) => b.kind);

/** A small prompt document: the drawing (fenced unless told), the lines after it (a ratio table), then the plan. */
export const promptDoc = (layout: string[], plan: string[], o: { after?: string[]; fenced?: boolean; layoutHeading?: string; planHeading?: string } = {}): string =>
  [o.layoutHeading ?? "# Layout Structure", ...(o.fenced === false ? layout : ["```", ...layout, "```"]), ...(o.after ?? []), o.planHeading ?? "# Output Structure Plan", ...plan, ""].join("\n");

/** A title over three boxes, then two: ALPHA, BETA, GAMMA; DELTA and 📌 TAKEAWAYS, each with a line of words. */
export const FIVE_BOXES = [
  "┌──────────────────────────────────────────┐",
  "│ 🍌 TITLE 🍌                              │",
  "└──────────────────────────────────────────┘",
  "┌─────────────┐ ┌─────────────┐ ┌──────────┐",
  "│ ALPHA       │ │ BETA        │ │ GAMMA    │",
  "│  a words    │ │  b words    │ │  c words │",
  "└─────────────┘ └─────────────┘ └──────────┘",
  "┌──────────────────────┐ ┌─────────────────┐",
  "│ DELTA                │ │ 📌 TAKEAWAYS    │",
  "│  d words             │ │  t words        │",
  "└──────────────────────┘ └─────────────────┘",
];

/** A title over 🅰️ ALPHA and 🅱️ BETA, then 📌 TAKEAWAYS, drawn with `+---+`. */
export const TWO_BOXES = [
  "+------------------------------------------+",
  "| 🍌 TITLE 🍌                              |",
  "+------------------------------------------+",
  "+--------------------+ +-------------------+",
  "| 🅰️ ALPHA           | | 🅱️ BETA           |",
  "| a words            | | b words           |",
  "+--------------------+ +-------------------+",
  "+------------------------------------------+",
  "| 📌 TAKEAWAYS                             |",
  "+------------------------------------------+",
];
