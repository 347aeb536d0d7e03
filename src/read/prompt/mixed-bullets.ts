// A plan list whose points switch markers as people type them: `* 크기`, `- 필터링`, `• 출발점`. CommonMark starts
// a new list at each change of marker and does not know `•` at all (the point runs on as the line before's
// text), so the section drew two lists and a point glued to another. Written as one marker, it is the one list
// it was meant as; lines and columns stay where they were (each marker is one character).
import type { Root, RootContent } from "mdast";
import { reparsed } from "../table-tail.js";

const BULLET = /^([ \t]*)[*+•·]([ \t]+\S)/;
const FENCE = /^\s*(?:```|~~~)/;

/** The list again with every bullet written `-`, when its lines use `•` or more than one marker; else undefined. */
export function mixedBullets(node: RootContent, lines: string[], parse: (text: string) => Root): RootContent[] | undefined {
  if (node.type !== "list" || !node.position) return undefined;
  const { start, end } = node.position;
  const own = lines.slice(start.line - 1, end.line);
  let fence = false;
  const markers = new Set<string>();
  const plain = own.map((l) => {
    if (FENCE.test(l)) fence = !fence;
    const m = /^[ \t]*([-*+•·])[ \t]+\S/.exec(l);
    if (fence || !m || /^\s*\*\s*\*\s*\*/.test(l)) return l;
    markers.add(m[1]!);
    return l.replace(BULLET, "$1-$2");
  });
  if (!markers.has("•") && !markers.has("·") && markers.size < 2) return undefined;
  return reparsed(plain.join("\n"), start.line, parse);
}
