// Every value the SVG writer puts in an attribute goes through here: colours and ids come from the input
// (Mermaid classDefs, panel ids), and one `&` or `"` would make the whole SVG unreadable to XML parsers.
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeAttr(value: string | number): string {
  return typeof value === "number" ? String(value) : value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
