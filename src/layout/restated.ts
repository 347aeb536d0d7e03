// A box's drawn lines that its own blocks say again (`15개 풀이 생성 / 정답 맞힌 것만 강화 / → 반복` over the chart
// that draws exactly that loop): in a panel that fits no other way they are left out, as a designer drops the
// sketch once the chart is drawn. Only for a page that still overflows after every move, or to keep a block pinned
// to its panel there when nothing else moves for it, and the build says so.
import { blockText, richText } from "../model/block-text.js";
import type { PositionedSheet } from "../model/positioned.js";
import { panelsOf, type Block, type Panel, type Sheet } from "../model/sheet.js";
import { withPanels } from "./move.js";

/** Share of a lead's words its panel's blocks must say for the lead to count as said again: most of them. */
const SAID = 0.5;

const wordsOf = (text: string): string[] => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => [...w].length >= 2);

/** Everything a block shows, an arrow's label too (the loop's `다음 프롬프트 / 반복`). */
function shown(block: Block): string {
  const edges = block.kind === "flowchart" ? block.edges.map((e) => e.label ?? "") : [];
  return [blockText(block), ...edges].join(" ");
}

/** Lead lines whose words, two at least, its blocks mostly say (a Korean word with its particle counts). */
export function restates(panel: Panel): boolean {
  const lead = wordsOf(panel.lead.map(richText).join(" "));
  if (lead.length < 2 || panel.blocks.length === 0) return false;
  const said = panel.blocks.map(shown).join(" ").toLowerCase().replace(/\s+/g, "");
  return lead.filter((w) => said.includes(w)).length > lead.length * SAID;
}

/** The sheet with the restated lead lines of each overflowing panel (of those in `only`, when given) left out, or
 * undefined when none is. */
export function restatedLeads(sheet: Sheet, page: PositionedSheet, only?: ReadonlySet<string>): Sheet | undefined {
  const over = new Set(page.panels.filter((p) => p.overflow && (!only || only.has(p.id))).map((p) => p.id));
  const cut = panelsOf(sheet).filter((p) => over.has(p.id) && restates(p));
  return cut.length ? withPanels(sheet, cut.map((p) => ({ ...p, lead: [] }))) : undefined;
}

/** The warning for lead lines left out between the sheet as read and as laid out. */
export function leadNote(before: Sheet, after: Sheet): string | undefined {
  const now = new Map(panelsOf(after).map((p) => [p.id, p]));
  const cut = panelsOf(before).filter((p) => p.lead.length > 0 && now.get(p.id)?.lead.length === 0);
  if (cut.length === 0) return undefined;
  const one = (p: Panel): string => `"${p.title || p.id}" (${p.lead.map(richText).join(" / ")})`;
  return `the drawn lines of ${cut.map(one).join(" and ")} are left out to make room for the panel's own blocks, which say them; shorten the text or give the panel more room to keep them`;
}

/** Each block's panel, by the block's kind and source line (the n-th such block, where several share one). */
function placement(sheet: Sheet): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of panelsOf(sheet)) {
    for (const b of p.blocks) {
      const key = `${b.kind}@${b.at?.line ?? "-"}`;
      let n = 0;
      while (out.has(`${key}#${n}`)) n++;
      out.set(`${key}#${n}`, p.id);
    }
  }
  return out;
}

/**
 * Whether `home` keeps home a block that stays away on the `away` page (a move for room that balancing did not
 * undo), and differs from it only in where the blocks `moved` stand, and the blocks balancing moved after them
 * (`free`): keeping them home moved nothing else.
 */
type Moved = { kind: Block["kind"]; line?: number; from: string };

export function onlyHome(away: Sheet, home: Sheet, moved: readonly Moved[], free: readonly Moved[] = []): boolean {
  const a = placement(away);
  const h = placement(home);
  const key = (m: { kind: Block["kind"]; line?: number }): string => `${m.kind}@${m.line ?? "-"}`;
  const own = new Set([...moved, ...free].map(key));
  const gained = moved.some((m) => a.get(`${key(m)}#0`) !== m.from && h.get(`${key(m)}#0`) === m.from);
  return gained && a.size === h.size && [...a].every(([k, id]) => own.has(k.slice(0, k.lastIndexOf("#"))) || h.get(k) === id);
}
