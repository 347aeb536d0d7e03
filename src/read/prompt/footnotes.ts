// Footnotes in the plan (`…답변 길이 ↑[^len]` with `[^len]: 논문 그래프: …` at the end). A cheat sheet has
// no page foot, and the definitions all sit after the last section, far from what they explain: each is drawn
// as a small note right after the block that first refers to it, in the same panel, marked with its number,
// and the reference as that number. A definition nothing refers to is left where it is (and warned about).
import type { FootnoteDefinition, Paragraph, PhrasingContent, RootContent } from "mdast";

/** The plan's nodes with referenced footnotes moved beside their first reference; the input is not changed. */
export function footnotesInPlace(nodes: readonly RootContent[]): RootContent[] {
  const defs = new Map<string, FootnoteDefinition>();
  for (const n of nodes) if (n.type === "footnoteDefinition") defs.set(n.identifier, n);
  if (defs.size === 0) return [...nodes];
  const numbers = new Map<string, number>();
  const out: RootContent[] = [];
  const pending: RootContent[] = [];
  for (const node of nodes) {
    if (node.type === "footnoteDefinition" && numbers.has(node.identifier)) continue;
    const copy = structuredClone(node);
    const firsts: string[] = [];
    markReferences(copy, (id) => {
      if (!defs.has(id)) return undefined;
      if (!numbers.has(id)) {
        numbers.set(id, numbers.size + 1);
        firsts.push(id);
      }
      return numbers.get(id);
    });
    out.push(copy);
    for (const id of firsts) pending.push(noteOf(defs.get(id)!, numbers.get(id)!));
    // The notes follow the block that referred to them, before the next one.
    out.push(...pending.splice(0));
  }
  // A definition met before its reference was kept in `out`; drop it now that it has moved.
  return out.filter((n) => !(n.type === "footnoteDefinition" && numbers.has(n.identifier)));
}

const mark = (n: number): string => `[${n}]`;

/** Replace each footnote reference under `node` by its number, as text. */
function markReferences(node: RootContent, number: (id: string) => number | undefined): void {
  if (!("children" in node)) return;
  const children = node.children as RootContent[];
  children.forEach((c, k) => {
    if (c.type === "footnoteReference") {
      const n = number(c.identifier);
      if (n !== undefined) children[k] = { type: "text", value: mark(n), ...(c.position ? { position: c.position } : {}) } as RootContent;
    } else markReferences(c, number);
  });
}

/** A definition as one paragraph opening with its number (its paragraphs joined by a line break). */
function noteOf(def: FootnoteDefinition, n: number): Paragraph {
  const words: PhrasingContent[] = [];
  for (const c of def.children) {
    if (c.type !== "paragraph") continue;
    if (words.length) words.push({ type: "break" });
    words.push(...structuredClone(c.children));
  }
  const note: Paragraph = { type: "paragraph", children: [{ type: "text", value: `${mark(n)} ` }, ...words] };
  if (def.position) note.position = def.position;
  return note;
}
