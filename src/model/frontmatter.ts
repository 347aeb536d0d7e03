// The sheet Markdown frontmatter as a zod schema. The reader (src/read/markdown/frontmatter.ts) checks input with
// line-accurate messages; this schema describes the same format for editors, as schema/sheet-frontmatter.schema.json.
import { z } from "zod";
import { PageSize, Style } from "./schema.js";

const PanelRef = z.union([
  z.string().describe("Panel id: the slug of its `##` heading, or the id in `<!-- id: … -->` under it."),
  z.strictObject({
    id: z.string(),
    width: z.number().positive().optional().describe("Width share within the row (e.g. 62 and 38)."),
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional().describe("The panel's accent colour, e.g. \"#2f9e44\" (else its id picks one from the palette)."),
    rowSpan: z.number().int().min(1).optional().describe("Rows this panel runs down through (a sidebar); the rows below leave its place free."),
    below: z.boolean().optional().describe("Stacked under the panel before it, in the same column."),
  }),
]);

const LayoutRow = z.union([
  z.strictObject({
    ratio: z.number().positive().describe("Share of the page height, in %. All rows add up to 100."),
    title: z.literal(true).describe("This row holds the banner, subtitle and source line."),
  }),
  z.strictObject({
    ratio: z.number().positive().describe("Share of the page height, in %. All rows add up to 100."),
    panels: z.array(PanelRef).min(1).describe("Panels left to right (as many as fit legibly)."),
  }),
]);

export const SheetFrontmatter = z
  .strictObject({
    nanosheet: z.literal(1).describe("Format version."),
    title: z.string().optional().describe('Chapter title, e.g. "5. Neural Network Internals" (else the `# ` heading).'),
    banner: z.string().optional().describe("Banner line drawn in the title row; may hold emoji."),
    tagline: z.string().optional().describe("A line the title box adds under the banner, drawn first in the subtitle line."),
    titleKr: z.string().optional(),
    author: z.string().optional(),
    sourceUrl: z.string().optional(),
    series: z.string().optional(),
    chapter: z.number().optional(),
    page: z.union([PageSize, z.enum(["a4-landscape", "landscape", "16x9"])]).optional().describe("A4 landscape (default) or 16:9. Never portrait."),
    layout: z.array(LayoutRow).min(1).optional().describe("Rows top to bottom. Without it the panels go in rows in document order, sharing the page by what they hold."),
    style: Style.partial().strict().optional().describe("Overrides of the default style."),
  })
  .describe("nanosheet sheet Markdown frontmatter (*.sheet.md)");
export type SheetFrontmatter = z.infer<typeof SheetFrontmatter>;

/** The JSON Schema of the frontmatter, for editor autocompletion. */
export function frontmatterJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(SheetFrontmatter, { target: "draft-2020-12" }),
    title: "nanosheet sheet frontmatter",
  };
}
