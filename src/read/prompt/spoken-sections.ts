// A plan dictated aloud, its sections not headed but said as the speaker walks the page: `첫 번째 칸에는요, …`,
// `그리고 오른쪽 칸은 …`, `세 번째 줄은요, …`, `마지막 줄 첫 칸은 장점이요.`, `두 번째 칸은 단점, …`. Each such
// paragraph opens a section. The places are said relative to the last one (`오른쪽 칸` is the one beside the box
// just described, `두 번째 칸` the second of the row just named), so they name no box by themselves; what they
// do say is that the speaker goes through the boxes in reading order, one after another. So the k-th section
// said is the k-th box, as a plan numbering its boxes (`②번 칸`) is read. Sentences asking the artist for
// something (`표로 넣어 주세요.`, `제가 표는 직접 쳐 놨어요.`) are about the drawing, not on it, and are left out;
// the rest of the paragraph is the section's first lines.
import type { RootContent } from "mdast";
import { lineOf, plainText, type Subsection } from "./sections.js";

const ORD = String.raw`(?:첫|두|세|네|다섯|여섯|일곱|여덟|마지막|\d\s*)\s*(?:번\s*)?(?:번째|째)?`;
const SIDE = String.raw`(?:왼쪽|오른쪽|왼편|오른편|가운데)`;
const BOX = String.raw`(?:칸|박스|상자|패널)`;
/** Where the speaker is on the page: `첫 번째 칸`, `오른쪽 칸`, `세 번째 줄`, `마지막 줄 첫 칸`, `마지막 핵심 정리`. */
const PLACE = String.raw`(?:(?:${ORD}|맨\s*(?:위|아래))\s*(?:줄|행)(?:\s+(?:${ORD}|${SIDE})\s*${BOX})?|(?:${ORD}|${SIDE})\s*${BOX}|마지막(?:으로)?\s+[^\s,.]{1,12}(?:\s+[^\s,.]{1,12})?)`;
const LEAD = new RegExp(String.raw`^(?:(?:그리고|그럼|그러면|자|음|이제|다음)[,\s]+)*(${PLACE})\s*(?:에는|에선|에|은|는|이)\s*요?(?=[\s,.:]|$)[,.:]?\s*`);
/** A sentence asking for something about the drawing, or saying what the speaker did: not a line of the sheet. */
const ASKING = /(?:주세요|주시고요|주시구요|주면\s*좋겠어요|좋겠어요|돼요|됩니다|놨어요|봤어요|했어요|할게요|부탁(?:해요|드려요|드립니다))[.!]?$/;

/** A sentence that only says what the box is, ending in a polite copula: `장점이요.`, `…속이기예요.`. */
const NAMING = /(?:이에요|예요|에요|이요|인데요)[.!]?$/;
/** Said as the box's name: a short sentence ending in a copula, or a word or two closed with `요` (`감마요.`). */
const names = (s: string): boolean => (NAMING.test(s) && s.length <= 40) || (/요[.!]?$/.test(s) && s.split(/\s+/).length <= 2);

/** The place a paragraph opens with, said as a speaker names the box they turn to, and the words after it. */
export function spokenLead(text: string): { place: string; rest: string } | undefined {
  const m = LEAD.exec(text.trim());
  return m ? { place: m[1]!.trim(), rest: text.trim().slice(m[0].length) } : undefined;
}

/** The sections of a heading-less plan said place by place, or undefined when fewer than two are said so. */
export function spokenSections(nodes: RootContent[]): Subsection[] | undefined {
  const leads = nodes.map((n) => (n.type === "paragraph" ? spokenLead(plainText(n)) : undefined));
  if (leads.filter(Boolean).length < 2) return undefined;
  const out: Subsection[] = [];
  nodes.forEach((node, k) => {
    const lead = leads[k];
    const section = lead ? { title: `${out.length + 1}번 칸 ${lead.place}`, line: lineOf(node), depth: 2, nodes: [] } : out[out.length - 1];
    if (lead) out.push(section!);
    if (!section) return;
    if (node.type !== "paragraph") {
      section.nodes.push(node);
      return;
    }
    // Taken down as said, one utterance a line: each line its own paragraph, as a quote said on its line is one.
    const lines = (lead ? lead.rest : plainText(node)).split("\n");
    lines.forEach((text, j) => {
      let kept = text.split(/(?<=[.!?])\s+/).filter((t) => t.trim() && !ASKING.test(t.trim()));
      // The lead's own sentence naming the box (`여기가 reward model 속이기예요.`, `장점이요.`) says what the
      // panel's title says.
      if (lead && j === 0 && kept[0] && names(kept[0].trim())) kept = kept.slice(1);
      if (kept.length === 0) return;
      const line = lineOf(node) + j;
      section.nodes.push({ type: "paragraph", children: [{ type: "text", value: kept.join(" ") }], position: { start: { line, column: 1 }, end: { line, column: 1 + text.length } } });
    });
  });
  return out;
}
