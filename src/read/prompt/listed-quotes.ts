// Quotes pasted one a line in one `>` block (`> "…"` over `> "…"`), unsigned: Markdown joins them into one
// paragraph, and two quoted lines alone may be one saying broken in two. When each is one of the quotable
// insights the document lists apart, the writer pasted that many sayings: they are that many quotes.
import type { Block } from "../../model/sheet.js";
import type { Plan } from "./plan.js";
import { richFromLine, richText } from "./rich.js";
import { quotedAlready, quoteKey } from "./same-quote.js";

/** A quote's text made of two or more whole quotations side by side: `"…" "…"`. */
const SIDE_BY_SIDE = /^\s*(?:(?:"[^"]+"|“[^“”]+”)\s*){2,}$/u;
const EACH = /"([^"]+)"|“([^“”]+)”/gu;

/** The plan's quotes, each joining quotations the document lists one by one, split into them (in place). */
export function splitListedQuotes(plan: Plan, listed: string[]): void {
  if (listed.length < 2) return;
  const keys = listed.map(quoteKey);
  for (const section of plan.sections) {
    section.blocks = section.blocks.flatMap((b): Block[] => {
      // A quote pooled or noted for a box keeps the one entry it has there.
      if (b.kind !== "quote" || section.pooled?.has(b) || section.noted?.has(b)) return [b];
      const text = richText(b.text);
      if (!SIDE_BY_SIDE.test(text)) return [b];
      const parts = [...text.matchAll(EACH)].map((m) => (m[1] ?? m[2]!).trim());
      // Each part a different listed insight: no two parts the same one.
      const which = parts.map((p) => keys.findIndex((k) => quotedAlready(k, new Set([quoteKey(p)]))));
      if (which.some((k) => k < 0) || new Set(which).size !== parts.length) return [b];
      return parts.map((p): Block => ({ kind: "quote", text: richFromLine(p), ...(b.cite ? { cite: b.cite } : {}), ...(b.at ? { at: b.at } : {}) }));
    });
  }
}
