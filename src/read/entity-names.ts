// The HTML entity names a web editor writes for the arrows, dashes, bullets and curly quotes people type: one table
// for the document reader (entities.ts, a drawing's fence) and for Mermaid labels (mermaid/text.ts).
export const TYPED_ENTITIES: Readonly<Record<string, string>> = {
  rarr: "→", larr: "←", harr: "↔", uarr: "↑", darr: "↓", mdash: "—", ndash: "–", hellip: "…", middot: "·",
  bull: "•", times: "×", ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’",
};
