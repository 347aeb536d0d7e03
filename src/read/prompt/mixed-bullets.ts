// A plan list whose points switch markers as people type them: `* 크기`, `- 필터링`, `• 출발점`. CommonMark starts
// a new list at each change of marker and does not know `•` at all (the point runs on as the line before's
// text), so the section drew two lists and a point glued to another. Written as one marker, it is the one list
// it was meant as; lines and columns stay where they were (each marker is one character).
import type { Root, RootContent } from "mdast";
import { reparsed } from "../table-tail.js";

const BULLET = /^([ \t]*)[*+•·]([ \t]+\S)/;
const FENCE = /^\s*(?:```|~~~)/;

/** The plan's nodes with each run of lists written one under another (or one list) whose lines use `•` or more
 * than one marker read again with every bullet written `-`. */
export function mixedBullets(nodes: RootContent[], lines: string[], parse: (text: string) => Root): RootContent[] {
  const out: RootContent[] = [];
  for (let k = 0; k < nodes.length; k++) {
    const first = nodes[k]!;
    if (first.type !== "list" || !first.position) {
      out.push(first);
      continue;
    }
    // Markdown ends a list where the marker changes: the lists right under it are the same list.
    let last: RootContent = first;
    while (nodes[k + 1]?.type === "list" && nodes[k + 1]!.position && nodes[k + 1]!.position!.start.line === last.position!.end.line + 1) last = nodes[++k]!;
    out.push(...(oneMarker(lines, first.position.start.line, last.position!.end.line, parse) ?? nodes.slice(nodes.indexOf(first), k + 1)));
  }
  return out;
}

/** The lines from start to end with each bullet written `-`, parsed again; undefined when they use one marker and no `•`. */
function oneMarker(lines: string[], start: number, end: number, parse: (text: string) => Root): RootContent[] | undefined {
  let fence = false;
  const markers = new Set<string>();
  const plain = lines.slice(start - 1, end).map((l) => {
    if (FENCE.test(l)) fence = !fence;
    const m = /^[ \t]*([-*+•·])[ \t]+\S/.exec(l);
    if (fence || !m || /^\s*\*\s*\*\s*\*/.test(l)) return l;
    markers.add(m[1]!);
    return l.replace(BULLET, "$1-$2");
  });
  if (!markers.has("•") && !markers.has("·") && markers.size < 2) return undefined;
  return reparsed(plain.join("\n"), start, parse);
}
