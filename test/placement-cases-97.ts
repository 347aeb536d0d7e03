// Placement rules for a FineWeb filtering chapter copied back out of a PDF viewer (page headers and footers in
// the text and in the drawing, ligatures, Symbol-font bullets, hard-wrapped lines, unstyled headings and
// tables), read as a designer would: each diagram, table and quote in the panel its title or words say it is of.
import type { Case } from "./placement-cases.js";

export const NINETY_SEVENTH: Record<string, Case> = {
  "fineweb-filtering-pdf-copy-hyphens-ligatures-page-footers": {
    file: "fineweb-filtering-pdf-copy-hyphens-ligatures-page-footers",
    rules: [
      // Plan 1 (🧹 Filtering Pipeline): the flowchart of the steps.
      [/Common Crawl raw HTML/, /^FILTERING PIPELINE/],
      // Plan 2 (📚 Filtering Steps): the table of the steps, of the pipeline.
      [/^단계 \| 하는 일 \| 왜 필요한가/, /^FILTERING PIPELINE/],
      // Plan 3 (📦 FineWeb 규모): its pie, drawn as a table of slices.
      [/^FineWeb 구성 \(대략\)/, /^FINEWEB 규모/],
      // Plan 4 (📌 Key Takeaways), a bullet that ran onto a second line kept whole.
      [/filtering이 대부분의 일을 한다/, /^KEY TAKEAWAYS/],
      [/^We want large diversity of high quality documents/, /^KEY TAKEAWAYS/],
      // `44 terabytes` is the box's `44TB` (a quantity keyed the same either way it is written).
      [/^You end up with about 44 terabytes/, /^FINEWEB 규모/],
    ],
    misses: [
      [[/^This is a design decision/, /^LANGUAGE 65%/], "the quote shares `filter` with the pipeline and no word with the language box (영어 확률 ≥ 0.65)"],
    ],
  },
};
