// Lookups the reader tests share: a panel by its title, the titles row by row, a panel's block kinds.
import { panelsOf, type Panel, type Sheet } from "../src/model/sheet.js";

export const panel = (sheet: Sheet, title: RegExp): Panel => {
  const p = panelsOf(sheet).find((x) => title.test(x.title));
  if (!p) throw new Error(`no panel ${title} in ${panelsOf(sheet).map((x) => x.title).join(", ")}`);
  return p;
};
export const titles = (sheet: Sheet): string[][] => sheet.rows.map((r) => (r.kind === "panels" ? r.panels.map((p) => p.title) : ["title"]));
export const kinds = (p: Panel): string[] => p.blocks.map((b) => b.kind);
