// A plan item that points the artist at a table or diagram elsewhere in the document (`(see the table above)`,
// `(위 표 참고)`). On the sheet, sections become panels set side by side, so `above` means nothing there unless the
// thing it points at is in the same panel, before the item (after it, for `below`). A pointer that finds nothing
// of that kind in its own section is left out; one that does stays, since it still reads true.
import type { Block, Rich } from "../../model/sheet.js";
import type { PlanSection } from "./plan.js";

const EN = /\s*[(（]\s*(?:see|cf\.?|refer\s+to)\s+(?:the\s+)?(?:(table|chart|diagram|flow\s*chart|figure|graph|mind\s*map)\s+)?(above|below)\s*[)）]\s*$/i;
const KO = /\s*[(（]\s*(위|아래)(?:의)?\s*(표|도식|다이어그램|그림|차트)?\s*(?:참고|참조|보기)\s*[)）]\s*$/;

const KINDS: Record<string, Block["kind"][]> = { table: ["table"], 표: ["table"] };
const DRAWN: Block["kind"][] = ["flowchart", "mindmap", "knobs"];

function pointer(text: string): { at: number; kinds: Block["kind"][] | undefined; above: boolean } | undefined {
  const en = EN.exec(text);
  if (en) return { at: en.index, kinds: en[1] ? (KINDS[en[1].toLowerCase()] ?? DRAWN) : undefined, above: en[2]!.toLowerCase() === "above" };
  const ko = KO.exec(text);
  if (ko) return { at: ko.index, kinds: ko[2] ? (KINDS[ko[2]] ?? DRAWN) : undefined, above: ko[1] === "위" };
  return undefined;
}

/** The rich text with a closing pointer left out when the section has nothing it could point at; else unchanged. */
function cut(rich: Rich, blocks: Block[], at: number): Rich {
  const last = rich[rich.length - 1];
  const p = last && pointer(last.text);
  if (!last || !p) return rich;
  const near = p.above ? blocks.slice(0, at) : blocks.slice(at + 1);
  if (near.some((b) => (p.kinds ? p.kinds.includes(b.kind) : b.kind !== "paragraph" && b.kind !== "bullets"))) return rich;
  const text = last.text.slice(0, p.at);
  return text.trim() === "" && rich.length > 1 ? rich.slice(0, -1) : [...rich.slice(0, -1), { ...last, text }];
}

/** Every list item and paragraph of the section less a closing pointer that its own section cannot make true. */
export function dropFarPointers(section: PlanSection): void {
  section.blocks.forEach((b, k) => {
    if (b.kind === "bullets") b.items = b.items.map((item) => cut(item, section.blocks, k));
    else if (b.kind === "paragraph") b.text = cut(b.text, section.blocks, k);
  });
}
