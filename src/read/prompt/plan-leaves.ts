// A plan section's list, read as what it draws: a mind map (an outline, or a mind-map section), charts for its
// arrow chains (in a flow section every chain, elsewhere one named as a chart or looping back), a one-line
// table or quote where a point says it is one, the takeaways (their `term =` parts the page's key terms), and
// the rest a list nested as written.
import type { Block } from "../../model/sheet.js";
import { chainFlowchart, chainsFlowchart, loopTarget, splitArrows } from "./chain.js";
import { inlineTable, labelledQuote } from "./inline-table.js";
import { flat, isOutline, mindmapFromLeaves, type Leaf } from "./outline.js";
import type { Plan, PlanSection } from "./plan.js";
import { momentMemo } from "./timestamps.js";
import { FORM_ONLY, FORM_POINTER } from "./plan-sections.js";

export { arrowSteps } from "./arrow-steps.js";

export function chainOf(text: string): string[] | undefined {
  const chain = splitArrows(text).map((s) => s.trim());
  return chain.length >= 2 && chain.every(Boolean) ? chain : undefined;
}

export function readLeaves(tree: Leaf[], ordered: boolean, section: PlanSection, plan: Plan): void {
  // A mind-map section whose map came fenced above its list has its map: the list is notes about it.
  const mapped = section.blocks.some((b) => b.kind === "mindmap");
  if ((section.kind === "mindmap" && !mapped) || isOutline(tree)) {
    const root = mindmapFromLeaves(tree.filter((l) => !l.image), section.title, (leaf) =>
      plan.warnings.push(`line ${leaf.line}: "${leaf.text}" is not a Root: or Level N: line of the mind map and is not drawn`),
    );
    section.blocks.push({ kind: "mindmap", root });
    plan.keyTerms.push(...root.children.map((c) => c.label));
    return;
  }
  const items = flat(tree).filter((l) => l.text !== "");
  if (section.kind === "flow" || section.kind === "general" || section.kind === "table") {
    const plain: Leaf[] = [];
    // A numbered list of steps in words, one of which says "best → worst", is a list: its arrows are sentences.
    const steps = ordered && items.filter((l) => chainOf(l.text)).length * 2 < items.length;
    const named = items.some((l) => CHART_NAME.test(/^([^:：→]{1,40})[:：]/.exec(l.text)?.[1]?.trim() ?? "") && chainOf(l.text));
    // A list that is nothing but chains of three steps or more is the section's chart, whatever its title says.
    const onlyChains = items.every((l) => (chainOf(l.text)?.length ?? 0) >= 3);
    // A flow section whose chart came fenced above its list has its chart: a one-arrow note under it
    // (`15개 중 4개 정답 → 그 4개를 강화`) is a sentence about it, as it is beside a chain named as the chart.
    const charted = section.blocks.some((b) => b.kind === "flowchart");
    const afterList: Block[] = [];
    for (const l of items) {
      // `Table:` or `Diagram: use the flowchart below` points the designer at a block the section draws anyway.
      if (l.children.length === 0 && (FORM_ONLY.test(l.text.trim()) || FORM_POINTER.test(l.text.trim()))) continue;
      // `small table: A: x, B: y` and `인용: “…”` say in one line what block they are; written after a point of
      // the list, they come after the list, as read.
      const said = inlineTable(l.text) ?? labelledQuote(l.text);
      if (said) {
        (plain.length > 0 ? afterList : section.blocks).push(said);
        continue;
      }
      const chart = chartOf(l, (section.kind === "flow" && !steps) || onlyChains, plan, named || charted);
      if (chart) section.blocks.push(...chart);
      else plain.push(l);
    }
    if (plain.length) {
      const numbered = ordered && section.kind !== "flow";
      section.blocks.push(bullets(numbered ? "takeaways" : "plain", plain, tree));
    }
    section.blocks.push(...afterList);
    return;
  }
  if (section.kind === "takeaways") {
    section.blocks.push(bullets("takeaways", items, tree));
    for (const l of items) {
      const m = /^([^=≠]{1,30}?)\s*=(?![=>])/.exec(l.text);
      if (m?.[1]) plan.keyTerms.push(m[1].trim());
    }
    return;
  }
  section.blocks.push(bullets("plain", items, tree));
}

/**
 * The items as one list, nested as written: each item's depth in the tree, never more than one deeper than
 * the item before it (a parent drawn as a chart leaves its children one level in, not two).
 */
function bullets(style: "plain" | "takeaways", items: Leaf[], tree: Leaf[]): Block {
  const depthOf = new Map<Leaf, number>();
  const walk = (ls: Leaf[], d: number): void => ls.forEach((l) => (depthOf.set(l, d), walk(l.children, d + 1)));
  walk(tree, 0);
  const depths: number[] = [];
  for (const l of items) depths.push(Math.min(depthOf.get(l) ?? 0, depths.length === 0 ? 0 : depths[depths.length - 1]! + 1));
  // `2:49:40 "불가능합니다" 부분을 작게 메모`: the memo asked for, not the asking.
  const block: Block = { kind: "bullets", style, items: items.map((l) => momentMemo(l.rich) ?? l.rich) };
  if (depths.some((d) => d > 0)) block.depths = depths;
  if (items.some((l) => l.checked === false)) block.done = items.map((l) => l.checked !== false);
  return block;
}

/** What names a chain as a chart for the artist ("Mermaid flowchart: A → B"): an instruction, not drawn. */
const CHART_NAME = /^(?:(?:create|draw|make)\s+)?(?:an?\s+)?(?:mermaid\s+)?(?:flow\s*-?\s*chart|flow|diagram|chart|graph|pipeline)$|^(?:플로우\s*차트|흐름도|흐름|다이어그램|도식)$/i;

/**
 * A list item that is an arrow chain, as its flowchart (after a bold line with the chain's name, if it has
 * one). In a flow section every chain is a chart; elsewhere only one named as a chart or one that loops back
 * (`… → Update ↻`), since a chain in a bullet is often just a sentence.
 */
function chartOf(l: Leaf, inFlow: boolean, plan: Plan, sentences = false): Block[] | undefined {
  // `A → B → C; A → D`: two chains on one line that share a step.
  const parts = l.text.split(/\s*;\s*/).map(chainOf);
  const more = parts.length > 1 && parts.every(Boolean) ? (parts.slice(1) as string[][]) : [];
  const chain = more.length ? parts[0] : chainOf(l.text);
  if (!chain) return undefined;
  const named = /^([^:：]{1,40})[:：]\s*(.+)$/.exec(chain[0] ?? "");
  const name = named?.[1]?.trim();
  const chartNamed = name !== undefined && CHART_NAME.test(name);
  // Beside a chain named as the chart, a one-arrow line ("규칙: A → B") is a sentence, not a second chart.
  const sentence = sentences && !chartNamed && chain.length === 2 && more.length === 0;
  if ((!inFlow || sentence) && !chartNamed && !loopTarget(chain[chain.length - 1] ?? "")) return undefined;
  const out: Block[] = [];
  let title: Block | undefined;
  if (name && named?.[2]) {
    // "Inference loop: Prefix → Model → …": the name goes above the chart, not into its first box.
    if (!chartNamed) out.push((title = { kind: "paragraph", text: [{ text: name, bold: true }] }));
    chain[0] = named[2];
  }
  const warn = (m: string): number => plan.warnings.push(`line ${l.line}: ${m}`);
  const chart = more.length ? chainsFlowchart([chain, ...more], warn) : chainFlowchart(chain, warn);
  if (title) (plan.chartNames ??= new Map()).set(chart, title);
  out.push(chart);
  return out;
}
