// The words a block shows, as plain text: what placement matches panels by and what layout compares lines with.
import type { Block, MindNode, Rich } from "./sheet.js";

/** A line of rich text as plain text. */
export function richText(rich: Rich): string {
  return rich.map((s) => s.text).join("");
}

/** All the words a block shows. */
export function blockText(block: Block): string {
  switch (block.kind) {
    case "paragraph":
    case "quote":
      return richText(block.text);
    case "bullets":
      return block.items.map(richText).join(" ");
    case "table":
      return [block.header, ...block.rows].flat().map(richText).join(" ");
    case "flowchart":
      return block.nodes.map((n) => n.label).join(" ");
    case "mindmap": {
      const all: string[] = [];
      const walk = (n: MindNode): void => {
        all.push(n.label);
        n.children.forEach(walk);
      };
      walk(block.root);
      return all.join(" ");
    }
    case "knobs":
      return block.knobs.map((k) => k.label).join(" ") + " " + (block.result ?? "");
    case "code":
      return block.text;
    default:
      return "";
  }
}
